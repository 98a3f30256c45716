// GET /api/elections/{id}/protocol[?lang=pl|en|de]: the protocol as PDF, once counted.
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { notFoundText } from "@/lib/elections/board-handlers";
import { renderProtocolPdf } from "@/lib/elections/protocol";
import { generatedFileRefusal } from "@/lib/http/generated-files";
import { routeHandler } from "@/lib/http/route-handler";
import { recordId } from "@/lib/validation/record-id";

export const handleProtocolDownload = routeHandler(
  {
    name: "elections.protocol.download",
    access: { public: true },
    params: z.object({ id: recordId }),
    query: z.object({ lang: z.enum(locales).catch("pl") }),
    refusal: notFoundText,
  },
  async ({ request, params, query }) => {
    // Counted before the look-up: a PDF is rendered on every request.
    const limited = await generatedFileRefusal(request);
    if (limited) return limited;
    const protocol = await renderProtocolPdf(params.id, query.lang);
    if (!protocol) return notFoundText(404);
    return new Response(Buffer.from(protocol.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="protokol-${protocol.slug}.pdf"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
      },
    });
  },
);
