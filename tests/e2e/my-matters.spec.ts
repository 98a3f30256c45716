import { expect, test, type Browser } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";

// "My matters" (issue 24): a person who signs in sees what needs them on one
// page and reaches each item in one click. The demo data gives the NGO
// representative remarks in the open cooperation programme and Opole city's
// election in its voting phase (two organisations to vote for; the elections
// spec casts one of the ballots), and the official's office remarks to answer.

test.describe.configure({ timeout: 90_000 });

const PROGRAMME = "Program współpracy Województwa Opolskiego z organizacjami pozarządowymi na 2027 rok";
const RULES = "Zasady otwartego konkursu ofert z zakresu pomocy społecznej na 2027 rok";
const VOTING = "Wybory do Rady Działalności Pożytku Publicznego Miasta Opola";

async function pageAs(browser: Browser, state: string) {
  return (await newClientContext(browser, state)).newPage();
}

test("the NGO representative finds the page in the account menu and on the home page, and reaches a remark to edit in one click", async ({
  browser,
}) => {
  const page = await pageAs(browser, NGO_STATE);
  await page.goto("/");
  // The home page is the same for everyone; the strip arrives for the signed-in reader.
  const strip = page.getByRole("region", { name: "Dla Ciebie" });
  await expect(strip.getByRole("link", { name: /^Uwagi, które możesz jeszcze poprawić: [1-9]\d*$/ })).toBeVisible();
  await strip.getByRole("link", { name: "Przejdź do moich spraw" }).click();
  await expect(page).toHaveURL(/\/moje-sprawy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje sprawy");
  await expect(page).toHaveTitle(/^Moje sprawy · /);
  expect(await axeViolations(page)).toEqual([]);

  const remarks = page.getByRole("region", { name: /^Uwagi, które możesz jeszcze poprawić/ });
  await expect(remarks).toContainText(/termin: /);
  await remarks.getByRole("link", { name: PROGRAMME }).click();
  await expect(page).toHaveURL(/\/konsultacje\/program-wspolpracy-wojewodztwa-opolskiego-2027$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(PROGRAMME);

  // The account menu leads back to it.
  const account = page.getByRole("navigation", { name: "Konto" });
  await account.getByRole("button", { name: "Moje konto" }).click();
  await account.getByRole("link", { name: "Moje sprawy" }).click();
  await expect(page).toHaveURL(/\/moje-sprawy$/);
});

test("the NGO representative reaches their organisation's offers from the account menu at 320 px", async ({
  browser,
}) => {
  const page = await pageAs(browser, NGO_STATE);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/moje-sprawy");
  const account = page.getByRole("navigation", { name: "Konto" });
  await account.getByRole("button", { name: "Moje konto" }).click();
  const offers = account.getByRole("link", { name: "Moje oferty" });
  await expect(offers).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await offers.click();
  await expect(page).toHaveURL(/\/oferty$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje oferty");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
});

test("the NGO representative reaches a new answer to their remark in one click, and it is news no more once seen", async ({
  browser,
}) => {
  const page = await pageAs(browser, NGO_STATE);
  await page.goto("/moje-sprawy");
  // The demo's city office answered their remarks on the competition rules (a closed consultation no
  // other spec opens as them; the programme's answer is seen once the first test opens its page).
  const answers = page.getByRole("region", { name: /^Nowe odpowiedzi na Twoje uwagi/ });
  const answer = answers
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: `${RULES}, § 2 ust. 2` }) });
  await expect(answer).toContainText("uwzględniona częściowo · odpowiedź z ");
  await answer.getByRole("link").click();
  await expect(page).toHaveURL(/\/konsultacje\/zasady-konkursu-pomoc-spoleczna-opole-2027#remark-[a-z0-9]+$/);
  const remarkId = new URL(page.url()).hash.slice(1);
  // The remark itself, with its answer, in their list on the consultation's page.
  await expect(page.locator(`[id="${remarkId}"]`)).toContainText("Uwzględniona częściowo");
  await expect(async () => {
    await page.goto("/moje-sprawy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje sprawy");
    await expect(page.locator(`a[href$="#${remarkId}"]`)).toHaveCount(0);
  }).toPass({ timeout: 15_000 });
});

test("the NGO representative sees a ballot to cast for an organisation they own and reaches its ballot in one click", async ({
  browser,
}) => {
  const page = await pageAs(browser, NGO_STATE);
  await page.goto("/moje-sprawy");
  const ballots = page.getByRole("region", { name: /^Głosy do oddania/ }).first();
  await expect(ballots).toContainText(/termin: /);
  await ballots.getByRole("link", { name: VOTING }).first().click();
  await expect(page).toHaveURL(/\/wybory\/[^/]+\/glosowanie\?organizacja=/);
});

test("an official sees the remarks their office has to answer and reaches them in one click", async ({ browser }) => {
  const page = await pageAs(browser, OFFICIAL_STATE);
  await page.goto("/moje-sprawy");
  await expect(page.getByRole("region", { name: /^Urząd Urząd Marszałkowski Województwa Opolskiego$/ })).toBeVisible();
  const toAnswer = page.getByRole("region", { name: /^Uwagi czekające na odpowiedź/ }).first();
  await expect(toAnswer).toContainText(/uwag[ai]? bez odpowiedzi/);
  expect(await axeViolations(page)).toEqual([]);
  await toAnswer.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/konsultacje\/[^/]+\/uwagi$/);
});

test("a visitor is offered to sign in, and the home page's strip says where their matters will be", async ({
  browser,
}) => {
  const page = await (await newClientContext(browser)).newPage();
  await page.goto("/moje-sprawy");
  // The page is one copy for everyone: a visitor is offered to sign in and come back here.
  const signIn = page.getByRole("link", { name: "Zaloguj się, aby zobaczyć swoje sprawy." });
  await expect(signIn).toHaveAttribute("href", "/logowanie?next=%2Fmoje-sprawy");
  expect(await axeViolations(page)).toEqual([]);
  await signIn.click();
  await expect(page).toHaveURL(/\/logowanie\?next=%2Fmoje-sprawy$/);
  const answered = page.waitForResponse((response) => response.url().endsWith("/api/account/matters-summary"));
  await page.goto("/");
  expect(await (await answered).json()).toEqual({ signedIn: false });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const strip = page.getByRole("region", { name: "Dla Ciebie" });
  await expect(strip).toContainText("Po zalogowaniu: odpowiedzi na Twoje uwagi, głosowania i terminy.");
  await expect(strip.getByRole("link", { name: /^Uwagi/ })).toHaveCount(0);
  await expect(strip.getByRole("link", { name: "Zaloguj się" })).toHaveAttribute("href", "/logowanie");
});

test.describe("in every language and at 320 px", () => {
  // The contexts are made by hand (signed in), so each test sets its own viewport.
  for (const [url, heading] of [
    ["/moje-sprawy", "Moje sprawy"],
    ["/en/my-matters", "My matters"],
    ["/de/meine-anliegen", "Meine Anliegen"],
  ] as const) {
    test(`${url} needs no horizontal scrolling and passes axe`, async ({ browser }) => {
      const page = await pageAs(browser, NGO_STATE);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
