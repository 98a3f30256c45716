import { downloadVersion } from "@/lib/library/version-handlers";

export const dynamic = "force-dynamic";

/** GET /api/library/versions/{versionId}: a version's file, for everyone once the document is public. */
export async function GET(request: Request, { params }: { params: Promise<{ versionId: string }> }): Promise<Response> {
  return downloadVersion(request, (await params).versionId);
}
