// The request for a correction, e-mailed to the owners and editors of every
// applicant of the offer whatever their notification settings (design §7.1):
// it sets a deadline after which the offer is decided as it stands, so it is
// not a notice they may have switched off. Sent after the request committed;
// a failure to queue is logged and never undoes the request.
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
import { platformNameIn } from "@/lib/settings/platform-name";

export type CorrectionMailFacts = {
  to: string;
  recipientName: string;
  platformName: string;
  locale: Locale;
  offerId: string;
  title: string;
  competition: string;
  dueAt: Date;
  message: string;
};

export function correctionRequestMail(facts: CorrectionMailFacts): OutgoingMail {
  const messages = messagesFor(facts.locale);
  const t = createTranslator({ locale: facts.locale, messages, namespace: "offerCorrection.mail" });
  const mail = createTranslator({ locale: facts.locale, messages, namespace: "mail" });
  const subject = t("subject", { title: facts.title });
  const url = new URL(
    getPathname({ href: { pathname: "/offers/[id]/correction", params: { id: facts.offerId } }, locale: facts.locale }),
    env().APP_URL,
  ).toString();
  return {
    to: facts.to,
    subject,
    ...renderMailLayout({
      locale: facts.locale,
      subject,
      greeting: mail("greeting", { name: facts.recipientName }),
      paragraphs: [
        t("intro", { title: facts.title, competition: facts.competition }),
        t("due", { time: longDateTime(dateTimeFormatter(facts.locale), facts.dueAt) }),
        facts.message,
      ],
      action: { label: t("action"), url, fallback: mail("linkFallback") },
      footer: `${mail("sentBy", { platform: facts.platformName })} ${t("footer")}`,
    }),
  };
}

/** Queues the mail to each owner and editor of the offer's applicants (the lead and accepted co-applicants). */
export async function mailCorrectionRequest(offerId: string, dueAt: Date, message: string): Promise<void> {
  try {
    const offer = await db().offer.findUniqueOrThrow({
      where: { id: offerId },
      select: {
        title: true,
        leadOrganisationId: true,
        coApplicants: { where: { acceptedAt: { not: null } }, select: { organisationId: true } },
        competition: { select: { title: true } },
      },
    });
    const organisations = [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
    const people = await db().user.findMany({
      where: {
        deletedAt: null,
        organisationMemberships: { some: { organisationId: { in: organisations }, role: { in: ["OWNER", "EDITOR"] } } },
      },
      select: { email: true, name: true, locale: true },
    });
    for (const person of people) {
      const locale: Locale = isLocale(person.locale) ? person.locale : "pl";
      await queueMail(
        correctionRequestMail({
          to: person.email,
          recipientName: person.name,
          platformName: await platformNameIn(locale),
          locale,
          offerId,
          title: offer.title,
          competition: offer.competition?.title ?? "",
          dueAt,
          message,
        }),
      );
    }
  } catch (error) {
    log.error("correction request mail not queued", { offerId, error });
  }
}
