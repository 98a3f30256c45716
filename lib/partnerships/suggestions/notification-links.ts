// Where notices about partner requests lead: the request's page while it is
// published (closed and expired ones keep their page for those involved;
// the request's page decides what it shows them), nowhere once it is hidden
// or gone.
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver } from "@/lib/notifications/links";

export const partnerRequestLinks: LinkResolver = async (refs) => {
  const requests = await db().partnerRequest.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: { id: true, slug: true, visibility: true },
  });
  return linksFor(refs, new Map(requests.map((r) => [r.id, r])), (_ref, request) =>
    request.visibility === "PUBLISHED" ? { pathname: "/partnerships/[slug]", params: { slug: request.slug } } : null,
  );
};
