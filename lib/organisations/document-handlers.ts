// /api/organisations/[id]/documents: POST (multipart: file, kind, title, year)
// adds a document; /api/organisations/[id]/documents/[documentId]: GET
// downloads it (public, like the profile), DELETE removes it. Changes need
// organisation.edit in that organisation.
import "server-only";
import { publicDataChanged } from "@/lib/cache/public-data";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { readUploadedForm, refusal } from "@/lib/http/upload";
import { MAX_ORGANISATION_DOCUMENT_BYTES, organisationDocumentSchema } from "@/lib/organisations/documents/schemas";
import { addOrganisationDocument, removeOrganisationDocument } from "@/lib/organisations/documents/mutations";
import { organisationDocumentFileId } from "@/lib/organisations/documents/queries";
import { authoriseOrganisationEdit, isRecordId } from "@/lib/organisations/route-access";

export async function uploadOrganisationDocument(request: Request, organisationId: string): Promise<Response> {
  const allowed = await authoriseOrganisationEdit(organisationId);
  if (allowed instanceof Response) return allowed;
  const read = await readUploadedForm(request, MAX_ORGANISATION_DOCUMENT_BYTES);
  if (read instanceof Response) return read;
  const text = (name: string) => {
    const value = read.form.get(name);
    return typeof value === "string" ? value : "";
  };
  const parsed = organisationDocumentSchema.safeParse({ kind: text("kind"), title: text("title"), year: text("year") });
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    return Response.json(
      { error: { code: "INVALID", fields } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  try {
    const document = await addOrganisationDocument(
      organisationId,
      parsed.data,
      { bytes: new Uint8Array(await read.file.arrayBuffer()), name: read.file.name },
      allowed.userId,
    );
    publicDataChanged();
    return Response.json({ saved: true, id: document.id }, { status: 201 });
  } catch (error) {
    if (error instanceof UploadError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
    throw error;
  }
}

export async function downloadOrganisationDocument(
  request: Request,
  organisationId: string,
  documentId: string,
): Promise<Response> {
  if (!isRecordId(organisationId) || !isRecordId(documentId)) return new Response(null, { status: 404 });
  const fileId = await organisationDocumentFileId(organisationId, documentId);
  if (!fileId) return new Response(null, { status: 404 });
  return fileResponse(request, fileId, "public, max-age=300");
}

export async function deleteOrganisationDocument(organisationId: string, documentId: string): Promise<Response> {
  const allowed = await authoriseOrganisationEdit(organisationId);
  if (allowed instanceof Response) return allowed;
  if (!isRecordId(documentId) || !(await removeOrganisationDocument(organisationId, documentId, allowed.userId)))
    return refusal(404, "NOT_FOUND");
  publicDataChanged();
  return Response.json({ removed: true });
}
