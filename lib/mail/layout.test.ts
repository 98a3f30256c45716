import { renderMailLayout } from "@/lib/mail/layout";
import { verifyEmailMail } from "@/lib/mail/templates";

describe("renderMailLayout", () => {
  const content = {
    locale: "pl",
    subject: "Potwierdź <adres>",
    greeting: "Dzień dobry, Anna & Jan!",
    paragraphs: ['Akapit z "cudzysłowem".'],
    action: { label: "Potwierdź", url: "https://ngo.example.org/verify?token=a&b", fallback: "Albo skopiuj:" },
    footer: "Stopka",
  };

  it("escapes every text it puts into HTML", () => {
    const { html } = renderMailLayout(content);
    expect(html).toContain("Potwierdź &lt;adres&gt;");
    expect(html).toContain("Anna &amp; Jan");
    expect(html).toContain("&quot;cudzysłowem&quot;");
    expect(html).toContain('href="https://ngo.example.org/verify?token=a&amp;b"');
    expect(html).not.toContain("<adres>");
  });

  it("marks the language and gives the HTML part a title and a heading", () => {
    const { html } = renderMailLayout(content);
    expect(html).toMatch(/<html lang="pl">/);
    expect(html).toContain("<title>Potwierdź &lt;adres&gt;</title>");
    expect(html).toContain("<h1");
  });

  it("says the same in the plain-text part, with the link written out", () => {
    const { text } = renderMailLayout(content);
    expect(text).toContain("Dzień dobry, Anna & Jan!");
    expect(text).toContain("Potwierdź:\nhttps://ngo.example.org/verify?token=a&b");
    expect(text).toContain("-- \nStopka");
  });
});

describe("verifyEmailMail", () => {
  const base = {
    to: "anna@example.org",
    platformName: "Platforma",
    recipientName: "Anna",
    url: "https://x.example/v/1",
  };

  it.each([
    ["pl", 24, "Potwierdź adres e-mail – Platforma", "ważny przez 24 godziny"],
    ["pl", 1, "Potwierdź adres e-mail – Platforma", "ważny przez 1 godzinę"],
    ["en", 24, "Confirm your e-mail address – Platforma", "valid for 24 hours"],
    ["de", 24, "Bestätigen Sie Ihre E-Mail-Adresse – Platforma", "24 Stunden gültig"],
  ] as const)("is written in %s (%i h)", (locale, validHours, subject, validity) => {
    const mail = verifyEmailMail({ ...base, locale, validHours });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(validity);
    expect(mail.text).toContain(base.url);
    expect(mail.html).toContain(`lang="${locale}"`);
  });
});
