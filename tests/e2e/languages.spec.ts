import { expect, test } from "@playwright/test";
import { urlFor } from "./pages";

const expectations = {
  pl: { title: "Deklaracja dostępności – Platforma współpracy NGO i samorządów – województwo opolskie", month: /listopada|grudnia|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października/ },
  en: { title: "Accessibility statement – NGO and Local Government Platform – Opolskie Voivodeship", month: /January|February|March|April|May|June|July|August|September|October|November|December/ },
  de: { title: "Erklärung zur Barrierefreiheit – Plattform für NGOs und Kommunen – Woiwodschaft Opolskie", month: /Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember/ },
} as const;

for (const [locale, expected] of Object.entries(expectations) as [keyof typeof expectations, (typeof expectations)["pl"]][]) {
  test(`the accessibility statement in ${locale}: lang, title, dates and the official element ids`, async ({ page }) => {
    await page.goto(urlFor("/accessibility", locale));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveTitle(expected.title);
    for (const id of [
      "a11y-wstep", "a11y-podmiot", "a11y-zakres", "a11y-url", "a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-status",
      "a11y-kontakt", "a11y-email", "a11y-telefon", "a11y-procedura", "a11y-data-sporzadzenie", "a11y-architektura", "a11y-komunikacja",
    ]) {
      await expect(page.locator(`#${id}`), id).toHaveCount(1);
    }
    const published = page.locator("#a11y-data-publikacja time");
    await expect(published).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(published).toHaveText(expected.month);
    await expect(page.locator("#a11y-podmiot")).toHaveText("Urząd Marszałkowski Województwa Opolskiego (instancja demonstracyjna)");
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
  for (const [locale, path] of [["pl", "/"], ["en", "/en"], ["de", "/de"]] as const) {
    await page.goto(path);
    const words = organisationWords[locale] as Record<string, string>;
    const shown = await page.getByText(new RegExp(`^\\d+ (${Object.values(words).join("|")})$`)).first().innerText();
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
  await expect(page.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego", exact: true })).toBeVisible();
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
