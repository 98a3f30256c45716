// POST /api/offers/[id]/correction-autosave: the correction's save for
// navigator.sendBeacon when the tab is hidden or closed, the twin of
// saveCorrectionSectionsAction as /api/offers/[id]/autosave is of the
// draft's (same body as text/plain JSON, same origin check, same size limit);
// the correction's refusals answer 409 with their code.
import "server-only";
import { z } from "zod";
import { readBodyWithin, refusal } from "@/lib/http/upload";
import { routeHandler } from "@/lib/http/route-handler";
import { saveCorrectionSections } from "@/lib/offers/corrections/mutations";
import { saveCorrectionSchema } from "@/lib/offers/corrections/schemas";
import { fromOwnOrigin } from "@/lib/offers/drafts/autosave-handler";
import { MAX_SECTION_BYTES } from "@/lib/offers/drafts/schemas";
import { offerLeadScope } from "@/lib/offers/submission/policy";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { recordId } from "@/lib/validation/record-id";

const MAX_BODY_BYTES = 12 * MAX_SECTION_BYTES;

export const correctionAutosaveRoute = routeHandler(
  {
    name: "offers.correctionAutosave",
    access: { permission: "offers.correct", scopeOf: (params: { id: string }) => offerLeadScope(params.id) },
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
    const input = saveCorrectionSchema.safeParse({ ...(body as object), offerId: params.id });
    if (!input.success) return refusal(400, "INVALID");
    try {
      return Response.json(await saveCorrectionSections(params.id, input.data.sections, actor));
    } catch (error) {
      if (error instanceof RuleRefusal) return refusal(409, error.refusal);
      throw error;
    }
  },
);
