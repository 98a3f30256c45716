import { expect, type Page } from "@playwright/test";

export const testPassword = "zielona łąka nad Odrą";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/logowanie");
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
}

/** A new account of its own for a test that changes it, confirmed through the development mailbox, and signed in. */
export async function createConfirmedAccount(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@example.org`;
  await page.goto("/rejestracja");
  await page.getByLabel("Imię i nazwisko").fill(name);
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Hasło").fill(testPassword);
  await page.getByLabel(/Akceptuję regulamin platformy/).check();
  await page.getByLabel(/Potwierdzam zapoznanie się/).check();
  await page.getByRole("button", { name: "Załóż konto" }).click();
  await expect(page.getByRole("heading", { name: "Sprawdź skrzynkę e-mail" })).toBeVisible();
  await page.goto("/dev/mailbox");
  await page
    .getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) })
    .getByRole("link")
    .click();
  const href = await page.getByRole("link", { name: /\/potwierdz-adres\?token=/ }).getAttribute("href");
  const url = new URL(href!);
  await page.goto(url.pathname + url.search);
  await page.getByRole("button", { name: "Potwierdź adres e-mail" }).click();
  // Confirming the address signs the person in.
  await expect(page).toHaveURL(/\/konto\?welcome=1$/);
  return email;
}
