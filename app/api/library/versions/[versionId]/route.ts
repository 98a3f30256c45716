import { downloadVersion } from "@/lib/library/version-handlers";

export const dynamic = "force-dynamic";

/** GET /api/library/versions/{versionId}: a version's file, for everyone once the document is public. */
export const GET = downloadVersion;
