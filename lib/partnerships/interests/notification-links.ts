// Where the workflow's notices lead: interests received to the author's
// interests page; decisions on one's interest, a closed request and
// partnerships to "my partnerships", where each is acted on. Only people who
// act for a side concerned are led anywhere.
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";
import { mayActFor, partyOf } from "@/lib/partnerships/party";
import { partyOnSide } from "@/lib/partnerships/workflow/policy";

/** The workflow's notices about a request, which this file leads (the request's own notices lead to its page). */
export const requestWorkflowNoticeTypes = [
  "partnership.interest_received",
  "partnership.interest_decided",
  "partnership.request_closed_to_others",
] as const;

const mine: NotificationLink = { pathname: "/partnerships/mine" };

export const partnerRequestWorkflowLinks: LinkResolver = async (refs, reader) => {
  const requests = await db().partnerRequest.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: { id: true, slug: true, organisationId: true, institutionId: true },
  });
  return linksFor(refs, new Map(requests.map((r) => [r.id, r])), (ref, request) => {
    const author = partyOf(request);
    if (ref.type === "partnership.interest_received")
      return author && mayActFor(reader, author)
        ? { pathname: "/partnerships/[slug]/interests", params: { slug: request.slug } }
        : null;
    return mine;
  });
};

export const partnershipLinks: LinkResolver = async (refs, reader) => {
  const partnerships = await db().partnership.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: {
      id: true,
      requesterOrganisationId: true,
      requesterInstitutionId: true,
      partnerOrganisationId: true,
      partnerInstitutionId: true,
    },
  });
  return linksFor(refs, new Map(partnerships.map((p) => [p.id, p])), (_ref, row) =>
    (["requester", "partner"] as const).some((side) => {
      const party = partyOnSide(row, side);
      return party !== null && mayActFor(reader, party);
    })
      ? mine
      : null,
  );
};
