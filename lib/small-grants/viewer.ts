// What a published small-grant offer's page shows the person reading it,
// asked by the browser after the page loads (components/small-grants/
// small-grant-viewer.tsx). The page is the same for everyone (page cache,
// SHARED); only this small answer is personal: whether the reader may remark
// now and for whom, and whether they are the office's official.
import "server-only";
import { actingForOptions } from "@/lib/auth/acting-as";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { remarksOpen } from "@/lib/small-grants/remarks";
import type { SmallGrantViewer } from "@/lib/small-grants/viewer-types";

export type { SmallGrantViewer };

/** The reader's view of the case `caseId`; null when it has no public page. */
export async function smallGrantViewer(
  actor: (Actor & { name: string }) | null,
  caseId: string,
  now = new Date(),
): Promise<SmallGrantViewer | null> {
  const found = await db().smallGrantCase.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      stage: true,
      publicSlug: true,
      remarksUntil: true,
      offer: {
        select: { institutionId: true, leadOrganisationId: true, institution: { select: { slug: true } } },
      },
    },
  });
  if (!found?.publicSlug) return null;
  if (!actor) return { signedIn: false };
  const open = remarksOpen(found, now);
  return {
    signedIn: true,
    manages: can(actor, "smallGrants.manage", { institutionId: found.offer.institutionId }),
    institutionSlug: found.offer.institution.slug,
    remark: open
      ? {
          caseId: found.id,
          personName: actor.name,
          // The offeror does not remark on its own offer (submitSmallGrantRemark refuses it): not offered.
          organisations: (await actingForOptions(actor)).filter((o) => o.id !== found.offer.leadOrganisationId),
        }
      : null,
  };
}
