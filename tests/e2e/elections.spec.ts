import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { ADMIN_STATE } from "./two-factor-helpers";

test.describe.configure({ timeout: 90_000 });

test("the commission sets up an election with areas, fixing mistakes from the error summary, and announces it; a visitor reads its rules", async ({ browser }) => {
  const commission = await (await newClientContext(browser, ADMIN_STATE)).newPage();
  await commission.goto("/urzedy");
  await commission.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego" }).click();
  await commission.getByRole("link", { name: "Wybory do rady" }).click();
  await expect(commission.getByRole("heading", { level: 1 })).toContainText("Wybory do rady");
  expect(await axeViolations(commission)).toEqual([]);
  await commission.getByRole("link", { name: "Nowe wybory" }).click();
  await expect(commission.getByLabel(/^Nazwa rady/)).toHaveValue(/^Rada Działalności Pożytku Publicznego/);
  expect(await axeViolations(commission)).toEqual([]);

  // An area added by keyboard and left empty, and no title: each problem links to its field.
  await commission.getByRole("button", { name: "Dodaj okręg" }).focus();
  await commission.keyboard.press("Enter");
  await expect(commission.getByLabel(/^Nazwa okręgu/)).toBeFocused();
  await commission.getByRole("button", { name: "Zapisz szkic wyborów" }).click();
  const summary = commission.getByRole("alert").filter({ hasText: "Tytuł wyborów musi mieć co najmniej 5 znaków." });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Podaj nazwę okręgu (co najmniej 2 znaki).");
  await expect(summary).toContainText("Zaznacz co najmniej jedną jednostkę, z której składa się okręg.");
  // Nine seats in total, but the new area has one: they must add up.
  await expect(summary).toContainText("Liczba miejsc musi być równa sumie miejsc w okręgach.");
  await summary.getByRole("link", { name: "Podaj nazwę okręgu (co najmniej 2 znaki)." }).click();
  await expect(commission.getByLabel(/^Nazwa okręgu/)).toBeFocused();
  await commission.keyboard.type("Południe");

  const title = `Wybory do rady ${Date.now()}`;
  await commission.getByLabel(/^Tytuł wyborów/).fill(title);
  await commission.getByLabel(/^Tryb wyborów/).fill("Każda organizacja z regionu oddaje jedną kartę z trzema głosami.");
  const area = commission.getByRole("group", { name: "Okręg 1" });
  await area.getByLabel(/^Miejsca w okręgu/).fill("3");
  await area.getByLabel("nyski").check();
  await area.getByLabel("prudnicki").check();
  // Still nine seats against the area's three: refused until they add up; nothing saved yet.
  await commission.getByRole("button", { name: "Zapisz szkic wyborów" }).click();
  const remaining = commission.getByRole("alert").filter({ hasText: "Liczba miejsc musi być równa sumie miejsc w okręgach." });
  await expect(remaining).toBeVisible();
  await expect(remaining).not.toContainText("Tytuł wyborów");
  await expect(commission.getByText("Okręgi mają razem 3 miejsca.")).toBeVisible();
  await commission.getByLabel(/^Liczba miejsc dla organizacji/).fill("3");
  await commission.getByRole("button", { name: "Zapisz szkic wyborów" }).click();

  await expect(commission.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(commission.getByText("Szkic", { exact: true })).toBeVisible();
  expect(await axeViolations(commission)).toEqual([]);
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto("/wybory");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);

  await commission.getByRole("button", { name: "Ogłoś wybory" }).click();
  await expect(commission.getByText("Wybory ogłoszone. Ziarno losowania jest już publiczne.")).toBeVisible();
  await expect(commission.getByText("Ogłoszone", { exact: true })).toBeVisible();

  await visitor.reload();
  expect(await axeViolations(visitor)).toEqual([]);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("Każda organizacja oddaje jedną kartę z 3 głosami na różnych kandydatów.")).toBeVisible();
  await expect(visitor.getByRole("region", { name: "1 okręg i jego miejsca" }).getByRole("row", { name: /Południe/ })).toContainText("nyski, prudnicki");
  await expect(visitor.getByText("Ziarno losowania")).toBeVisible();
  await expect(visitor.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
  expect(await axeViolations(visitor)).toEqual([]);
});

test("the demo election's rules are public in three languages", async ({ page }) => {
  await page.goto("/wybory");
  await page.getByRole("link", { name: "Wybory do Wojewódzkiej Rady Działalności Pożytku Publicznego 2027" }).click();
  await expect(page.getByRole("region", { name: "3 okręgi i ich miejsca" })).toBeVisible();
  await expect(page.getByText("Kandydata muszą zarekomendować 2 inne organizacje.")).toBeVisible();
  const url = new URL(page.url());
  await page.goto(`/en/elections${url.pathname.replace(/^\/wybory/, "")}`);
  await expect(page.getByText("A candidate must be recommended by 2 other organisations.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`/de/wahlen${url.pathname.replace(/^\/wybory/, "")}`);
  await expect(page.getByText("Ein Kandidat muss von 2 anderen Organisationen empfohlen werden.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
