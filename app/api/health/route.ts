import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// For load balancers and monitoring: 200 when the database is reachable and
// every migration is applied, 503 otherwise. Says nothing secret. Cheap enough
// to be called by many checkers at once: the answer is shared for a couple of
// seconds (lib/db/health.ts).
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
