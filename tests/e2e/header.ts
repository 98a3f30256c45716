import type { Locator, Page } from "@playwright/test";

/**
 * The header's account area with its menu open (issue 24): a signed-in
 * person's links (administration, own writing, settings) and signing out are
 * in the menu behind "Moje konto".
 */
export async function accountMenu(page: Page): Promise<Locator> {
  const nav = page.getByRole("navigation", { name: "Konto" });
  const button = nav.getByRole("button", { name: "Moje konto" });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  return nav;
}
