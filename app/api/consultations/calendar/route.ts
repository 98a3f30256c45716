import { consultationsCalendar } from "@/lib/consultations/feed-handlers";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return consultationsCalendar(request);
}
