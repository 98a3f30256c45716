import { sitemapIndexResponse } from "@/lib/sitemap/handlers";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return sitemapIndexResponse();
}
