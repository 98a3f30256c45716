// GET /api/competitions/[id]/announcement: the announcement as PDF. Everyone
// once the competition is published; before, only its office's officials
// (a draft is nobody else's business, so it is a bare 404 to them).
import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { downloadName } from "@/lib/files/download-name";
import { contentDisposition } from "@/lib/files/stored-files";
import { generatedFileRefusal } from "@/lib/http/generated-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { ruleAt } from "@/lib/legal-rules/rules";
import { renderAnnouncementPdf } from "@/lib/competitions/announcement-pdf";
import { getCompetitionById } from "@/lib/competitions/queries";
import { recordId } from "@/lib/validation/record-id";

type Snapshot = { "udpp.citation"?: string } | null;

export const downloadAnnouncement = routeHandler(
  {
    name: "competitions.announcement.download",
    access: { permission: "competitions.viewerState" },
    params: z.object({ id: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const limited = await generatedFileRefusal(request);
    if (limited) return limited;
    const competition = await getCompetitionById(params.id);
    if (!competition) return new Response(null, { status: 404 });
    const draft = competition.status === "DRAFT";
    if (draft && !can(actor, "competitions.manage", { institutionId: competition.institutionId }))
      return new Response(null, { status: 404 });
    // The act as cited on the publication day; a draft cites today's text.
    const citation =
      (competition.rulesSnapshot as Snapshot)?.["udpp.citation"] ??
      (await ruleAt("udpp.citation", new Date()))?.value ??
      "";
    const pdf = await renderAnnouncementPdf(competition, citation);
    return new Response(Buffer.from(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": contentDisposition(
          downloadName(["ogloszenie", { text: competition.slug, max: 100 }], [], "pdf"),
        ),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": draft ? "private, no-store" : "no-store",
      },
    });
  },
);
