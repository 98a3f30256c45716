// Issue 24, item 6: the lists show their results first. On a desktop the
// search form stands beside the results, so the first result is in the first
// screen; on a phone the form waits in a closed disclosure above them. The
// count and the chosen filters (each a link that removes it) head the results.
// Session 17: a search on a phone closes the form and moves to the results; on
// a desktop a link skips the form's fields.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";

/** The results column: the one that holds the list's count (a status region). */
const results = (page: Page) =>
  page
    .locator("main [role=status]")
    .filter({ hasText: /znaleziono/i })
    .locator("xpath=..");

const LISTS = [
  { name: "the directory", url: "/organizacje" },
  { name: "news", url: "/aktualnosci" },
  { name: "the library", url: "/biblioteka" },
  { name: "consultations", url: "/konsultacje" },
  { name: "forum search", url: "/forum/szukaj?q=seniorow" },
  { name: "partner requests", url: "/partnerstwa" },
  { name: "ideas", url: "/pomysly" },
];

test.describe("at 1280 × 800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const { name, url } of LISTS) {
    test(`${name}: the first result starts in the first screen, beside the search form`, async ({ page }) => {
      await page.goto(url);
      const first = results(page).locator("ol > li").first();
      await expect(first).toBeVisible();
      const box = (await first.boundingBox())!;
      expect(box.y).toBeLessThan(800 - 40);
      // The form is shown (no disclosure to open) and stands to the left of the results.
      const form = page.locator("main").getByRole("search");
      await expect(form).toBeVisible();
      await expect(page.locator("main details summary")).toBeHidden();
      const formBox = (await form.boundingBox())!;
      expect(formBox.x + formBox.width).toBeLessThanOrEqual(box.x);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("a link at the top of the filter column skips its fields to the results", async ({ page }) => {
    await page.goto("/organizacje");
    const skip = page.locator("main").getByRole("link", { name: "Przejdź do wyników" });
    await skip.focus();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#directory-results")).toBeFocused();
  });

  test("each chosen filter is a chip that removes only itself; 'clear all' removes them all", async ({ page }) => {
    await page.goto("/organizacje?gmina=1661011&opp=1&sort=name");
    const chips = page.getByRole("navigation", { name: "Wybrane filtry" });
    await expect(chips.getByRole("link")).toHaveText([/^Gmina siedziby: Opole/, /^tylko OPP/, "Wyczyść wszystkie"]);
    await expect(page.locator("main details summary")).toHaveText("Wyszukiwanie i filtry (wybrano 2)");
    await chips.getByRole("link", { name: "Usuń filtr: Gmina siedziby: Opole" }).click();
    await expect(page).toHaveURL(/\/organizacje\?opp=1&sort=name$/);
    await expect(page.locator("#directory-gmina")).toHaveValue("");
    await expect(chips.getByRole("link")).toHaveText([/^tylko OPP/]);

    // The same on another list, by keyboard: human names, not ids.
    await page.goto("/konsultacje?phase=closed&kind=DOCUMENT&page=1");
    const link = page.getByRole("link", { name: "Usuń filtr: Etap: Zakończone" });
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/konsultacje\?kind=DOCUMENT$/);
    await page.getByRole("link", { name: /^Usuń filtr: / }).click();
    await expect(page).toHaveURL(/\/konsultacje$/);
    await expect(page.getByRole("navigation", { name: "Wybrane filtry" })).toHaveCount(0);
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the filters wait in a closed disclosure above the results and open by keyboard", async ({ page }) => {
    await page.goto("/organizacje?opp=1");
    const summary = page.locator("main details summary");
    const query = page.locator("#directory-q");
    await expect(summary).toHaveText("Wyszukiwanie i filtry (wybrano 1)");
    await expect(query).toBeHidden();
    await expect(results(page).locator("ol > li").first()).toBeInViewport();
    expect(await axeViolations(page)).toEqual([]);
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(query).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(query).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Space");
    await expect(query).toBeHidden();
  });

  test("a search closes the filters and takes the focus to the new results", async ({ page }) => {
    await page.goto("/organizacje");
    await page.locator("main details summary").click();
    await page.locator("#directory-q").fill("fundacja");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/organizacje\?.*q=fundacja/);
    await expect(page.locator("#directory-q")).toBeHidden();
    await expect(page.locator("#directory-results")).toBeFocused();
    await expect(results(page).locator("ol > li").first()).toBeInViewport();
  });
});
