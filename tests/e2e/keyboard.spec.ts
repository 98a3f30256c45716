import { expect, test, type Page } from "@playwright/test";
import { personPage, uniqueKrs } from "./organisations-helpers";

/** Presses Tab until the focused element's accessible text matches, or fails. */
async function tabTo(page: Page, name: string | RegExp, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (typeof name === "string" ? text === name : name.test(text)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  });
}

test("the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Przejdź do treści głównej" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("keyboard alone walks the navigation and the language switcher", async ({ page }) => {
  await page.goto("/");

  await tabTo(page, "Konsultacje");
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/konsultacje$/);
  const mainMenu = page.getByRole("navigation", { name: "Menu główne" });
  await expect(mainMenu.getByRole("link", { name: "Konsultacje" })).toHaveAttribute("aria-current", "page");

  // The areas the row has no room for are under "Więcej": Enter opens it, Tab goes on into it.
  await tabTo(page, /^Więcej/);
  await page.keyboard.press("Enter");
  await tabTo(page, "Biblioteka");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/biblioteka$/);

  // In the header's one row each language shows its code, and is named in its own language.
  await tabTo(page, /English$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/library$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await tabTo(page, /Deutsch$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/de\/bibliothek$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("the footer's legal links are reachable by keyboard", async ({ page }) => {
  await page.goto("/en");
  // Past the header, the skip link's target and the home page's noticeboard (six blocks of up to five links each) and lists.
  await tabTo(page, "Accessibility statement", 160);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/accessibility-statement$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
});

/** Presses Tab until the element with this id has focus, or fails. */
async function tabToId(page: Page, id: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

test("an organisation is registered, and a join request sent, by keyboard alone", async ({ browser }) => {
  test.setTimeout(90_000);
  const { page } = await personPage(browser, "Kamil Klawiaturowy");
  await page.goto("/organizacje/zarejestruj");

  // Submitting the empty form: the error summary takes focus, and its first link leads to the field.
  await tabTo(page, "Zarejestruj organizację", 80);
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: "Popraw" });
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("#org-name")).toBeFocused();

  const name = `Stowarzyszenie Klawiszy ${uniqueKrs()}`;
  await page.keyboard.type(name);
  await tabToId(page, "org-krs");
  await page.keyboard.type(uniqueKrs());
  await tabToId(page, "org-seat");
  // A native select is the browser's own keyboard widget, whose headless popup
  // does not take arrow keys as a desktop one does; focus stays on it meanwhile.
  await page.locator("#org-seat").selectOption("1607053");
  await expect(page.locator("#org-seat")).toBeFocused();
  await tabToId(page, "org-spheres");
  await page.keyboard.press("Space");
  await expect(page.locator("#org-spheres")).toBeChecked();
  await tabTo(page, "Zarejestruj organizację", 60);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const organisationUrl = page.url();

  const { page: other } = await personPage(browser, "Ola Klawiszowa");
  await other.goto(organisationUrl);
  await tabToId(other, "organisation-request-message", 80);
  await other.keyboard.type("Chcę pomagać.");
  await tabTo(other, "Poproś o dołączenie");
  await other.keyboard.press("Enter");
  await expect(other.getByText("Twoja prośba o dołączenie czeka na decyzję właścicieli.")).toBeVisible();
});
