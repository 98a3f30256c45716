import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { urlFor } from "./pages";

const expectations = {
  pl: {
    title: "Deklaracja dostępności · Platforma współpracy NGO i samorządów – województwo opolskie",
    month: /listopada|grudnia|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października/,
  },
  en: {
    title: "Accessibility statement · NGO and Local Government Platform – Opolskie Voivodeship",
    month: /January|February|March|April|May|June|July|August|September|October|November|December/,
  },
  de: {
    title: "Erklärung zur Barrierefreiheit · Plattform für NGOs und Kommunen – Woiwodschaft Opolskie",
    month: /Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember/,
  },
} as const;

for (const [locale, expected] of Object.entries(expectations) as [
  keyof typeof expectations,
  (typeof expectations)["pl"],
][]) {
  test(`the accessibility statement in ${locale}: lang, title, dates and the official element ids`, async ({
    page,
  }) => {
    await page.goto(urlFor("/accessibility", locale));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveTitle(expected.title);
    for (const id of [
      "a11y-wstep",
      "a11y-podmiot",
      "a11y-zakres",
      "a11y-url",
      "a11y-data-publikacja",
      "a11y-data-aktualizacja",
      "a11y-status",
      "a11y-kontakt",
      "a11y-email",
      "a11y-telefon",
      "a11y-procedura",
      "a11y-data-sporzadzenie",
      "a11y-architektura",
      "a11y-komunikacja",
    ]) {
      await expect(page.locator(`#${id}`), id).toHaveCount(1);
    }
    const published = page.locator("#a11y-data-publikacja time");
    await expect(published).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(published).toHaveText(expected.month);
    await expect(page.locator("#a11y-podmiot")).toHaveText(
      "Urząd Marszałkowski Województwa Opolskiego (instancja demonstracyjna)",
    );
  });
}

// Other tests register organisations meanwhile, so the count is read from the
// page and its word checked against the language's plural rules.
const organisationWords = {
  pl: { one: "organizacja", few: "organizacje", many: "organizacji", other: "organizacji" },
  en: { one: "organisation", other: "organisations" },
  de: { one: "Organisation", other: "Organisationen" },
} as const;

test("counts use each language's plural forms", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("71 gmin", { exact: true })).toBeVisible();
  for (const [locale, path] of [
    ["pl", "/"],
    ["en", "/en"],
    ["de", "/de"],
  ] as const) {
    await page.goto(path);
    const words = organisationWords[locale] as Record<string, string>;
    const shown = await page
      .getByText(new RegExp(`^\\d+ (${Object.values(words).join("|")})$`))
      .first()
      .innerText();
    const count = Number(shown.split(" ")[0]);
    expect(count).toBeGreaterThanOrEqual(13);
    expect(shown).toBe(`${count} ${words[new Intl.PluralRules(locale).select(count)]}`);
  }
});

test("the demo says it is a demo, and shows its living data", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("To jest instancja demonstracyjna.")).toBeVisible();
  // Only verified organisations are listed (issue 18): the demo's four, and up to six if other tests verified more.
  const recent = page.getByRole("region", { name: "Organizacje, które ostatnio dołączyły" });
  await expect(recent.getByRole("heading", { level: 3 }).first()).toBeVisible();
  const shown = await recent.getByRole("heading", { level: 3 }).count();
  expect(shown).toBeGreaterThanOrEqual(4);
  expect(shown).toBeLessThanOrEqual(6);
  await expect(recent.getByText("Zweryfikowana", { exact: true })).toHaveCount(shown);
  await expect(recent.getByText("Jeszcze niezweryfikowana", { exact: true })).toHaveCount(0);
  await expect(
    page.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego", exact: true }),
  ).toBeVisible();
  await page.goto("/organizacje/forum-praw-obywatelskich");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fundacja Praw Obywatelskich „Forum”");
  await expect(page.getByText("Zweryfikowana", { exact: true })).toBeVisible();
});

test("an unknown address answers 404 in the visitor's language", async ({ page }) => {
  const response = await page.goto("/de/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
});

test("English and German pages of what users wrote in Polish say so, and mark it as Polish", async ({ page }) => {
  const consultation = "program-wspolpracy-wojewodztwa-opolskiego-2027";
  await page.goto(`/en/consultations/${consultation}`);
  await expect(page.getByText("This document is in Polish.")).toBeVisible();
  // British dates, and a deadline at the end of a day, not at the minute the demo was seeded.
  await expect(page.getByText(/Remarks can be made until \d{1,2} [A-Z][a-z]+ \d{4}, 23:59/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "pl");
  await page.goto(`/de/konsultationen/${consultation}`);
  await expect(page.getByText("Dieses Dokument ist auf Polnisch.")).toBeVisible();
  await page.goto(`/konsultacje/${consultation}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Ten dokument jest po polsku.")).toHaveCount(0);

  await page.goto("/en/news");
  await page
    .getByRole("link", { name: "Otwarty konkurs ofert na 2027 rok: nabór wniosków", exact: true })
    .first()
    .click();
  await expect(page.getByText("This article is in Polish.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "pl");

  await page.goto("/en/library");
  await page
    .getByRole("link", { name: "Standard konsultacji społecznych w województwie opolskim", exact: true })
    .click();
  await expect(page.getByText("This document is in Polish.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "pl");

  await page.goto("/en/forum");
  await page.getByRole("link", { name: "Announcements and cooperation" }).click();
  await page.getByRole("link", { name: "Szukam wolontariatu przy pracy z seniorami w Opolu", exact: true }).click();
  await expect(page.getByText("This discussion is in Polish.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "pl");
  expect(await axeViolations(page)).toEqual([]);
});
