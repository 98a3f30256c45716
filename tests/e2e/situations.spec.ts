// Issue 18: messages that fit who reads them. The demo's open consultation is
// run by the Urząd Marszałkowski (the demo official's office) and takes
// remarks from organisations only.
import { expect, test } from "@playwright/test";
import { newClientContext } from "./clients";
import { personPage, registerOrganisation } from "./organisations-helpers";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";

const CONSULTATION = "/konsultacje/program-wspolpracy-wojewodztwa-opolskiego-2027";
const JOIN_PROMPT = "Dołącz do swojej organizacji na platformie";

test("the official organising a consultation is offered to manage it, not to join an organisation", async ({
  browser,
}) => {
  const page = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await page.goto(CONSULTATION);
  await expect(page.getByText("Te konsultacje prowadzi Twój urząd")).toBeVisible();
  await expect(page.getByText(JOIN_PROMPT)).toHaveCount(0);
  // The notice's own link (the page's management button has the same name).
  await page
    .locator("div", { hasText: "Te konsultacje prowadzi Twój urząd" })
    .last()
    .getByRole("link", { name: "Zarządzaj konsultacjami" })
    .click();
  await expect(page).toHaveURL(/\/konsultacje\/program-wspolpracy-wojewodztwa-opolskiego-2027\/edycja$/);

  // The account page names the office and the role.
  await page.goto("/konto");
  await expect(page.getByText("urzędnik: Urząd Marszałkowski Województwa Opolskiego", { exact: true })).toBeVisible();
  await expect(page.getByText("mieszkaniec", { exact: true })).toHaveCount(0);
  // Not invited to ask for a status they have; their office's work is a click away.
  await expect(page.getByText(/poproś o status urzędnika/)).toHaveCount(0);
  await page.getByRole("link", { name: "konsultacje urzędu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Konsultacje urzędu");
});

test("the owner of an organisation waiting for verification is told so, and where to complete its profile", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { page } = await personPage(browser, "Olga Oczekująca");
  const organisation = await registerOrganisation(page, `Stowarzyszenie Oczekujące ${Date.now()}`);
  await page.goto("/konto");
  await expect(page.getByText(`właściciel: ${organisation.name}`, { exact: true })).toBeVisible();

  await page.goto(CONSULTATION);
  await expect(page.getByText(`Twoja organizacja ${organisation.name} czeka na weryfikację`)).toBeVisible();
  await expect(page.getByText(JOIN_PROMPT)).toHaveCount(0);
  await page.getByRole("link", { name: "W tym czasie uzupełnij profil organizacji" }).click();
  await expect(page).toHaveURL(new RegExp(`${organisation.url}/edycja$`));
});

test("a person with no organisation is asked to join theirs, and is a resident", async ({ browser }) => {
  test.setTimeout(60_000);
  const { page } = await personPage(browser, "Roman Bezorganizacyjny");
  await page.goto(CONSULTATION);
  await expect(page.getByText(JOIN_PROMPT)).toBeVisible();
  // Not a dead end: the directory and the registration are a click away.
  await expect(page.getByRole("link", { name: "Znajdź swoją organizację w katalogu" })).toHaveAttribute(
    "href",
    "/organizacje",
  );
  await expect(page.getByRole("link", { name: "zarejestruj ją" })).toHaveAttribute("href", "/organizacje/zarejestruj");
  await page.goto("/konto");
  await expect(page.locator("main dl > dd").nth(2)).toHaveText("mieszkaniec");
});

test("the demo NGO representative's account page names both organisations", async ({ browser }) => {
  const page = await (await newClientContext(browser, NGO_STATE)).newPage();
  await page.goto("/konto");
  await expect(page.getByText("właściciel: Fundacja Opolskie Centrum Wolontariatu", { exact: true })).toBeVisible();
  await expect(page.getByText("właściciel: Fundacja Praw Obywatelskich „Forum”", { exact: true })).toBeVisible();
});

test("the NGO representative's own remarks hydrate in every language, their dates British in English", async ({
  browser,
}) => {
  const page = await (await newClientContext(browser, NGO_STATE)).newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  for (const path of [
    CONSULTATION,
    "/en/consultations/program-wspolpracy-wojewodztwa-opolskiego-2027",
    "/de/konsultationen/program-wspolpracy-wojewodztwa-opolskiego-2027",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // The English site's own remarks, formatted in the browser as on the server ("4 Dec 2026, 10:24").
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.goto("/en/consultations/program-wspolpracy-wojewodztwa-opolskiego-2027");
  await page.waitForLoadState("networkidle");
  await expect(page.getByText(/^Sent \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/).first()).toBeVisible();
  expect(errors).toEqual([]);
});
