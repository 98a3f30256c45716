// GET /api/competitions/[id]/results-notice?notice=&format=pdf|docx: a results
// notice's BIP document, for anyone once the results are published (the notice
// exists only then). The stored file when the job has run; otherwise rendered
// and stored now, once.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { fileResponse } from "@/lib/files/stored-files";
import { generatedFileRefusal } from "@/lib/http/generated-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { generateNoticeFiles } from "@/lib/competitions/decision/notice-job";
import { recordId } from "@/lib/validation/record-id";

const notFound = () => new Response(null, { status: 404 });

export const downloadResultsNotice = routeHandler(
  {
    name: "competitions.resultsNotice.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId }),
    query: z.object({ notice: recordId, format: z.enum(["pdf", "docx"]).default("pdf") }),
    invalidQuery: "NOT_FOUND",
    refusal: bareRefusal,
  },
  async ({ request, params, query }) => {
    const notice = await db().resultsNotice.findFirst({
      where: { id: query.notice, competitionId: params.id },
      select: { id: true, pdfFileId: true, docxFileId: true },
    });
    if (!notice) return notFound();
    let fileId = query.format === "pdf" ? notice.pdfFileId : notice.docxFileId;
    if (!fileId) {
      const limited = await generatedFileRefusal(request);
      if (limited) return limited;
      const files = await generateNoticeFiles(notice.id);
      fileId = files ? (query.format === "pdf" ? files.pdfFileId : files.docxFileId) : null;
    }
    if (!fileId) return notFound();
    return fileResponse(request, fileId, "public, max-age=300");
  },
);
