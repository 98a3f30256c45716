import { expect, test } from "@playwright/test";
import { signIn } from "./accounts-helpers";
import { axeViolations } from "./axe";

test("an administrator browses and filters the audit log", async ({ page }) => {
  await signIn(page, "admin@demo.example.org", "demo-admin");
  await expect(page).toHaveURL(/\/konto$/);
  await page.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Dziennik zdarzeń" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dziennik zdarzeń");
  await expect(page.getByRole("row").filter({ hasText: "Zalogowanie" }).filter({ hasText: "admin@demo.example.org" }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel("Zdarzenie").selectOption({ label: "Zalogowanie" });
  await page.getByLabel("Osoba (imię, nazwisko lub e-mail)").fill("admin@demo");
  await page.getByRole("button", { name: "Filtruj" }).click();
  await expect(page).toHaveURL(/action=account\.signed_in/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Zalogowanie");
  expect(await rows.filter({ hasText: "Nieudane logowanie" }).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test("the audit log is hidden from other roles and sends visitors to sign in", async ({ page }) => {
  await page.goto("/administracja/dziennik-zdarzen");
  await expect(page).toHaveURL(/\/logowanie$/);
  await signIn(page, "mieszkaniec@demo.example.org", "demo-mieszkaniec");
  await expect(page).toHaveURL(/\/konto$/);
  await expect(page.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Dziennik zdarzeń" })).toHaveCount(0);
  const response = await page.goto("/administracja/dziennik-zdarzen");
  expect(response?.status()).toBe(404);
});
