import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";

// Small grants (art. 19a). The demo holds one offer in its 7-day remark window
// ("Dzień zdrowia seniora", lib/demo/competitions.ts) addressed to the
// voivodeship, whose demo official manages its small grants. A remark after the
// window is refused by the server's clock (tests/integration/small-grants.int.test.ts).

test.describe.configure({ timeout: 120_000 });

const DEMO_OFFER = "Dzień zdrowia seniora";
const OFFICE = "wojewodztwo-opolskie";

async function reflowsWithoutAxeViolations(page: Page, url: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  expect(await axeViolations(page)).toEqual([]);
}

test("a small-grant offer in its 7 days gets a remark from a signed-in person, shown on its public page", async ({
  browser,
  page,
}) => {
  // A visitor finds the offer and is invited to sign in.
  await page.goto("/male-granty");
  await expect(page.getByRole("heading", { level: 1, name: "Małe granty" })).toBeVisible();
  await page.getByRole("link", { name: DEMO_OFFER }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_OFFER })).toBeVisible();
  await expect(page.getByText(/^Uwagi można zgłaszać do/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Zaloguj się, aby zgłosić uwagę" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const offerUrl = new URL(page.url()).pathname;

  // The demo representative sends a remark by keyboard; it appears in the public list.
  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto(offerUrl);
  const remark = `Warto dodać bezpłatne badania słuchu (e2e ${Date.now().toString(36)}).`;
  const field = ngo.getByRole("textbox", { name: /^Twoja uwaga/ });
  // Their other organisation may sign it; the offeror itself, whose offer it is, is not offered (UX review F-S1).
  await expect(ngo.getByRole("radio", { name: /^w imieniu organizacji: Fundacja Praw Obywatelskich/ })).toBeVisible();
  await expect(
    ngo.getByRole("radio", { name: "w imieniu organizacji: Fundacja Opolskie Centrum Wolontariatu" }),
  ).toHaveCount(0);
  await field.fill(remark);
  await field.press("Tab");
  await ngo.keyboard.press("Enter");
  await expect(ngo.getByText("Wysłano uwagę. Urząd może na nią odpowiedzieć publicznie.")).toBeVisible();
  await expect(ngo.getByRole("region", { name: /uwag/ }).getByText(remark)).toBeVisible();
  expect(await axeViolations(ngo)).toEqual([]);

  // The office's official reaches the office's page from the account menu (UX review F-D1), sees it and answers it.
  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto("/");
  await official.getByRole("navigation", { name: "Konto" }).getByRole("button", { name: "Moje konto" }).click();
  await official.getByRole("link", { name: "Małe granty urzędu" }).click();
  await expect(official).toHaveURL(new RegExp(`/urzedy/${OFFICE}/male-granty$`));
  await expect(official.getByText(remark)).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);
  const item = official.getByRole("listitem").filter({ hasText: remark }).last();
  await item.getByRole("textbox", { name: /^Odpowiedź urzędu/ }).fill("Badania słuchu dodamy do programu dnia.");
  await item.getByRole("button", { name: "Odpowiedz" }).click();
  // Answered, the correction waits behind its button; opened by keyboard, Escape closes it back to the button.
  const correct = item.getByRole("button", { name: "Popraw odpowiedź" });
  await expect(correct).toHaveAttribute("aria-expanded", "false");
  await expect(item.getByRole("textbox")).toHaveCount(0);
  await correct.focus();
  await official.keyboard.press("Enter");
  await expect(item.getByRole("textbox", { name: /^Popraw odpowiedź urzędu/ })).toBeFocused();
  await expect(item).not.toContainText("(wymagane)");
  expect(await axeViolations(official)).toEqual([]);
  await official.keyboard.press("Escape");
  await expect(correct).toBeFocused();
  await expect(item.getByRole("textbox")).toHaveCount(0);
});

test.describe("small-grant pages in three languages at 320 px", () => {
  test("the public list and an offer's page", async ({ page }) => {
    for (const url of ["/male-granty", "/en/small-grants", "/de/kleinzuschuesse"]) {
      await reflowsWithoutAxeViolations(page, url);
    }
    await page.goto("/male-granty");
    const offerPath = await page.getByRole("link", { name: DEMO_OFFER }).first().getAttribute("href");
    const slug = offerPath!.split("/").pop()!;
    for (const url of [`/male-granty/${slug}`, `/en/small-grants/${slug}`, `/de/kleinzuschuesse/${slug}`]) {
      await reflowsWithoutAxeViolations(page, url);
    }
  });

  test("the new-offer page", async ({ browser }) => {
    const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
    for (const url of ["/male-granty/nowa-oferta", "/en/small-grants/new-offer", "/de/kleinzuschuesse/neues-angebot"]) {
      await reflowsWithoutAxeViolations(ngo, url);
    }
  });

  test("the office's page", async ({ browser }) => {
    const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
    for (const url of [
      `/urzedy/${OFFICE}/male-granty`,
      `/en/institutions/${OFFICE}/small-grants`,
      `/de/behoerden/${OFFICE}/kleinzuschuesse`,
    ]) {
      await reflowsWithoutAxeViolations(official, url);
    }
  });
});
