// POST /api/offers/[id]/autosave: the same save as saveOfferSectionsAction,
// for navigator.sendBeacon when the tab is hidden or closed (a server action
// cannot be called then). The body is JSON sent as text/plain (a beacon with
// another type would need a CORS preflight it cannot make). Beacons carry the
// session cookie, so the request must come from this site's own pages: the
// Origin header is checked as Next.js checks it for server actions.
import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { readBodyWithin, refusal } from "@/lib/http/upload";
import { routeHandler } from "@/lib/http/route-handler";
import { saveOfferSections } from "@/lib/offers/drafts/mutations";
import { MAX_SECTION_BYTES, saveSectionsSchema } from "@/lib/offers/drafts/schemas";
import { offerPrepareScope } from "@/lib/offers/drafts/scope";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { recordId } from "@/lib/validation/record-id";

/** Every section at its largest, with room for the envelope. */
const MAX_BODY_BYTES = 12 * MAX_SECTION_BYTES;

/** Whether the request comes from a page of this site (its configured address, or the host it was sent to). */
export function fromOwnOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const own = [new URL(env().APP_URL).origin, new URL(request.url).origin];
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) own.push(`${new URL(request.url).protocol}//${host}`);
  return own.includes(origin);
}

export const autosaveOfferRoute = routeHandler(
  {
    name: "offers.autosave",
    access: { permission: "offers.prepare", scopeOf: (params: { id: string }) => offerPrepareScope(params.id) },
    params: z.object({ id: recordId }),
  },
  async ({ request, params, actor }) => {
    if (!fromOwnOrigin(request)) return refusal(403, "FORBIDDEN");
    const bytes = await readBodyWithin(request, MAX_BODY_BYTES);
    if (!bytes) return refusal(413, "TOO_LARGE");
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return refusal(400, "INVALID");
    }
    const input = saveSectionsSchema.safeParse({ ...(body as object), offerId: params.id });
    if (!input.success) return refusal(400, "INVALID");
    try {
      return Response.json(await saveOfferSections(params.id, input.data.sections, actor));
    } catch (error) {
      if (error instanceof RuleRefusal) return refusal(409, error.refusal);
      throw error;
    }
  },
);
