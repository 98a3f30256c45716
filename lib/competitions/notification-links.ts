// Where notices about a competition lead: its page for everyone who may see
// it (a draft only its office, in the preview); a new question or nominee to
// the office's officials only; an answer to the questions page; published
// results to the results page, a reasons request to the office's decision
// page and its answer to the requester's reasons page.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver } from "@/lib/notifications/links";
import type { NotificationInput } from "@/lib/notifications/notify";

/** The notification subject of a competition: its title, leading to its page. */
export const competitionSubject = (competition: {
  id: string;
  slug: string;
  title: string;
}): NotificationInput["subject"] => ({
  type: "Competition",
  id: competition.id,
  title: competition.title,
  link: { pathname: "/competitions/[slug]", params: { slug: competition.slug } },
});

export const competitionLinks: LinkResolver = async (refs, reader) => {
  const competitions = await db().competition.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: { id: true, slug: true, status: true, institutionId: true },
  });
  return linksFor(refs, new Map(competitions.map((c) => [c.id, c])), (ref, competition) => {
    const manages = can(reader, "competitions.manage", { institutionId: competition.institutionId });
    const params = { slug: competition.slug };
    if (competition.status === "DRAFT") return manages ? { pathname: "/competitions/[slug]/preview", params } : null;
    switch (ref.type) {
      case "competition.question_asked":
        return manages ? { pathname: "/competitions/[slug]/questions", params } : null;
      case "competition.nomination_received":
        return manages ? { pathname: "/competitions/[slug]/commission-call", params } : null;
      case "competition.question_answered":
        return { pathname: "/competitions/[slug]/questions", params };
      // The officials decide on the commission's opinion: they are led to the ranking and its protocol.
      case "commission.closed":
        return can(reader, "competitions.viewEvaluation", { institutionId: competition.institutionId })
          ? { pathname: "/competitions/[slug]/ranking", params }
          : { pathname: "/competitions/[slug]", params };
      // Issue 26: the results, the office's decision page (its requests to answer), the requester's answers.
      case "competition.results_published":
        return competition.status === "DECIDED" || competition.status === "ANNULLED"
          ? { pathname: "/competitions/[slug]/results", params }
          : { pathname: "/competitions/[slug]", params };
      case "competition.reasons_requested":
        return can(reader, "competitions.decide", { institutionId: competition.institutionId })
          ? { pathname: "/competitions/[slug]/decision", params }
          : { pathname: "/competitions/[slug]", params };
      case "competition.reasons_answered":
        return { pathname: "/competitions/[slug]/reasons", params };
      default:
        return { pathname: "/competitions/[slug]", params };
    }
  });
};
