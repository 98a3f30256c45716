import { expect, test } from "@playwright/test";
import { createConfirmedAccount, signIn, testPassword } from "./accounts-helpers";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { adminPage } from "./organisations-helpers";
import { MODERATOR_STATE } from "./two-factor-helpers";
import { accountMenu } from "./header";

test("an administrator browses and filters the audit log", async ({ browser }) => {
  const page = await adminPage(browser);
  await (await accountMenu(page)).getByRole("link", { name: "Dziennik zdarzeń", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dziennik zdarzeń");
  await expect(
    page.getByRole("row").filter({ hasText: "Zalogowanie" }).filter({ hasText: "admin@demo.example.org" }).first(),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("combobox", { name: "Zdarzenie" }).selectOption({ label: "Zalogowanie" });
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
  await expect(page).toHaveURL(/\/logowanie\?next=%2Fadministracja%2Fdziennik-zdarzen$/);
  await signIn(page, "mieszkaniec@demo.example.org", "demo-mieszkaniec");
  await expect(page).toHaveURL(/\/konto$/);
  await expect((await accountMenu(page)).getByRole("link", { name: "Dziennik zdarzeń", exact: true })).toHaveCount(0);
  const response = await page.goto("/administracja/dziennik-zdarzen");
  expect(response?.status()).toBe(404);
});

test("an administrator blocks an account, which is signed out at once, and unblocks it", async ({ browser }) => {
  const personContext = await newClientContext(browser);
  const personPage = await personContext.newPage();
  const email = await createConfirmedAccount(personPage, "Bartek Blokowany");

  const page = await adminPage(browser);
  await (await accountMenu(page)).getByRole("link", { name: "Osoby", exact: true }).click();
  await page.getByLabel("Szukaj (imię, nazwisko lub e-mail)").fill(email);
  await page.getByRole("button", { name: "Szukaj", exact: true }).click();
  await page.getByRole("link", { name: "Bartek Blokowany" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bartek Blokowany");
  expect(await axeViolations(page)).toEqual([]);

  const block = page.getByRole("region", { name: "Blokada konta" });
  await block.getByRole("button", { name: "Zablokuj konto" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Formularz zawiera 1 błąd" })).toBeFocused();
  await block.getByLabel("Powód blokady").fill("Publikowanie reklam zamiast uwag");
  await block.getByRole("button", { name: "Zablokuj konto" }).click();
  await expect(block.getByRole("status")).toHaveText("Zapisano.");

  // The person's open session ends at once.
  await personPage.goto("/konto");
  await expect(personPage).toHaveURL(/\/logowanie\?next=%2Fkonto$/);
  await signIn(personPage, email, testPassword);
  await expect(personPage.getByRole("alert").filter({ hasText: "Nie udało się zalogować" })).toContainText(
    "To konto zostało zablokowane.",
  );

  await page.reload();
  await page.getByRole("region", { name: "Blokada konta" }).getByRole("button", { name: "Odblokuj konto" }).click();
  await expect(page.getByRole("region", { name: "Blokada konta" }).getByRole("status")).toHaveText("Zapisano.");
  await signIn(personPage, email, testPassword);
  await expect(personPage).toHaveURL(/\/konto$/);
  await personContext.close();
});

test("an administrator sees the background jobs, and nobody else does", async ({ browser }) => {
  const admin = await adminPage(browser);
  await (await accountMenu(admin)).getByRole("link", { name: "Zadania", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Zadania w tle");
  await expect(
    admin
      .getByRole("table", { name: "Liczba zadań według kolejki i stanu" })
      .getByRole("rowheader", { name: "wysyłka e-maili" }),
  ).toBeVisible();
  expect(await axeViolations(admin)).toEqual([]);

  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  expect((await moderator.goto("/administracja/zadania"))?.status()).toBe(404);
});

test("the organisations to verify need no sideways scrolling at 390 px in every language", async ({ browser }) => {
  const page = await adminPage(browser);
  await page.setViewportSize({ width: 390, height: 800 });
  // The table scrolls in its own box; its buttons' visually hidden labels must stay inside that box.
  for (const url of ["/administracja/organizacje", "/en/admin/organisations", "/de/verwaltung/organisationen"]) {
    expect((await page.goto(url))?.status()).toBe(200);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  }
});

test("an administrator adds a future value of a legal limit, which keeps the one in force and its history", async ({
  browser,
}) => {
  const page = await adminPage(browser);
  await (await accountMenu(page)).getByRole("link", { name: "Limity prawne", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Limity prawne");
  expect(await axeViolations(page)).toEqual([]);

  const section = page.getByRole("region", { name: "Najwyższa kwota małego grantu" });
  await section.getByText("Dodaj nową wartość: Najwyższa kwota małego grantu").click();
  await section.getByLabel("Kwota w złotych").fill("20 000,00");
  await section.getByLabel("Obowiązuje od dnia").fill("2031-01-01");
  await section.getByLabel("Źródło").fill("Art. 19a ust. 1 pkt 1 UDPP (test zmiany)");
  await section.getByRole("button", { name: "Dodaj wartość" }).click();
  const history = section.getByRole("table", { name: "Historia wartości: Najwyższa kwota małego grantu" });
  await expect(history.getByRole("row").filter({ hasText: "zaplanowana" })).toContainText("20 000,00");
  await expect(history.getByRole("row").filter({ hasText: "obowiązuje" })).toContainText("10 000,00");

  await page.setViewportSize({ width: 320, height: 800 });
  for (const url of ["/en/admin/legal-rules", "/de/verwaltung/rechtliche-grenzwerte"]) {
    expect((await page.goto(url))?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  }
});
