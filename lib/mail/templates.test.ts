import { locales, type Locale } from "@/lib/i18n/locales";
import {
  accountExistsMail,
  addressInUseMail,
  confirmEmailChangeMail,
  emailChangeRequestedMail,
  nominationConsentMail,
  organisationInvitationMail,
  resetPasswordMail,
  verifyEmailMail,
  voteCodeMail,
} from "@/lib/mail/templates";

// The platform's names begin with the word for "platform" in each language.
const PLATFORM: Record<Locale, string> = {
  pl: "Platforma współpracy NGO i samorządów – województwo opolskie",
  en: "NGO and Local Government Platform – Opolskie Voivodeship",
  de: "Plattform für NGOs und Kommunen – Woiwodschaft Opole",
};

function everyMail(locale: Locale) {
  const common = { to: "osoba@example.org", locale, platformName: PLATFORM[locale], recipientName: "Alex" };
  const url = "https://ngo.example.org/x";
  return {
    verifyEmail: verifyEmailMail({ ...common, url, validHours: 24 }),
    accountExists: accountExistsMail(common),
    resetPassword: resetPasswordMail({ ...common, url, validHours: 1 }),
    confirmEmailChange: confirmEmailChangeMail({ ...common, url, validHours: 24 }),
    emailChangeRequested: emailChangeRequestedMail({ ...common, newEmail: "nowy@example.org" }),
    addressInUse: addressInUseMail(common),
    organisationInvitation: organisationInvitationMail({
      ...common,
      url,
      validDays: 14,
      organisation: "Fundacja",
      inviter: "Ola",
      role: "członek",
    }),
    nominationConsent: nominationConsentMail({
      ...common,
      url,
      organisation: "Fundacja",
      election: "Wybory",
      until: new Date("2027-01-10T10:00:00Z"),
    }),
    voteCode: voteCodeMail({
      ...common,
      code: "123456",
      organisation: "Fundacja",
      election: "Wybory",
      validMinutes: 15,
    }),
  };
}

/** The footer: the plain-text part after the signature separator. */
const footerOf = (text: string) => text.split("\n-- \n")[1]!.trim();

describe("mail footers", () => {
  it.each(locales)("never say the word for platform twice in a row (%s)", (locale) => {
    for (const [kind, mail] of Object.entries(everyMail(locale))) {
      expect({
        kind,
        doubled: /\b(platform[a-ząćęłńóśźż]*|plattform[a-z]*) (Platforma|Platform|Plattform)/i.test(mail.text),
      }).toEqual({ kind, doubled: false });
    }
  });

  it.each(locales)("fit each kind of message, so a vote code does not speak of creating an account (%s)", (locale) => {
    const footers = Object.entries(everyMail(locale)).map(([kind, mail]) => ({ kind, footer: footerOf(mail.text) }));
    // Nine kinds, nine different footers, each naming the sender.
    expect(new Set(footers.map((f) => f.footer)).size).toBe(footers.length);
    for (const { footer } of footers) expect(footer).toContain(PLATFORM[locale]);
    const voteCode = footers.find((f) => f.kind === "voteCode")!.footer;
    expect(voteCode).not.toMatch(/konto nie|zakład|create an account|creating an account|Konto angelegt|Anlegen/i);
  });

  it("speaks Polish without assuming the reader's gender", () => {
    for (const mail of Object.values(everyMail("pl")))
      expect(mail.text).not.toMatch(/[a-ząćęłńóśźż]+(łeś|łaś)(?![a-ząćęłńóśźż])/);
    expect(footerOf(everyMail("pl").voteCode.text)).toBe(
      "Wiadomość wysłana automatycznie z serwisu Platforma współpracy NGO i samorządów – województwo opolskie. Dostajesz ją, bo z Twojego konta poproszono o kod do oddania głosu. Kod działa tylko z Twoim kontem.",
    );
  });
});
