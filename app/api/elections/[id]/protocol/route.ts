import { handleProtocolDownload } from "@/lib/elections/protocol-handlers";

export const dynamic = "force-dynamic";

/** The election protocol (PDF), public once the ballots are counted. */
export const GET = handleProtocolDownload;
