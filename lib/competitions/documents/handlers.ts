// /api/competitions/[id]/documents: POST (multipart: file, title, kind?) adds
// one (competitions.manage in the competition's office; policy.ts decides
// the stage); /api/competitions/[id]/documents/[documentId]: GET downloads it,
// a draft's only for its office. Removing is removeDocumentAction.
import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { CompetitionDocumentKind } from "@/lib/generated/prisma/enums";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import { addDocument, MAX_DOCUMENT_BYTES } from "@/lib/competitions/documents/documents";
import { CompetitionRuleError } from "@/lib/competitions/policy";
import { competitionDocumentFileId } from "@/lib/competitions/queries";
import { documentTitleSchema } from "@/lib/competitions/schemas";
import { recordId } from "@/lib/validation/record-id";

async function owner(id: string) {
  return db().competition.findUnique({ where: { id }, select: { id: true, status: true, institutionId: true } });
}

export const uploadDocument = routeHandler(
  {
    name: "competitions.documents.upload",
    access: {
      permission: "competitions.manage",
      scopeOf: async ({ id }) => {
        const competition = await owner(id);
        return competition ? { institutionId: competition.institutionId } : null;
      },
    },
    params: z.object({ id: recordId }),
    upload: { maxFileBytes: MAX_DOCUMENT_BYTES },
    writes: true,
  },
  async ({ params, actor, meta, upload }) => {
    const title = documentTitleSchema.safeParse(upload.form.get("title") ?? "");
    if (!title.success)
      return Response.json(
        { error: { code: "INVALID", fields: { title: title.error.issues[0]!.message } } },
        { status: 400 },
      );
    const kind = z.enum(CompetitionDocumentKind).catch("OTHER").parse(upload.form.get("kind"));
    try {
      const document = await addDocument(
        params.id,
        { title: title.data, kind },
        { bytes: new Uint8Array(await upload.file.arrayBuffer()), name: upload.file.name },
        { userId: actor.id, ip: meta.ip },
      );
      return Response.json({ saved: true, id: document.id }, { status: 201 });
    } catch (error) {
      if (error instanceof UploadError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
      if (error instanceof CompetitionRuleError) return refusal(409, error.refusal);
      throw error;
    }
  },
);

export const downloadDocument = routeHandler(
  {
    name: "competitions.documents.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId, documentId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const competition = await owner(params.id);
    if (!competition) return new Response(null, { status: 404 });
    const draft = competition.status === "DRAFT";
    if (draft && !can(actor, "competitions.manage", { institutionId: competition.institutionId }))
      return new Response(null, { status: 404 });
    const fileId = await competitionDocumentFileId(competition.id, params.documentId);
    if (!fileId) return new Response(null, { status: 404 });
    return fileResponse(request, fileId, draft ? "private, no-store" : "public, max-age=300");
  },
);
