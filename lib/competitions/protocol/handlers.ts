// GET /api/competitions/[id]/protocol?format=pdf|docx: the commission's
// protocol for the office's officials, the chair and the secretary. After
// closing, the stored file (what the officials were told of); before, or while
// the job has not run yet, a draft rendered on request. Anyone else: 404, the
// commission's existence is nobody else's business.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { downloadName } from "@/lib/files/download-name";
import { contentDisposition, fileResponse } from "@/lib/files/stored-files";
import { generatedFileRefusal } from "@/lib/http/generated-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { evaluationReader } from "@/lib/competitions/evaluation/reader";
import { renderProtocol } from "@/lib/competitions/protocol/job";
import { recordId } from "@/lib/validation/record-id";

const CONTENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export const downloadProtocol = routeHandler(
  {
    name: "competitions.protocol.download",
    access: { permission: "account.view" },
    params: z.object({ id: recordId }),
    query: z.object({ format: z.enum(["pdf", "docx"]).catch("pdf") }),
    refusal: bareRefusal,
  },
  async ({ request, params, query, actor }) => {
    const competition = await db().competition.findUnique({
      where: { id: params.id },
      select: {
        id: true,
        slug: true,
        institutionId: true,
        commission: {
          select: { status: true, protocolPdfFileId: true, protocolDocxFileId: true },
        },
      },
    });
    const commission = competition?.commission;
    if (!competition || !commission || commission.status === "FORMING") return new Response(null, { status: 404 });
    const reader = await evaluationReader(actor, competition);
    if (!reader?.mayDownloadProtocol) return new Response(null, { status: 404 });
    const stored = query.format === "pdf" ? commission.protocolPdfFileId : commission.protocolDocxFileId;
    if (commission.status === "CLOSED" && stored) return fileResponse(request, stored, "private, no-store");
    // A render on every request: counted like the other generated files.
    const limited = await generatedFileRefusal(request);
    if (limited) return limited;
    const rendered = await renderProtocol(competition.id, query.format);
    if (!rendered) return new Response(null, { status: 404 });
    const name = downloadName(
      [rendered.draft ? "projekt-protokolu" : "protokol-komisji", { text: competition.slug, max: 100 }],
      [],
      query.format,
    );
    return new Response(Buffer.from(rendered.bytes), {
      headers: {
        "Content-Type": CONTENT_TYPES[query.format],
        "Content-Disposition": contentDisposition(name),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
