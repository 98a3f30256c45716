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

test("counts use each language's plural forms", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("13 organizacji")).toBeVisible();
  await expect(page.getByText("71 gmin", { exact: true })).toBeVisible();
  await page.goto("/en");
  await expect(page.getByText("13 organisations")).toBeVisible();
  await page.goto("/de");
  await expect(page.getByText("13 Organisationen")).toBeVisible();
});

test("the demo says it is a demo, and shows its living data", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("To jest instancja demonstracyjna.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fundacja Praw Obywatelskich „Forum”" })).toBeVisible();
  await expect(page.getByText("Urząd Marszałkowski Województwa Opolskiego", { exact: true })).toBeVisible();
});

test("an unknown address answers 404 in the visitor's language", async ({ page }) => {
  const response = await page.goto("/de/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
});
