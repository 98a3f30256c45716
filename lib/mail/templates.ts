// The platform's messages, each written in the recipient's language from the
// `mail` namespace of the message catalogues.
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { renderMailLayout } from "@/lib/mail/layout";
import type { OutgoingMail } from "@/lib/mail/transport";

interface Common {
  to: string;
  locale: Locale;
  platformName: string;
  recipientName: string;
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "mail" });
}

export function verifyEmailMail({ to, locale, platformName, recipientName, url, validHours }: Common & { url: string; validHours: number }): OutgoingMail {
  const t = translator(locale);
  const subject = t("verifyEmail.subject", { platform: platformName });
  return {
    to,
    subject,
    ...renderMailLayout({
      locale,
      subject,
      greeting: t("greeting", { name: recipientName }),
      paragraphs: [t("verifyEmail.intro", { platform: platformName }), t("verifyEmail.validity", { hours: validHours })],
      action: { label: t("verifyEmail.action"), url, fallback: t("linkFallback") },
      footer: t("footer", { platform: platformName }),
    }),
  };
}

export function accountExistsMail({ to, locale, platformName, recipientName }: Common): OutgoingMail {
  const t = translator(locale);
  const subject = t("accountExists.subject", { platform: platformName });
  return {
    to,
    subject,
    ...renderMailLayout({
      locale,
      subject,
      greeting: t("greeting", { name: recipientName }),
      paragraphs: [t("accountExists.intro", { platform: platformName }), t("accountExists.next")],
      footer: t("footer", { platform: platformName }),
    }),
  };
}

export function resetPasswordMail({ to, locale, platformName, recipientName, url, validHours }: Common & { url: string; validHours: number }): OutgoingMail {
  const t = translator(locale);
  const subject = t("resetPassword.subject", { platform: platformName });
  return {
    to,
    subject,
    ...renderMailLayout({
      locale,
      subject,
      greeting: t("greeting", { name: recipientName }),
      paragraphs: [t("resetPassword.intro", { platform: platformName }), t("resetPassword.validity", { hours: validHours }), t("resetPassword.notYou")],
      action: { label: t("resetPassword.action"), url, fallback: t("linkFallback") },
      footer: t("footer", { platform: platformName }),
    }),
  };
}

export function confirmEmailChangeMail({ to, locale, platformName, recipientName, url, validHours }: Common & { url: string; validHours: number }): OutgoingMail {
  const t = translator(locale);
  const subject = t("confirmEmailChange.subject", { platform: platformName });
  return {
    to,
    subject,
    ...renderMailLayout({
      locale,
      subject,
      greeting: t("greeting", { name: recipientName }),
      paragraphs: [t("confirmEmailChange.intro", { platform: platformName }), t("confirmEmailChange.validity", { hours: validHours })],
      action: { label: t("confirmEmailChange.action"), url, fallback: t("linkFallback") },
      footer: t("footer", { platform: platformName }),
    }),
  };
}

export function emailChangeRequestedMail({ to, locale, platformName, recipientName, newEmail }: Common & { newEmail: string }): OutgoingMail {
  const t = translator(locale);
  const subject = t("emailChangeRequested.subject", { platform: platformName });
  return {
    to,
    subject,
    ...renderMailLayout({
      locale,
      subject,
      greeting: t("greeting", { name: recipientName }),
      paragraphs: [t("emailChangeRequested.intro", { newEmail }), t("emailChangeRequested.notYou")],
      footer: t("footer", { platform: platformName }),
    }),
  };
}

export function addressInUseMail({ to, locale, platformName, recipientName }: Common): OutgoingMail {
  const t = translator(locale);
  const subject = t("addressInUse.subject", { platform: platformName });
  return {
    to,
    subject,
    ...renderMailLayout({
      locale,
      subject,
      greeting: t("greeting", { name: recipientName }),
      paragraphs: [t("addressInUse.intro", { platform: platformName })],
      footer: t("footer", { platform: platformName }),
    }),
  };
}
