// Where notices about partner requests lead: the request's page, for a reader
// who may see it (lib/partnerships/requests/policy.ts); an expired request's
// notice to the place on it where it is renewed or closed; a held request or
// change, for a moderator while it still waits, to the moderators' queue. The workflow's
// notices about a request (interests, decisions, closing) are its own to lead
// (lib/partnerships/interests/notification-links.ts).
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import {
  linksFor,
  subjectIds,
  type LinkResolver,
  type NotificationLink,
  type NotificationRef,
} from "@/lib/notifications/links";
import {
  partnerRequestWorkflowLinks,
  requestWorkflowNoticeTypes,
} from "@/lib/partnerships/interests/notification-links";
import { mayViewRequest } from "@/lib/partnerships/requests/policy";

export const partnerRequestLinks: LinkResolver = async (refs, reader) => {
  const isWorkflow = (ref: NotificationRef) => (requestWorkflowNoticeTypes as readonly string[]).includes(ref.type);
  const [workflow, own] = await Promise.all([
    partnerRequestWorkflowLinks(refs.filter(isWorkflow), reader),
    requestPageLinks(
      refs.filter((ref) => !isWorkflow(ref)),
      reader,
    ),
  ]);
  return new Map([...workflow, ...own]);
};

const requestPageLinks: LinkResolver = async (refs, reader) => {
  const requests = await db().partnerRequest.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: {
      id: true,
      slug: true,
      status: true,
      visibility: true,
      organisationId: true,
      institutionId: true,
      pendingFields: true,
    },
  });
  return linksFor(refs, new Map(requests.map((r) => [r.id, r])), (ref, request): NotificationLink | null => {
    if (
      ref.type === "partnership.request_held" &&
      can(reader, "content.moderate") &&
      (request.visibility === "PENDING" || request.pendingFields !== null)
    )
      return { pathname: "/moderation/partnerships" };
    if (!mayViewRequest(reader, request)) return null;
    const page = { pathname: "/partnerships/[slug]", params: { slug: request.slug } } as const;
    return ref.type === "partnership.request_expired" ? { ...page, hash: "partner-request-manage" } : page;
  });
};
