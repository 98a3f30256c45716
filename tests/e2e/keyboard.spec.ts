import { expect, test, type Page } from "@playwright/test";

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

  await tabTo(page, "Sfery pożytku publicznego");
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sfery-pozytku-publicznego$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sfery pożytku publicznego");
  await expect(page.getByRole("link", { name: "Sfery pożytku publicznego" }).first()).toHaveAttribute("aria-current", "page");

  await tabTo(page, "English");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/public-benefit-spheres$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public-benefit spheres");

  await tabTo(page, "Deutsch");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/de\/gemeinwohlbereiche$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  await tabTo(page, "Kontakt");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/de\/kontakt$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakt");

  await tabTo(page, "polski");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/:\d+\/kontakt$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
});

test("the footer's legal links are reachable by keyboard", async ({ page }) => {
  await page.goto("/en");
  await tabTo(page, "Accessibility statement", 40);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/accessibility-statement$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
});
