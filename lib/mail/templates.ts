// The platform's messages, each written in the recipient's language from the
// `mail` namespace of the message catalogues. Every message has a subject, a
// greeting, paragraphs, an optional action link and a footer: who sent it,
// then why this person gets this kind of message (a vote code is not a
// sign-up, so "if you did not create an account" would mislead).
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { renderMailLayout } from "@/lib/mail/layout";
import type { OutgoingMail } from "@/lib/mail/transport";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import { sharedIntl } from "@/lib/i18n/shared-intl";

interface Common {
  to: string;
  locale: Locale;
  platformName: string;
  recipientName: string;
}

type Translator = ReturnType<typeof translator>;
type MailKind =
  | "verifyEmail"
  | "accountExists"
  | "signUpRepeated"
  | "signInThrottled"
  | "resetPassword"
  | "confirmEmailChange"
  | "emailChangeRequested"
  | "addressInUse"
  | "organisationInvitation"
  | "nominationConsent"
  | "voteCode";

/** The kinds whose message carries an action link (`mail.<kind>.action`). */
type KindWithAction = {
  [Kind in MailKind]: Messages["mail"][Kind] extends { action: string } ? Kind : never;
}[MailKind];

function translator(locale: Locale) {
  return createTranslator({ ...sharedIntl, locale, messages: messagesFor(locale), namespace: "mail" });
}

/** The sender, then the reason this kind of message reaches the person (`mail.footers`, one per kind). */
export function mailFooter(t: Translator, kind: MailKind | "notification", platform: string): string {
  return `${t("sentBy", { platform })} ${t(`footers.${kind}`)}`;
}

function compose(
  common: Common,
  kind: KindWithAction,
  paragraphs: (t: Translator) => string[],
  actionUrl: string,
): OutgoingMail;
function compose(common: Common, kind: MailKind, paragraphs: (t: Translator) => string[]): OutgoingMail;
function compose(
  common: Common,
  kind: MailKind,
  paragraphs: (t: Translator) => string[],
  actionUrl?: string,
): OutgoingMail {
  const t = translator(common.locale);
  const subject = t(`${kind}.subject`, { platform: common.platformName });
  return {
    to: common.to,
    subject,
    ...renderMailLayout({
      locale: common.locale,
      subject,
      greeting: t("greeting", { name: common.recipientName }),
      paragraphs: paragraphs(t),
      action: actionUrl
        ? // The overloads give a link only to kinds whose message has an action.
          { label: t(`${kind as KindWithAction}.action`), url: actionUrl, fallback: t("linkFallback") }
        : undefined,
      footer: mailFooter(t, kind, common.platformName),
    }),
  };
}

export const verifyEmailMail = ({ url, validHours, ...common }: Common & { url: string; validHours: number }) =>
  compose(
    common,
    "verifyEmail",
    (t) => [
      t("verifyEmail.intro", { platform: common.platformName }),
      t("verifyEmail.validity", { hours: validHours }),
    ],
    url,
  );

export const accountExistsMail = (common: Common) =>
  compose(common, "accountExists", (t) => [
    t("accountExists.intro", { platform: common.platformName }),
    t("accountExists.next"),
  ]);

/**
 * To an address signed up for again before its account was confirmed: nothing
 * of the account changed, and only this mail's link confirms it now, together
 * with a new password (lib/accounts/sign-up.ts signUpAgain).
 */
export const signUpRepeatedMail = ({ url, validHours, ...common }: Common & { url: string; validHours: number }) =>
  compose(
    common,
    "signUpRepeated",
    (t) => [
      t("signUpRepeated.intro", { platform: common.platformName }),
      t("signUpRepeated.next"),
      t("signUpRepeated.validity", { hours: validHours }),
    ],
    url,
  );

/** To an account's owner when failed sign-ins pause those from elsewhere, with a reset link that ends the pause (lib/accounts/sign-in-throttle.ts). */
export const signInThrottledMail = ({
  minutes,
  url,
  validHours,
  ...common
}: Common & { minutes: number; url: string; validHours: number }) =>
  compose(
    common,
    "signInThrottled",
    (t) => [
      t("signInThrottled.intro", { platform: common.platformName }),
      t("signInThrottled.paused", { minutes }),
      t("signInThrottled.unlock"),
      t("signInThrottled.validity", { hours: validHours }),
      t("signInThrottled.notYou"),
    ],
    url,
  );

export const resetPasswordMail = ({ url, validHours, ...common }: Common & { url: string; validHours: number }) =>
  compose(
    common,
    "resetPassword",
    (t) => [
      t("resetPassword.intro", { platform: common.platformName }),
      t("resetPassword.validity", { hours: validHours }),
      t("resetPassword.notYou"),
    ],
    url,
  );

export const confirmEmailChangeMail = ({ url, validHours, ...common }: Common & { url: string; validHours: number }) =>
  compose(
    common,
    "confirmEmailChange",
    (t) => [
      t("confirmEmailChange.intro", { platform: common.platformName }),
      t("confirmEmailChange.validity", { hours: validHours }),
    ],
    url,
  );

export const emailChangeRequestedMail = ({ newEmail, ...common }: Common & { newEmail: string }) =>
  compose(common, "emailChangeRequested", (t) => [
    t("emailChangeRequested.intro", { newEmail }),
    t("emailChangeRequested.notYou"),
  ]);

export const addressInUseMail = (common: Common) =>
  compose(common, "addressInUse", (t) => [t("addressInUse.intro", { platform: common.platformName })]);

export const organisationInvitationMail = ({
  url,
  validDays,
  organisation,
  inviter,
  role,
  ...common
}: Common & { url: string; validDays: number; organisation: string; inviter: string; role: string }) =>
  compose(
    common,
    "organisationInvitation",
    (t) => [
      t("organisationInvitation.intro", { inviter, organisation, role, platform: common.platformName }),
      t("organisationInvitation.validity", { days: validDays }),
    ],
    url,
  );

/** To a nominated candidate: who nominated them, for which election, and the single-use link to consent or refuse. */
export const nominationConsentMail = ({
  url,
  organisation,
  election,
  until,
  ...common
}: Common & { url: string; organisation: string; election: string; until: Date }) =>
  compose(
    common,
    "nominationConsent",
    (t) => [
      t("nominationConsent.intro", { organisation, election }),
      t("nominationConsent.consent"),
      t("nominationConsent.until", {
        until: longDateTime(dateTimeFormatter(common.locale), until),
      }),
    ],
    url,
  );

/** The one-time code that confirms an organisation's ballot. */
export const voteCodeMail = ({
  code,
  organisation,
  election,
  validMinutes,
  ...common
}: Common & { code: string; organisation: string; election: string; validMinutes: number }) =>
  compose(common, "voteCode", (t) => [
    t("voteCode.intro", { organisation, election }),
    t("voteCode.code", { code }),
    t("voteCode.validity", { minutes: validMinutes }),
    t("voteCode.notYou"),
  ]);
