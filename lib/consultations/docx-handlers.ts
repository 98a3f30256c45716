// POST /api/consultations/docx-text?institutionId=… (multipart: file): the
// consulted text read from a DOCX, for the official's form to fill in. Nothing
// is stored; the official checks the split before saving.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { sniffFileKind } from "@/lib/files/kinds";
import { ArchiveBoundsError } from "@/lib/files/zip-bounds";
import { routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import { docxToConsultationText } from "@/lib/consultations/docx-text";
import { MAX_SOURCE_TEXT } from "@/lib/consultations/schemas";
import { log } from "@/lib/log";
import { recordId } from "@/lib/validation/record-id";

const MAX_DOCX_BYTES = 10 * 1024 * 1024;

export const textFromDocx = routeHandler(
  {
    name: "consultations.docxText",
    access: {
      permission: "consultations.manage",
      scopeOf: async (_params, { institutionId }) =>
        (await db().institution.findUnique({ where: { id: institutionId }, select: { id: true } }))
          ? { institutionId }
          : null,
    },
    query: z.object({ institutionId: recordId }),
    invalidQuery: "NOT_FOUND",
    upload: { maxFileBytes: MAX_DOCX_BYTES },
  },
  async ({ upload }) => {
    const bytes = new Uint8Array(await upload.file.arrayBuffer());
    try {
      if ((await sniffFileKind(bytes)) !== "docx") return refusal(400, "NOT_DOCX");
      const text = await docxToConsultationText(bytes);
      if (!text) return refusal(400, "EMPTY");
      return Response.json({ text: text.slice(0, MAX_SOURCE_TEXT), truncated: text.length > MAX_SOURCE_TEXT });
    } catch (error) {
      if (error instanceof ArchiveBoundsError) return refusal(400, "ARCHIVE_TOO_LARGE");
      log.warn("a DOCX could not be read", { error: String(error) });
      return refusal(400, "NOT_DOCX");
    }
  },
);
