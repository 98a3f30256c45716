// Each applicant's outcome, e-mailed to the owners and editors of the lead and
// of every co-applicant whatever their notification settings: it starts the
// time to accept a grant (design §7.1, L15), so it is a notice of a deadline,
// not one they chose. Sent after publication committed; a failure to queue is
// logged and never undoes the publication (the notification still stands).
import { createTranslator } from "next-intl";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getPathname } from "@/lib/i18n/navigation";
import { queueMail } from "@/lib/jobs/enqueue";
import { log } from "@/lib/log";
import { renderMailLayout } from "@/lib/mail/layout";
import type { OutgoingMail } from "@/lib/mail/transport";
import { formatPln } from "@/lib/offers/calc/money";
import { platformNameIn } from "@/lib/settings/platform-name";

export type OutcomeFacts = {
  to: string;
  recipientName: string;
  platformName: string;
  locale: Locale;
  offerId: string;
  title: string;
  competition: string;
  outcome: "FUNDED" | "NOT_FUNDED" | "REJECTED_FORMAL";
  amount: number | null;
  reason: string;
  acceptanceDueAt: Date | null;
};

export function outcomeMail(facts: OutcomeFacts): OutgoingMail {
  const messages = messagesFor(facts.locale);
  const t = createTranslator({ locale: facts.locale, messages, namespace: "competitionDecision.outcomeMail" });
  const mail = createTranslator({ locale: facts.locale, messages, namespace: "mail" });
  const subject = t("subject", { title: facts.title });
  const url = new URL(
    getPathname({ href: { pathname: "/offers/[id]", params: { id: facts.offerId } }, locale: facts.locale }),
    env().APP_URL,
  ).toString();
  const paragraphs = [
    facts.outcome === "FUNDED" && facts.amount !== null
      ? t("funded", {
          title: facts.title,
          competition: facts.competition,
          amount: formatPln(facts.amount, facts.locale),
        })
      : t(facts.outcome === "REJECTED_FORMAL" ? "rejected" : "notFunded", {
          title: facts.title,
          competition: facts.competition,
        }),
    ...(facts.reason ? [t("reason", { reason: facts.reason })] : []),
    ...(facts.acceptanceDueAt
      ? [t("acceptance", { deadline: longDateTime(dateTimeFormatter(facts.locale), facts.acceptanceDueAt) })]
      : []),
  ];
  return {
    to: facts.to,
    subject,
    ...renderMailLayout({
      locale: facts.locale,
      subject,
      greeting: mail("greeting", { name: facts.recipientName }),
      paragraphs,
      action: { label: t("action"), url, fallback: mail("linkFallback") },
      footer: `${mail("sentBy", { platform: facts.platformName })} ${t("footer")}`,
    }),
  };
}

/** Queues the outcome of every decided offer of the competition to its applicants' owners and editors. */
export async function sendOutcomeMails(competitionId: string): Promise<void> {
  try {
    const decisions = await db().offerDecision.findMany({
      where: { offer: { competitionId } },
      select: {
        outcome: true,
        amount: true,
        reason: true,
        offer: {
          select: {
            id: true,
            title: true,
            leadOrganisationId: true,
            coApplicants: { select: { organisationId: true } },
            competition: { select: { title: true } },
            award: { select: { acceptanceDueAt: true } },
          },
        },
      },
    });
    const names = new Map<Locale, string>();
    for (const { outcome, amount, reason, offer } of decisions) {
      const organisationIds = [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
      const people = await db().user.findMany({
        where: {
          deletedAt: null,
          organisationMemberships: {
            some: { organisationId: { in: organisationIds }, role: { in: ["OWNER", "EDITOR"] } },
          },
        },
        select: { email: true, name: true, locale: true },
      });
      for (const person of people) {
        const locale: Locale = isLocale(person.locale) ? person.locale : "pl";
        if (!names.has(locale)) names.set(locale, await platformNameIn(locale));
        await queueMail(
          outcomeMail({
            to: person.email,
            recipientName: person.name,
            platformName: names.get(locale)!,
            locale,
            offerId: offer.id,
            title: offer.title,
            competition: offer.competition?.title ?? "",
            outcome,
            amount: amount === null ? null : Number(amount),
            reason,
            acceptanceDueAt: offer.award?.acceptanceDueAt ?? null,
          }),
        );
      }
    }
  } catch (error) {
    log.error("outcome e-mails not queued", { competitionId, error });
  }
}
