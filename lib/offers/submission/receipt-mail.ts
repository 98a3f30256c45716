// The receipt of a submission, e-mailed to the person who submitted whatever
// their notification settings: it is their proof of what was sent and when
// (the checksum printed on every page of the PDF), not a notice they chose.
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getPathname } from "@/lib/i18n/navigation";
import { renderMailLayout } from "@/lib/mail/layout";
import type { OutgoingMail } from "@/lib/mail/transport";

export type ReceiptFacts = {
  to: string;
  recipientName: string;
  platformName: string;
  locale: Locale;
  offerId: string;
  title: string;
  competition: string;
  number: number;
  checksum: string;
  shortChecksum: string;
  submittedAt: Date;
};

export function submissionReceiptMail(facts: ReceiptFacts): OutgoingMail {
  const t = createTranslator({
    locale: facts.locale,
    messages: messagesFor(facts.locale),
    namespace: "offerSubmission.receipt",
  });
  const mail = createTranslator({ locale: facts.locale, messages: messagesFor(facts.locale), namespace: "mail" });
  const subject = t("subject", { title: facts.title });
  const url = new URL(
    getPathname({
      href: { pathname: "/offers/[id]/confirmation", params: { id: facts.offerId } },
      locale: facts.locale,
    }),
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
        t("intro", {
          title: facts.title,
          competition: facts.competition,
          time: longDateTime(dateTimeFormatter(facts.locale), facts.submittedAt),
        }),
        t("version", { number: facts.number, short: facts.shortChecksum }),
        t("checksum", { checksum: facts.checksum }),
        t("next"),
      ],
      action: { label: t("action"), url, fallback: mail("linkFallback") },
      footer: `${mail("sentBy", { platform: facts.platformName })} ${t("footer")}`,
    }),
  };
}
