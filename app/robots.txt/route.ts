import { robotsTxtResponse } from "@/lib/sitemap/handlers";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return robotsTxtResponse();
}
