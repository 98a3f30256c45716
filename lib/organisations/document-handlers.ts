// /api/organisations/[id]/documents: POST (multipart: file, kind, title, year)
// adds a document, with organisation.edit in that organisation;
// /api/organisations/[id]/documents/[documentId]: GET downloads it (public,
// like the profile).
import "server-only";
import { z } from "zod";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import { MAX_ORGANISATION_DOCUMENT_BYTES, organisationDocumentSchema } from "@/lib/organisations/documents/schemas";
import { addOrganisationDocument } from "@/lib/organisations/documents/mutations";
import { organisationDocumentFileId } from "@/lib/organisations/documents/queries";
import { organisationEdit, organisationParams } from "@/lib/organisations/route-access";
import { recordId } from "@/lib/validation/record-id";

export const uploadOrganisationDocument = routeHandler(
  {
    name: "organisations.documents.upload",
    access: organisationEdit,
    params: organisationParams,
    upload: { maxFileBytes: MAX_ORGANISATION_DOCUMENT_BYTES },
    writes: true,
  },
  async ({ params, actor, upload }) => {
    const text = (name: string) => {
      const value = upload.form.get(name);
      return typeof value === "string" ? value : "";
    };
    const parsed = organisationDocumentSchema.safeParse({
      kind: text("kind"),
      title: text("title"),
      year: text("year"),
    });
    if (!parsed.success) {
      const fields = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      return Response.json({ error: { code: "INVALID", fields } }, { status: 400 });
    }
    try {
      const document = await addOrganisationDocument(
        params.id,
        parsed.data,
        { bytes: new Uint8Array(await upload.file.arrayBuffer()), name: upload.file.name },
        actor.id,
      );
      return Response.json({ saved: true, id: document.id }, { status: 201 });
    } catch (error) {
      if (error instanceof UploadError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
      throw error;
    }
  },
);

export const downloadOrganisationDocument = routeHandler(
  {
    name: "organisations.documents.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId, documentId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params }) => {
    const fileId = await organisationDocumentFileId(params.id, params.documentId);
    if (!fileId) return new Response(null, { status: 404 });
    return fileResponse(request, fileId, "public, max-age=300");
  },
);
