import { expect, type Browser, type Page } from "@playwright/test";
import { createConfirmedAccount } from "./accounts-helpers";
import { newClientContext } from "./clients";
import { ADMIN_STATE } from "./two-factor-helpers";

/** A KRS number no other test uses (tests run in parallel against one database). */
export function uniqueKrs(): string {
  return `9${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
}

/** Registers an organisation as the signed-in person, from the account page's button. Returns its name and page URL. */
export async function registerOrganisation(page: Page, name: string, krs = uniqueKrs()) {
  await page.goto("/konto");
  await page.getByRole("link", { name: "Zarejestruj organizację" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rejestracja organizacji");
  await page.getByLabel("Pełna nazwa").fill(name);
  await page.getByLabel("Numer KRS").fill(krs);
  await page.getByLabel("Siedziba (gmina)").selectOption({ label: "Nysa (gmina miejsko-wiejska)" });
  await page.getByLabel("kultury, sztuki, ochrony dóbr kultury i dziedzictwa narodowego").check();
  await page.getByRole("button", { name: "Zarejestruj organizację" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return { name, krs, url: new URL(page.url()).pathname };
}

/** A page of its own, signed in as the demo administrator (the session tests/e2e/auth.setup.ts saved). */
export async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await newClientContext(browser, ADMIN_STATE)).newPage();
  await page.goto("/konto");
  await expect(page.getByText("administrator platformy", { exact: true })).toBeVisible();
  return page;
}

/** A new confirmed account signed in on a page of its own. */
export async function personPage(browser: Browser, name: string): Promise<{ page: Page; email: string }> {
  const page = await (await newClientContext(browser)).newPage();
  const email = await createConfirmedAccount(page, name);
  return { page, email };
}
