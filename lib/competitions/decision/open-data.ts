// A competition's results as open data (/api/v1/competitions/{slug}/results,
// design §7.2): the notices with their channel days and, per task, the
// outcome and the awards (organisation, co-applicants, offer title, amount).
// Only what the results page shows everyone: no scores, no commission names.
// Money as PLN with two decimals, exact from grosze; 404 before publication.
import { z } from "zod";
import { apiError, cacheableJson, chargeClient } from "@/lib/directory/api-handlers";
import { rateLimitHeaders } from "@/lib/http/memory-rate-limit";
import { routeHandler } from "@/lib/http/route-handler";
import { plnDecimal } from "@/lib/offers/calc/money";
import { competitionUrl } from "@/lib/competitions/open-data";
import { resultsView, type ResultsView } from "@/lib/competitions/decision/results-view";

export function toPublicResults(results: ResultsView) {
  return {
    competition: {
      id: results.id,
      slug: results.slug,
      title: results.title,
      reference: results.reference,
      status: results.status,
      institution: { slug: results.institution.slug, name: results.institution.officeName ?? results.institution.name },
      url: competitionUrl(results.slug),
    },
    notices: results.notices.map((notice) => ({
      kind: notice.kind,
      publishedAt: notice.publishedAt.toISOString(),
      channels: { bip: notice.bipOn, noticeBoard: notice.noticeBoardOn, website: notice.websiteOn },
      bipUrl: notice.bipUrl,
    })),
    reasonsRequestsUntil: results.reasonsUntil ? results.reasonsUntil.toISOString() : null,
    tasks: results.tasks.map((task) => ({
      number: task.number,
      kindName: task.kindName,
      form: task.form,
      pool: plnDecimal(task.pool),
      outcome: task.outcome,
      annulmentGround: task.annulmentGround,
      awards: task.awards.map((award) => ({
        organisation: { name: award.recipientName, krs: award.krs, slug: award.organisationSlug },
        coApplicants: award.coApplicants.map((c) => ({ name: c.name, slug: c.slug })),
        offerTitle: award.offerTitle,
        amount: plnDecimal(award.amount),
        status: award.status,
      })),
    })),
  };
}

/** GET /api/v1/competitions/{slug}/results */
export const handleCompetitionResults = routeHandler(
  {
    name: "competitions.api.results",
    access: { public: true },
    refusal: (status: number, code: string) => apiError(status, code),
    params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,160}$/) }),
  },
  async ({ request, params }) => {
    const decision = chargeClient(request);
    if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
    const results = await resultsView({ slug: params.slug });
    if (!results) return apiError(404, "NOT_FOUND", {}, rateLimitHeaders(decision));
    return cacheableJson(request, { data: toPublicResults(results) }, rateLimitHeaders(decision));
  },
);
