// A small-grant case opens when the simplified offer is submitted: the receipt
// starts the office's clock (publish within the working days of the rule in
// force that day) and the office's officials hear of it. Called inside the
// submit's transaction (lib/small-grants/submission.ts; any other submit of
// SIMPLIFIED_2018 offers must call it too). A resubmission after a withdrawal
// restarts the clock of a case not yet published; a published or decided case
// is left as it is.
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { publishDueBy } from "@/lib/small-grants/clock";
import { smallGrantRules } from "@/lib/small-grants/limits";
import { smallGrantSubject } from "@/lib/small-grants/notification-links";

export async function openSmallGrantCase(
  tx: Prisma.TransactionClient,
  offer: { id: string; institutionId: string; leadOrganisationId: string; title: string },
  version: { submittedAt: Date; submittedById?: string | null },
): Promise<{ id: string }> {
  const rules = await smallGrantRules(version.submittedAt);
  const dueBy = publishDueBy(version.submittedAt, rules["smallGrant.publishWithinWorkingDays"]);
  const existing = await tx.smallGrantCase.findUnique({
    where: { offerId: offer.id },
    select: { id: true, stage: true },
  });
  if (existing && existing.stage !== "RECEIVED") return existing;
  const smallGrant = existing
    ? await tx.smallGrantCase.update({
        where: { id: existing.id },
        data: { receivedAt: version.submittedAt, publishDueBy: dueBy },
        select: { id: true },
      })
    : await tx.smallGrantCase.create({
        data: { offerId: offer.id, receivedAt: version.submittedAt, publishDueBy: dueBy },
        select: { id: true },
      });
  const institution = await tx.institution.findUniqueOrThrow({
    where: { id: offer.institutionId },
    select: { slug: true },
  });
  await notify(
    {
      type: "small_grant.received",
      subject: smallGrantSubject({ id: smallGrant.id, title: offer.title }, institution),
      actor: { userId: version.submittedById ?? null, organisationId: offer.leadOrganisationId },
      audience: { institutions: [{ id: offer.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }] },
    },
    tx,
  );
  return smallGrant;
}
