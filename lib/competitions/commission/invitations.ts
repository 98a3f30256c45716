// Invitations to sit on a commission. Everyone appointed (an official, a
// nominee, an expert) gets an e-mail with a link to the commission's page; the
// link carries 32 random bytes and the database keeps only their SHA-256 and
// the expiry. The person accepts while signed in (the account they will work
// under; a nominee without one signs up first, with the invited address). The
// link alone does not prove the seat is theirs, since it can be forwarded:
// see acceptInvitation for who may take it. Accepting does not
// yet give access: commission permissions need two-factor authentication, and
// the page sends a member without it to switch it on.
import "server-only";
import { randomBytes } from "node:crypto";
import { createTranslator } from "next-intl";
import { localizedUrl } from "@/lib/accounts/links";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { queueMail } from "@/lib/jobs/enqueue";
import { log } from "@/lib/log";
import { renderMailLayout } from "@/lib/mail/layout";
import type { OutgoingMail } from "@/lib/mail/transport";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { hashToken } from "@/lib/security/token-hash";
import { nomineeExclusion } from "@/lib/competitions/commission/exclusion";
import { competitionApplicants } from "@/lib/competitions/commission/queries";
import { platformNameIn } from "@/lib/settings/platform-name";

export const INVITATION_VALID_DAYS = 14;

export type InvitationRefusal = "ALREADY_MEMBER" | "OTHER_ACCOUNT" | "OTHER_ADDRESS" | "NOMINEE_EXCLUDED";

/** A fresh link: the token for the e-mail, its hash and expiry for the member's row. */
export function newInvitation(now: Date) {
  const token = randomBytes(32).toString("base64url");
  return {
    token,
    data: {
      inviteTokenHash: hashToken(token),
      inviteExpiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 3600_000),
    },
  };
}

interface InvitationFacts {
  email: string;
  name: string;
  role: string;
  competition: { slug: string; title: string };
  institution: string;
  token: string;
  expiresAt: Date;
}

/** The invitation e-mail, in the language of the account with that address if there is one, else Polish. */
export async function sendInvitation(facts: InvitationFacts): Promise<void> {
  try {
    const account = await db().user.findFirst({
      where: { email: facts.email, deletedAt: null },
      select: { locale: true },
    });
    const locale: Locale = account && isLocale(account.locale) ? account.locale : "pl";
    await queueMail(invitationMail(facts, locale, await platformNameIn(locale)));
  } catch (error) {
    // The office sees the member as invited and may send the link again.
    log.error("commission invitation not queued", { competition: facts.competition.slug, error });
  }
}

export function invitationMail(facts: InvitationFacts, locale: Locale, platform: string): OutgoingMail {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "commission.invitationMail" });
  const mail = createTranslator({ locale, messages, namespace: "mail" });
  const roles = createTranslator({ locale, messages, namespace: "commission.roles" });
  const subject = t("subject", { competition: facts.competition.title });
  const url = localizedUrl(
    "/competitions/[slug]/commission",
    locale,
    { invitation: facts.token },
    { slug: facts.competition.slug },
  );
  return {
    to: facts.email,
    subject,
    ...renderMailLayout({
      locale,
      subject,
      greeting: mail("greeting", { name: facts.name }),
      paragraphs: [
        t("intro", {
          institution: facts.institution,
          competition: facts.competition.title,
          role: roles(facts.role as "MEMBER"),
        }),
        t("twoFactor"),
        t("validity", { until: longDateTime(dateTimeFormatter(locale), facts.expiresAt) }),
      ],
      action: { label: t("action"), url, fallback: mail("linkFallback") },
      footer: `${mail("sentBy", { platform })} ${t("footer")}`,
    }),
  };
}

export type InvitationState = "valid" | "used" | "expired" | "invalid";

/** What the link is, for the page that shows the acceptance (a removed member's link is invalid). */
export async function invitationState(competitionId: string, token: string, now?: Date) {
  const member = await db().commissionMember.findFirst({
    where: { inviteTokenHash: hashToken(token), commission: { competitionId } },
    select: { id: true, name: true, role: true, acceptedAt: true, removedAt: true, inviteExpiresAt: true },
  });
  const at = now ?? (await databaseNow());
  const state: InvitationState =
    !member || member.removedAt
      ? "invalid"
      : member.acceptedAt
        ? "used"
        : !member.inviteExpiresAt || member.inviteExpiresAt <= at
          ? "expired"
          : "valid";
  return { state, member: state === "valid" && member ? { name: member.name, role: member.role } : null };
}

/** The invitation page: the competition named by the address and what the link is; null when there is no such competition. */
export async function invitationPageView(slug: string, token: string) {
  const competition = await db().competition.findUnique({ where: { slug }, select: { id: true, title: true } });
  if (!competition) return null;
  return { competition, ...(await invitationState(competition.id, token)) };
}

/**
 * The signed-in person accepts, and the member row is theirs from then on, but
 * only as the person the office appointed: an official's seat only under the
 * account it was bound to at appointment, a nominee's or an expert's only under
 * an account with the invited address (a forwarded link is not an
 * appointment). A nominee is judged again on the organisations of the account
 * that accepts (L4), which the office could not know before.
 */
export async function acceptInvitation(actor: Actor, token: string): Promise<{ slug: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const now = await databaseNow(tx);
      const member = await tx.commissionMember.findFirst({
        where: { inviteTokenHash: hashToken(token) },
        select: {
          origin: true,
          userId: true,
          email: true,
          commission: { select: { competitionId: true } },
        },
      });
      if (!member) throw new AppError("LINK_INVALID");
      const { state } = await invitationState(member.commission.competitionId, token, now);
      if (state !== "valid")
        throw new AppError(state === "used" ? "LINK_USED" : state === "expired" ? "LINK_EXPIRED" : "LINK_INVALID");
      await refuseOtherPerson(tx, actor, member);
      const [accepted] = await tx.commissionMember.updateManyAndReturn({
        where: { inviteTokenHash: hashToken(token), acceptedAt: null, removedAt: null, inviteExpiresAt: { gt: now } },
        data: { userId: actor.id, acceptedAt: now },
        select: { commission: { select: { competition: { select: { slug: true } } } } },
      });
      // Accepted meanwhile in another request.
      if (!accepted) throw new AppError("LINK_USED");
      return { slug: accepted.commission.competition.slug };
    });
  } catch (error) {
    // The person already sits on this commission under another invitation.
    if (uniqueViolationFields(error)) throw new RuleRefusal<InvitationRefusal>("ALREADY_MEMBER");
    throw error;
  }
}

type Tx = Prisma.TransactionClient;

async function refuseOtherPerson(
  tx: Tx,
  actor: Actor,
  member: { origin: string; userId: string | null; email: string; commission: { competitionId: string } },
) {
  if (member.origin === "OFFICE") {
    if (member.userId !== actor.id) throw new RuleRefusal<InvitationRefusal>("OTHER_ACCOUNT");
    return;
  }
  const account = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  if (account.email.toLowerCase() !== member.email.toLowerCase())
    throw new RuleRefusal<InvitationRefusal>("OTHER_ADDRESS");
  if (member.origin !== "NGO_NOMINEE") return;
  const [applicants, memberships] = await Promise.all([
    competitionApplicants(member.commission.competitionId, tx),
    tx.organisationMembership.findMany({ where: { userId: actor.id }, select: { organisationId: true } }),
  ]);
  if (memberships.some((m) => nomineeExclusion(m.organisationId, applicants)))
    throw new RuleRefusal<InvitationRefusal>("NOMINEE_EXCLUDED");
}
