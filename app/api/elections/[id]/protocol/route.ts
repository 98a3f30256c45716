import { handleProtocolDownload } from "@/lib/elections/protocol-handlers";

export const dynamic = "force-dynamic";

/** The election protocol (PDF), public once the ballots are counted. */
export function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleProtocolDownload(request, context);
}
