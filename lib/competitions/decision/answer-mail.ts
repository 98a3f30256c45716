// The office's answer to a request for the reasons that came on paper or by
// e-mail (no account to notify): sent to the address the official recorded,
// in Polish, the language of the office's correspondence.
import { createTranslator } from "next-intl";
import { messagesFor } from "@/lib/i18n/messages";
import { renderMailLayout } from "@/lib/mail/layout";
import type { OutgoingMail } from "@/lib/mail/transport";

export type AnswerFacts = {
  to: string;
  recipientName: string;
  platformName: string;
  competition: string;
  request: string;
  answer: string;
};

export function answerMail(facts: AnswerFacts): OutgoingMail {
  const messages = messagesFor("pl");
  const t = createTranslator({ locale: "pl", messages, namespace: "competitionDecision.answerMail" });
  const mail = createTranslator({ locale: "pl", messages, namespace: "mail" });
  const subject = t("subject", { competition: facts.competition });
  return {
    to: facts.to,
    subject,
    ...renderMailLayout({
      locale: "pl",
      subject,
      greeting: mail("greeting", { name: facts.recipientName }),
      paragraphs: [
        t("intro", { competition: facts.competition }),
        t("request", { request: facts.request }),
        t("answer", { answer: facts.answer }),
      ],
      footer: mail("sentBy", { platform: facts.platformName }),
    }),
  };
}
