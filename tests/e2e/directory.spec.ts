import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { personPage } from "./organisations-helpers";

/** Presses Tab until the element matching `selector` has focus, or fails. */
async function tabToElement(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const status = (page: Page) => page.locator("main [role=status]");
const resultNames = (page: Page) => page.locator("main ol > li h3");

test("a visitor searches and filters the directory by keyboard alone", async ({ page }) => {
  await page.goto("/organizacje");
  await expect(status(page)).toHaveText("Znaleziono 13 organizacji");

  // Inflected, as a Polish speaker types it; Enter submits.
  await tabToElement(page, "#directory-q");
  await page.keyboard.type("fundacji");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]q=fundacji/);
  await expect(status(page)).toHaveText("Znaleziono 4 organizacje");
  await expect(page.locator("#directory-q")).toBeFocused();

  // A gmina, chosen by typing its name on the closed list, then "Show results".
  await tabToElement(page, "#directory-gmina");
  await page.keyboard.type("Opole");
  await expect(page.locator("#directory-gmina")).toHaveValue("1661011");
  await tabToElement(page, "#directory-search button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/gmina=1661011/);
  await expect(status(page)).toHaveText("Znaleziono 3 organizacje");
  await expect(resultNames(page)).toHaveCount(3);

  // The search is in the URL: opened afresh, it shows the same list.
  const shared = page.url();
  await page.goto(shared);
  await expect(status(page)).toHaveText("Znaleziono 3 organizacje");
  await expect(page.locator("#directory-gmina")).toHaveValue("1661011");

  // Each chosen criterion is a link that removes it.
  await tabToElement(page, 'a[aria-label="Usuń kryterium: Opole"]');
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("Znaleziono 4 organizacje");
  await expect(page.locator("#directory-gmina")).toHaveValue("");
  expect(await axeViolations(page)).toEqual([]);
});

test("missing diacritics, inflection and typos find the same organisations", async ({ page }) => {
  for (const [q, first] of [
    ["kola gospodyn", "Koło Gospodyń Wiejskich w Bierawie"],
    ["zdrowiu bez barier", "Fundacja „Zdrowie bez Barier”"],
    ["spoldzielni socjalnej", "Spółdzielnia Socjalna „Nowy Start”"],
    ["przyjaciol ziemi glucholaskej", "Stowarzyszenie Przyjaciół Ziemi Głuchołaskiej"],
  ]) {
    await page.goto(`/organizacje?q=${encodeURIComponent(q!)}`);
    await expect(resultNames(page).first()).toHaveText(first!);
  }
});

test("the obvious query finds organisations by whom they work for and where (issue 18)", async ({ page }) => {
  const result = (name: string) => page.locator("main ol > li h3", { hasText: name });
  // Neither name says "dzieci": the target group and the sphere of work do.
  for (const q of ["dzieci", "dzieciom"]) {
    await page.goto(`/organizacje?q=${q}`);
    await expect(result("Ludowy Klub Sportowy „Orzeł” Lubsza")).toHaveCount(1);
    await expect(result("Stowarzyszenie Rodzin Zastępczych „Gniazdo”")).toHaveCount(1);
  }
  // The seat's town narrows the same words; the search box's hint suggests exactly this query.
  await page.goto("/organizacje?q=dzieci%20Nysa");
  await expect(page.getByText(/np\. „klub sportowy”, „dzieci Nysa”/)).toBeVisible();
  await expect(result("Stowarzyszenie „Razem dla Nysy”")).toHaveCount(1);
  await expect(result("Ludowy Klub Sportowy „Orzeł” Lubsza")).toHaveCount(0);
  // The powiat with the target group "dzieci".
  await page.goto("/organizacje?powiat=1607&group=CHILDREN");
  await expect(result("Stowarzyszenie „Razem dla Nysy”")).toHaveCount(1);
});

test("filters show their counts and narrow the list; OPP and verified are checkboxes", async ({ page }) => {
  await page.goto("/organizacje");
  await expect(page.getByRole("option", { name: "fundacja (4)" })).toHaveCount(1);
  await page.getByLabel(/Tylko organizacje pożytku publicznego \(OPP\) \(4\)/).check();
  await page.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(status(page)).toHaveText("Znaleziono 4 organizacje");
  await page.getByLabel("Grupa docelowa").selectOption("MIGRANTS");
  await page.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(resultNames(page)).toHaveText(["Fundacja Praw Obywatelskich „Forum”"]);
  await expect(page).toHaveURL(/opp=1/);
  await expect(page).toHaveURL(/group=MIGRANTS/);
});

test("the map shows organisations per gmina; a marker opens that gmina's list by keyboard", async ({ page }) => {
  await page.goto("/organizacje");
  const map = page.getByRole("region", { name: "Mapa gmin regionu z liczbą organizacji" });
  await expect(map).toBeVisible();
  const opole = map.getByRole("button", { name: "Opole: 3 organizacje" });
  await expect(opole).toBeVisible();
  await opole.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/gmina=1661011/);
  await expect(status(page)).toHaveText("Znaleziono 3 organizacje");
  expect(await axeViolations(page)).toEqual([]);
});

test("a broken search address keeps what is valid and says the rest was left out", async ({ page }) => {
  await page.goto("/organizacje?q=fundacja&powiat=abc&page=-3");
  await expect(page.getByText("Część adresu wyszukiwania była nieprawidłowa i została pominięta.")).toBeVisible();
  await expect(status(page)).toHaveText("Znaleziono 4 organizacje");
});

test("the current search downloads as CSV, and the API describes itself", async ({ page, request }) => {
  await page.goto("/organizacje?q=fundacja&opp=1");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^organizacje-\d{4}-\d{2}-\d{2}\.csv$/);
  const { readFile } = await import("node:fs/promises");
  const text = await readFile((await file.path())!, "utf8");
  // The byte order mark tells spreadsheet programs the file is UTF-8.
  expect(text.startsWith("\uFEFFNazwa,Nazwa skrócona,Forma prawna")).toBe(true);
  const lines = text.trim().split("\r\n");
  expect(lines).toHaveLength(5);

  const api = await request.get("/api/v1/organisations?q=fundacji&opp=1");
  expect(api.status()).toBe(200);
  expect((await api.json()).meta.total).toBe(4);
  const openapi = await request.get("/api/v1/openapi.json");
  expect((await openapi.json()).paths["/organisations"].get.parameters.map((p: { name: string }) => p.name)).toContain(
    "gmina",
  );
});

test.describe("the page cache", () => {
  test.describe.configure({ timeout: 90_000 });

  test("serves visitors a stored copy but never a signed-in person's page", async ({ page, browser }) => {
    await page.goto("/organizacje?q=zdrowie");
    const again = await page.goto("/organizacje?q=zdrowie");
    expect(again?.headers()["x-page-cache"]).toBe("hit");
    await expect(page.getByRole("link", { name: "Zaloguj się" })).toBeVisible();

    const { page: person } = await personPage(browser, "Irena Szukająca");
    const signedIn = await person.goto("/organizacje?q=zdrowie");
    expect(signedIn?.headers()["x-page-cache"]).toBeUndefined();
    await expect(person.getByRole("navigation", { name: "Konto" })).toContainText("Irena Szukająca");
    await expect(person.getByRole("link", { name: "Zaloguj się" })).toHaveCount(0);
  });
});
