// GET /api/elections/{id}/protocol[?lang=pl|en|de]: the protocol as PDF, once counted.
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { renderProtocolPdf } from "@/lib/elections/protocol";
import { generatedFileRefusal } from "@/lib/http/generated-files";
import { recordId } from "@/lib/validation/record-id";

const params = z.object({ id: recordId });
const query = z.object({ lang: z.enum(locales).catch("pl") });

export async function handleProtocolDownload(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  const parsed = params.safeParse(await context.params);
  const { lang } = query.parse({ lang: new URL(request.url).searchParams.get("lang") ?? "pl" });
  // Counted before the look-up: a PDF is rendered on every request.
  const limited = await generatedFileRefusal(request);
  if (limited) return limited;
  const protocol = parsed.success ? await renderProtocolPdf(parsed.data.id, lang) : null;
  if (!protocol) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(protocol.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="protokol-${protocol.slug}.pdf"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
