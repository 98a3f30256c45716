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

// The list's count ("Znaleziono …", "Nie znaleziono …"); the map has a status of its own (its background failed to
// load, as here with no tiles).
const status = (page: Page) => page.locator("main [role=status]").filter({ hasText: /znaleziono/i });
const resultNames = (page: Page) => page.locator("main ol > li h3");
const listed = (page: Page, name: string) => resultNames(page).filter({ hasText: name });

// Other journeys register and import organisations while these tests run (in
// any order, in parallel), so nothing here counts the whole directory: the
// demo data's organisations are found where they belong, others are left out,
// and the page agrees with itself (its status line counts the list it shows).
const DEMO_FOUNDATIONS = [
  "Fundacja Opolskie Centrum Wolontariatu",
  "Fundacja „Zdrowie bez Barier”",
  "Fundacja Ekologiczna „Zielona Odra”",
  "Fundacja Praw Obywatelskich „Forum”",
];
/** The demo's organisations seated in Opole (all of them foundations with public-benefit status). */
const DEMO_IN_OPOLE = [
  "Fundacja Opolskie Centrum Wolontariatu",
  "Fundacja „Zdrowie bez Barier”",
  "Fundacja Praw Obywatelskich „Forum”",
];

/** The status line for `count` results, with the Polish plural forms of lib/i18n/messages/pl.json. */
function foundText(count: number): string {
  if (count === 0) return "Nie znaleziono organizacji";
  if (count === 1) return "Znaleziono 1 organizację";
  const form = new Intl.PluralRules("pl").select(count) === "few" ? "organizacje" : "organizacji";
  return `Znaleziono ${count} ${form}`;
}

/**
 * Waits until all `names` are listed, checks the status line counts the list
 * exactly, and returns that count. After a search changes, first wait for
 * something to leave the list, so the old list is not counted.
 */
async function expectListed(page: Page, names: readonly string[]): Promise<number> {
  for (const name of names) await expect(listed(page, name)).toHaveCount(1);
  const count = await resultNames(page).count();
  await expect(status(page)).toHaveText(foundText(count));
  return count;
}

/** The number in a text such as "Znaleziono 13 organizacji" or "fundacja (4)". */
const numberIn = (text: string | null) => Number(/\d+/.exec(text ?? "")?.[0] ?? NaN);

test("a visitor searches and filters the directory by keyboard alone", async ({ page }) => {
  await page.goto("/organizacje");
  await expect(status(page)).toHaveText(/^Znaleziono \d+ organizacj/);
  const everyone = numberIn(await status(page).textContent());

  // Inflected, as a Polish speaker types it; Enter submits.
  await tabToElement(page, "#directory-q");
  await page.keyboard.type("fundacji");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]q=fundacji/);
  await expect(listed(page, "Stowarzyszenie „Razem dla Nysy”")).toHaveCount(0);
  expect(await expectListed(page, DEMO_FOUNDATIONS)).toBeLessThan(everyone);
  await expect(page.locator("#directory-q")).toBeFocused();

  // A gmina, chosen by typing its name on the closed list, then "Show results".
  await tabToElement(page, "#directory-gmina");
  await page.keyboard.type("Opole");
  await expect(page.locator("#directory-gmina")).toHaveValue("1661011");
  await tabToElement(page, "#directory-search button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/gmina=1661011/);
  await expect(listed(page, "Fundacja Ekologiczna „Zielona Odra”")).toHaveCount(0);
  const inOpole = await expectListed(page, DEMO_IN_OPOLE);

  // The search is in the URL: opened afresh, it shows the same list.
  const shared = page.url();
  await page.goto(shared);
  expect(await expectListed(page, DEMO_IN_OPOLE)).toBeGreaterThanOrEqual(inOpole);
  await expect(page.locator("#directory-gmina")).toHaveValue("1661011");

  // Each chosen criterion is a link that removes it.
  await tabToElement(page, 'a[aria-label="Usuń filtr: Gmina siedziby: Opole"]');
  await page.keyboard.press("Enter");
  await expectListed(page, DEMO_FOUNDATIONS);
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
  const foundations = page.getByRole("option", { name: /^fundacja \(\d+\)$/ });
  await expect(foundations).toHaveCount(1);
  expect(numberIn(await foundations.textContent())).toBeGreaterThanOrEqual(DEMO_FOUNDATIONS.length);
  const opp = page.getByLabel(/Tylko organizacje pożytku publicznego \(OPP\) \(\d+\)/);
  const oppLabel = page.locator("label", { has: page.locator('input[name="opp"]') });
  expect(numberIn(await oppLabel.textContent())).toBeGreaterThanOrEqual(DEMO_FOUNDATIONS.length);
  await opp.check();
  await page.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(page).toHaveURL(/opp=1/);
  // The demo's organisations with public-benefit status are its four foundations.
  await expect(listed(page, "Stowarzyszenie „Razem dla Nysy”")).toHaveCount(0);
  await expectListed(page, DEMO_FOUNDATIONS);
  await page.getByLabel("Grupa docelowa").selectOption("MIGRANTS");
  await page.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(listed(page, "Fundacja „Zdrowie bez Barier”")).toHaveCount(0);
  await expectListed(page, ["Fundacja Praw Obywatelskich „Forum”"]);
  await expect(page).toHaveURL(/opp=1/);
  await expect(page).toHaveURL(/group=MIGRANTS/);
});

test("the map shows organisations per gmina; a marker opens that gmina's list by keyboard", async ({ page }) => {
  await page.goto("/organizacje");
  const map = page.getByRole("region", { name: "Mapa gmin regionu z liczbą organizacji" });
  await expect(map).toBeVisible();
  const opole = map.getByRole("button", { name: /^Opole: \d+ organizacj/ });
  await expect(opole).toBeVisible();
  // The zoom buttons speak the page's language, not Leaflet's English.
  await expect(map.getByRole("button", { name: "Przybliż mapę" })).toBeVisible();
  await expect(map.getByRole("button", { name: "Zoom in" })).toHaveCount(0);
  const onTheMap = Number(/Opole: (\d+)/.exec((await opole.textContent()) ?? "")?.[1]);
  expect(onTheMap).toBeGreaterThanOrEqual(DEMO_IN_OPOLE.length);
  await opole.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/gmina=1661011/);
  await expect(listed(page, "Stowarzyszenie „Razem dla Nysy”")).toHaveCount(0);
  // Organisations are only ever added meanwhile, so the list has at least as many as the marker said.
  expect(await expectListed(page, DEMO_IN_OPOLE)).toBeGreaterThanOrEqual(onTheMap);
  expect(await axeViolations(page)).toEqual([]);
});

test("a broken search address keeps what is valid and says the rest was left out", async ({ page }) => {
  await page.goto("/organizacje?q=fundacja&powiat=abc&page=-3");
  await expect(page.getByText("Część adresu wyszukiwania była nieprawidłowa i została pominięta.")).toBeVisible();
  await expectListed(page, DEMO_FOUNDATIONS);
});

test("the current search downloads as CSV, and the API describes itself", async ({ page, request }) => {
  await page.goto("/organizacje?q=fundacja&opp=1");
  const shown = await expectListed(page, DEMO_FOUNDATIONS);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^organizacje-\d{4}-\d{2}-\d{2}\.csv$/);
  const { readFile } = await import("node:fs/promises");
  const text = await readFile((await file.path())!, "utf8");
  // The byte order mark tells spreadsheet programs the file is UTF-8.
  expect(text.startsWith("\uFEFFNazwa,Nazwa skrócona,Forma prawna")).toBe(true);
  const rows = text.trim().split("\r\n").slice(1);
  for (const name of DEMO_FOUNDATIONS) expect(rows.filter((row) => row.includes(name))).toHaveLength(1);
  expect(rows.length).toBeGreaterThanOrEqual(shown);

  const api = await request.get("/api/v1/organisations?q=fundacji&opp=1");
  expect(api.status()).toBe(200);
  const found = (await api.json()) as { data: { name: string }[]; meta: { total: number } };
  expect(found.data.map((organisation) => organisation.name)).toEqual(expect.arrayContaining(DEMO_FOUNDATIONS));
  expect(found.meta.total).toBe(found.data.length);
  const openapi = await request.get("/api/v1/openapi.json");
  expect((await openapi.json()).paths["/organisations"].get.parameters.map((p: { name: string }) => p.name)).toContain(
    "gmina",
  );
});

test.describe("the page cache", () => {
  test.describe.configure({ timeout: 90_000 });

  test("serves the directory's copy to everyone, naming no one in it, and never a personal page from it", async ({
    page,
    browser,
  }) => {
    // Signing the person up changes public data (which empties the cache): done first.
    const { page: person } = await personPage(browser, "Irena Szukająca");
    await page.goto("/organizacje?q=zdrowie");
    const again = await page.goto("/organizacje?q=zdrowie");
    expect(again?.headers()["x-page-cache"]).toBe("hit");
    await expect(page.getByRole("link", { name: "Zaloguj się" })).toBeVisible();

    // The directory is the same for every reader: a signed-in person gets the same copy,
    // and their name comes only from the header's account area, filled in by the browser.
    const signedIn = await person.goto("/organizacje?q=zdrowie");
    expect(signedIn?.headers()["x-page-cache"]).toBe("hit");
    expect(await signedIn!.text()).not.toContain("Irena Szukająca");
    await expect(person.getByRole("navigation", { name: "Konto" })).toContainText("Irena Szukająca");
    await expect(person.getByRole("link", { name: "Zaloguj się" })).toHaveCount(0);

    // An organisation's page is the same for everyone too: the follow button comes from the browser.
    await person.goto("/organizacje/razem-dla-nysy");
    const profile = await person.goto("/organizacje/razem-dla-nysy");
    expect(profile?.headers()["x-page-cache"]).toBe("hit");
    expect(await profile!.text()).not.toContain("Irena Szukająca");
    await expect(person.getByRole("button", { name: "Obserwuj" })).toBeVisible();
    await expect(person.getByText("Zaloguj się, aby poprosić o dołączenie do tej organizacji.")).toHaveCount(0);

    // So is a consultation's page: the remark controls and one's own remarks come from the browser.
    await person.goto("/konsultacje/program-wspolpracy-wojewodztwa-opolskiego-2027");
    const consultation = await person.goto("/konsultacje/program-wspolpracy-wojewodztwa-opolskiego-2027");
    expect(consultation?.headers()["x-page-cache"]).toBe("hit");
    expect(await consultation!.text()).not.toContain("Irena Szukająca");

    // A page that may be personal (a news article's) is never answered from the cache for a session.
    await person.goto("/aktualnosci");
    const article = (await person.locator('main a[href^="/aktualnosci/"]').first().getAttribute("href"))!;
    const articleFirst = await person.goto(article);
    const articleAgain = await person.goto(article);
    expect([articleFirst?.headers()["x-page-cache"], articleAgain?.headers()["x-page-cache"]]).toEqual([
      undefined,
      undefined,
    ]);
  });
});
