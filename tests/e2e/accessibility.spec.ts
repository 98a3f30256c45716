import { expect, test } from "@playwright/test";
import { locales } from "@/lib/i18n/locales";
import { axeViolations } from "./axe";
import { allPages } from "./pages";

for (const { locale, url } of allPages) {
  test(`axe finds nothing on ${url} (${locale})`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const locale of locales) {
  const url = locale === "pl" ? "/nie-ma-takiej-strony" : `/${locale}/no-such-page`;
  test(`axe finds nothing on the not-found page (${locale})`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    expect(await axeViolations(page)).toEqual([]);
    // The page as sent says what happened in its title, not only the platform's name (WCAG 2.4.2).
    const title = { pl: "Nie znaleziono strony", en: "Page not found", de: "Seite nicht gefunden" }[locale];
    const html = await response!.text();
    expect(html).toMatch(new RegExp(`<title>${title} · [^<]+</title>`));
    // Sent whole, in its language, not as Next.js's empty error shell drawn by scripts (lib/http/not-found-document.ts).
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${locale}"`));
    expect(html).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a page that is not there says so, in the address's language, with the platform around it", async ({ page }) => {
    for (const [url, heading, lang] of [
      ["/organizacje/nie-ma-takiej-organizacji", "Nie znaleziono strony", "pl"],
      ["/de/forum/themen/00000000-0000-0000-0000-000000000000", "Seite nicht gefunden", "de"],
      ["/en/no-such-page", "Page not found", "en"],
    ] as const) {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("banner")).toBeVisible();
    }
  });
});

test.describe("at 320 px width (reflow, WCAG 1.4.10)", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const { url } of allPages.filter((p) => p.locale !== "en")) {
    test(`${url} needs no horizontal scrolling and passes axe`, async ({ page }) => {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test("text zoomed to 200% stays readable without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/deklaracja-dostepnosci");
  // 200% zoom of a 1280 px window lays the page out as a 640 px one at double size.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
