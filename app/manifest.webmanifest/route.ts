import { webManifestResponse } from "@/lib/settings/web-manifest";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return webManifestResponse(request);
}
