// Files made on request for anyone (a consultation's remarks as CSV/XLSX, an
// election protocol as PDF): each costs real work, so a client gets a budget
// of them, counted in the database like the other rate limits so it holds
// across instances. The directory export has its own per-request budget
// (lib/directory/api-handlers.ts). Stored files (reports, attachments) are
// only streamed and not counted here.
import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIpFrom } from "@/lib/http/request-context";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";

/** Generous for people (an office behind one address included), not for a script. */
export const GENERATED_FILES: RateLimit = { name: "generated-file", limit: 60, windowSeconds: 10 * 60 };

/** Null when the client may have one more generated file (it is counted), else the 429 answer. */
export async function generatedFileRefusal(request: Request): Promise<Response | null> {
  // Clients without an address share one budget rather than escape it.
  const client = clientIpFrom(request.headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS) ?? "unknown";
  try {
    await consumeRateLimits([{ limit: GENERATED_FILES, subject: client }]);
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
    return Response.json(
      { error: { code: "RATE_LIMITED" } },
      { status: 429, headers: { "Retry-After": String(GENERATED_FILES.windowSeconds), "Cache-Control": "no-store" } },
    );
  }
}
