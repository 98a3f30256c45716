// Publishing a received small-grant offer for remarks (art. 19a: within the
// working days of receipt, for 7 days, with personal data removed). The
// public page shows the version as submitted, redacted at reading time by the
// template's `personal` fields (redaction.ts), so nothing personal is copied
// anywhere. Remarks are accepted until the end of the last Polish day.
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ActionMeta } from "@/lib/http/request-context";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { remarksUntil } from "@/lib/small-grants/clock";
import { smallGrantRules } from "@/lib/small-grants/limits";
import { smallGrantSubject } from "@/lib/small-grants/notification-links";
import { firstFreeSlug, slugify } from "@/lib/text/slug";

export type PublishRefusal = "ALREADY_PUBLISHED" | "OFFER_NOT_SUBMITTED";
export class PublishRuleError extends RuleRefusal<PublishRefusal> {}

/** Addresses taken by the small-grant routes' fixed segments in any language. */
const RESERVED = new Set(["nowa-oferta", "new-offer", "neues-angebot"]);

async function publicSlugFor(title: string): Promise<string> {
  const base = slugify(title, 80) || "maly-grant";
  return firstFreeSlug(RESERVED.has(base) ? `${base}-1` : base, async (slug) =>
    Boolean(await db().smallGrantCase.findUnique({ where: { publicSlug: slug }, select: { id: true } })),
  );
}

export async function publishSmallGrant(
  actor: Actor,
  caseId: string,
  meta: ActionMeta,
  now = new Date(),
): Promise<{ slug: string; remarksUntil: Date }> {
  const found = await db().smallGrantCase.findUnique({
    where: { id: caseId },
    select: {
      stage: true,
      receivedAt: true,
      offer: {
        select: {
          status: true,
          title: true,
          institutionId: true,
          leadOrganisationId: true,
          institution: { select: { slug: true } },
        },
      },
    },
  });
  if (!found) throw new AppError("NOT_FOUND", "no such small-grant case");
  const { offer } = found;
  if (!can(actor, "smallGrants.manage", { institutionId: offer.institutionId }))
    throw new AppError("FORBIDDEN", "not an official of the addressed office");
  if (found.stage !== "RECEIVED") throw new PublishRuleError("ALREADY_PUBLISHED");
  if (offer.status !== "SUBMITTED") throw new PublishRuleError("OFFER_NOT_SUBMITTED");
  // The rules of the receipt day hold for the whole case (design §1, N2), as its publish-by day did.
  const rules = await smallGrantRules(found.receivedAt);
  const until = remarksUntil(now, rules["smallGrant.remarksDays"]);
  const slug = await publicSlugFor(offer.title);
  await db().$transaction(async (tx) => {
    // Only from RECEIVED: two officials publishing at once publish once.
    const { count } = await tx.smallGrantCase.updateMany({
      where: { id: caseId, stage: "RECEIVED" },
      data: { stage: "PUBLISHED", publishedAt: now, remarksUntil: until, publicSlug: slug },
    });
    if (count === 0) throw new PublishRuleError("ALREADY_PUBLISHED");
    await recordAuditEvent(
      {
        action: "smallGrant.published",
        actorUserId: actor.id,
        actingForInstitutionId: offer.institutionId,
        subjectType: "SmallGrantCase",
        subjectId: caseId,
        ipAddress: meta.ip,
        details: { slug, remarksUntil: until.toISOString() },
      },
      tx,
    );
    await notify(
      {
        type: "small_grant.published",
        subject: smallGrantSubject({ id: caseId, title: offer.title }, offer.institution),
        actor: { userId: actor.id, institutionId: offer.institutionId },
        audience: {
          organisations: [{ id: offer.leadOrganisationId, roles: ["OWNER", "EDITOR"] }],
          topic: { institutionId: offer.institutionId },
        },
      },
      tx,
    );
  });
  await dispatchNotifications();
  return { slug, remarksUntil: until };
}
