// Where election notices lead: the election's page once published (drafts
// have no page), at the part the notice is about.
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver } from "@/lib/notifications/links";
import type { NotificationType } from "@/lib/notifications/types";

const sectionOf: Partial<Record<NotificationType, string>> = {
  "election.consent_requested": "participation-heading",
  "election.recommendation_requested": "participation-heading",
  "election.nomination_decided": "participation-heading",
  "election.results_published": "results-heading",
};

export const electionLinks: LinkResolver = async (refs) => {
  const elections = await db().election.findMany({
    where: { id: { in: subjectIds(refs) }, status: { not: "DRAFT" } },
    select: { id: true, slug: true },
  });
  return linksFor(refs, new Map(elections.map((e) => [e.id, e])), (ref, election) => {
    const hash = sectionOf[ref.type];
    return { pathname: "/elections/[slug]", params: { slug: election.slug }, ...(hash ? { hash } : {}) };
  });
};
