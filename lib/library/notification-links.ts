// Where library notices lead: a public document to its page; a proposal to
// the moderators' list while it waits; a proposer's document that is not
// public (rejected) to its editing page, when the reader still looks after it;
// an invitation to be a co-developer to the invited person's library page.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isPublicDocument } from "@/lib/library/queries";
import { mayManage } from "@/lib/library/stewards";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";

export const libraryLinks: LinkResolver = async (refs, reader) => {
  const documents = await db().libraryDocument.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: {
      id: true,
      slug: true,
      review: true,
      changeReview: true,
      currentVersionId: true,
      organisationId: true,
      institutionId: true,
    },
  });
  const manages = new Map(await Promise.all(documents.map(async (d) => [d.id, await mayManage(reader, d)] as const)));
  const moderates = can(reader, "content.moderate");
  return linksFor(refs, new Map(documents.map((d) => [d.id, d])), (ref, document): NotificationLink | null => {
    const page: NotificationLink = { pathname: "/library/[slug]", params: { slug: document.slug } };
    if (
      ref.type === "library.proposed" &&
      moderates &&
      (document.review === "PROPOSED" || document.changeReview === "PROPOSED")
    )
      return { pathname: "/moderation/library" };
    // An invitation to be named as a co-developer is answered among one's library documents.
    if (ref.type === "library.codeveloper" && !manages.get(document.id)) return { pathname: "/account/library" };
    if (isPublicDocument(document)) return page;
    if (manages.get(document.id)) return { pathname: "/account/library/[id]", params: { id: document.id } };
    return moderates ? page : null;
  });
};
