// Drafting an offer in the browser (issue 25, S3): the demo representative
// starts a draft for a competition created for this run, types, reloads (the
// text is kept), and a second tab that still shows the old section gets the
// conflict choice instead of overwriting; axe on the new pages in three
// languages at 320 px; on a phone (390 and 320 px) a cost line is a card
// filled in with the keyboard and nothing is wider than the screen.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { urlFor } from "./pages";
import { NGO_STATE } from "./two-factor-helpers";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded-url";
import { setDatabaseUrl } from "@/lib/env";
import { createCompetition } from "@/tests/factories/competitions";
import { locales } from "@/lib/i18n/locales";

test.describe.configure({ timeout: 120_000 });

// The server's database (playwright.config.ts): the competition is stored directly, as the design's journeys do.
test.beforeAll(() => setDatabaseUrl(embeddedDatabaseUrl(Number(process.env.E2E_PG_PORT ?? "54330"))));
test.afterAll(() => disconnectDb());

const OFFICE = "Urząd Marszałkowski Województwa Opolskiego";
const LEAD = "Fundacja Opolskie Centrum Wolontariatu";

async function openCompetition(): Promise<string> {
  const office = await db().institution.findFirstOrThrow({
    where: { OR: [{ name: OFFICE }, { officeName: OFFICE }] },
    select: { id: true },
  });
  const competition = await createCompetition({
    institutionId: office.id,
    tasks: [{ kindName: "Wspieranie aktywności osób starszych", maxGrant: 4_000_000 }],
  });
  return competition.slug;
}

/** Typing marks the draft unsaved; the autosave then saves it without any button. */
async function saved(page: Page) {
  await expect(page.getByText("Są niezapisane zmiany; zapiszą się za chwilę.")).toBeVisible();
  await expect(page.getByText("Wszystkie zmiany zapisane.")).toBeVisible({ timeout: 10_000 });
}

const description = (page: Page) => page.getByRole("region", { name: /Tytuł, termin i opis zadania/ });

test("a representative starts an offer, types, reloads and keeps it; a stale second tab gets the choice", async ({
  browser,
}) => {
  const slug = await openCompetition();
  const context = await newClientContext(browser, NGO_STATE);
  const page = await context.newPage();

  await page.goto(`/konkursy/${slug}/nowa-oferta`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nowa oferta");
  await page.getByLabel(LEAD).check();
  await page.getByRole("button", { name: "Rozpocznij ofertę" }).click();
  await expect(page).toHaveURL(/\/oferty\/[a-z0-9]+$/);
  const offerUrl = page.url();

  // II comes prefilled; the title is typed and saved without any button.
  await expect(page.getByLabel(/Nazwa oferenta/).first()).toHaveValue(LEAD);
  const title = description(page).getByLabel(/Tytuł zadania publicznego/);
  await title.fill("Seniorzy w sieci");
  await saved(page);
  await page.reload();
  await expect(description(page).getByLabel(/Tytuł zadania publicznego/)).toHaveValue("Seniorzy w sieci");

  // A second tab opened now, then the first one saves again: the second's section is stale.
  const second = await context.newPage();
  await second.goto(offerUrl);
  await description(page)
    .getByLabel(/Tytuł zadania publicznego/)
    .fill("Seniorzy w sieci – edycja 2027");
  await saved(page);

  await description(second)
    .getByLabel(/Tytuł zadania publicznego/)
    .fill("Cyfrowi seniorzy");
  const conflict = second.getByRole("alert").filter({ hasText: "Ktoś inny zapisał zmiany" });
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await expect(conflict.getByRole("cell", { name: "Seniorzy w sieci – edycja 2027" })).toBeVisible();
  // Nothing was overwritten: the first tab's title is what the server has (read in another browser,
  // whose storage holds no copy of this one's typing).
  const check = await (await newClientContext(browser, NGO_STATE)).newPage();
  await check.goto(offerUrl);
  await expect(description(check).getByLabel(/Tytuł zadania publicznego/)).toHaveValue(
    "Seniorzy w sieci – edycja 2027",
  );
  // Keeping mine is a choice, made with the keyboard.
  await conflict.getByRole("button", { name: "Zachowaj moją wersję" }).focus();
  await second.keyboard.press("Enter");
  await expect(conflict).toBeHidden();
  await expect(second.getByText("Wszystkie zmiany zapisane.")).toBeVisible({ timeout: 10_000 });
  await check.reload();
  await expect(description(check).getByLabel(/Tytuł zadania publicznego/)).toHaveValue("Cyfrowi seniorzy");

  // The list of my offers shows it with its deadline.
  await page.goto("/oferty");
  await expect(page.getByRole("link", { name: "Cyfrowi seniorzy" })).toBeVisible();
  await context.close();
});

test("the offer pages pass axe in three languages at 320 px", async ({ browser }) => {
  const slug = await openCompetition();
  const context = await newClientContext(browser, NGO_STATE);
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/konkursy/${slug}/nowa-oferta`);
  await page.getByLabel(LEAD).check();
  await page.getByRole("button", { name: "Rozpocznij ofertę" }).click();
  await expect(page).toHaveURL(/\/oferty\/[a-z0-9]+$/);
  const offerId = page.url().split("/").pop()!;
  for (const locale of locales) {
    const pages = [
      urlFor("/competitions/[slug]/new-offer", locale).replace("[slug]", slug),
      urlFor("/offers", locale),
      urlFor("/offers/[id]", locale).replace("[id]", offerId),
    ];
    for (const url of pages) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await axeViolations(page), `${url}`).toEqual([]);
      // Nothing wider than the screen (WCAG 1.4.10).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  }
  await context.close();
});

/** Nothing wider than the window (WCAG 1.4.10): the page does not scroll sideways. */
async function fitsTheScreen(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test("on a phone a cost line is a card filled in with the keyboard, and the page never scrolls sideways", async ({
  browser,
}) => {
  const slug = await openCompetition();
  const context = await newClientContext(browser, NGO_STATE);
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/konkursy/${slug}/nowa-oferta`);
  await page.getByLabel(LEAD).check();
  await page.getByRole("button", { name: "Rozpocznij ofertę" }).click();
  await expect(page).toHaveURL(/\/oferty\/[a-z0-9]+$/);
  const offerId = page.url().split("/").pop()!;

  // The count of problems is at the top, and jumps to the checks panel.
  const jump = page.getByRole("link", { name: /^Przejdź do sprawdzenia oferty: \d+ bł[ąę]d/ });
  await expect(jump).toBeInViewport();

  // "Dodaj koszt" with Enter puts the focus in the new line's first field; Tab walks the card's fields.
  const costs = page.getByRole("region", { name: /^V\.A\. Zestawienie kosztów/ });
  await costs.getByRole("button", { name: "Dodaj koszt", exact: true }).first().focus();
  await page.keyboard.press("Enter");
  const name = costs.getByRole("textbox", { name: /^Rodzaj kosztu/ }).first();
  await expect(name).toBeFocused();
  await page.keyboard.type("Trener zajęć ruchowych");
  await page.keyboard.press("Tab");
  await page.keyboard.type("godzina");
  await page.keyboard.press("Tab");
  await expect(costs.getByRole("textbox", { name: /^Koszt jednostkowy/ }).first()).toBeFocused();
  await page.keyboard.type("150");
  await page.keyboard.press("Tab");
  await page.keyboard.type("20");
  await page.keyboard.press("Tab");
  await saved(page);

  // The line is a card: its fields one under another, each with its column's name shown, inside the screen.
  // The inner locator of `has` is queried inside each row, so it starts from the page, not from the region.
  const card = costs
    .locator("tr")
    .filter({ has: page.getByRole("textbox", { name: /^Rodzaj kosztu/ }) })
    .first();
  await expect(card).toHaveCSS("display", "grid");
  await expect(card.getByText("Koszt jednostkowy [PLN]", { exact: true })).toBeVisible();
  await expect(card.getByText("Wartość [PLN]: Razem")).toBeVisible();
  // Polish groups thousands only from five digits (CLDR's minimum grouping), so 3 000 zł reads "3000,00".
  await expect(card).toContainText(/3\s?000,00/);
  await expect(card.getByRole("button", { name: /^Usuń koszt .*Trener zajęć ruchowych/ })).toBeVisible();
  // Each column name fits its cell (two sums' names side by side ran into each other at 390 px).
  const overflowingNames = await card.evaluate((row) =>
    [...row.querySelectorAll<HTMLElement>("td > span[aria-hidden='true']")]
      .filter((name) => name.scrollWidth > name.clientWidth + 1)
      .map((name) => name.textContent),
  );
  expect(overflowingNames).toEqual([]);
  const box = (await card.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await fitsTheScreen(page);
  if (process.env.UX_SHOTS) {
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${process.env.UX_SHOTS}/editor-cost-card-pl-390.png` });
    await page.screenshot({
      path: `${process.env.UX_SHOTS}/editor-top-pl-390.png`,
      clip: { x: 0, y: 0, width: 390, height: 844 },
    });
  }

  // At 320 px, in three languages, with the line filled in: nothing wider than the screen, no axe violations.
  await page.setViewportSize({ width: 320, height: 800 });
  for (const locale of locales) {
    await page.goto(urlFor("/offers/[id]", locale).replace("[id]", offerId));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("textbox", { name: /^Rodzaj kosztu/ }).first()).toHaveValue("Trener zajęć ruchowych");
    await fitsTheScreen(page);
    expect(await axeViolations(page), locale).toEqual([]);
    if (process.env.UX_SHOTS && locale === "pl") {
      await page
        .getByRole("textbox", { name: /^Rodzaj kosztu/ })
        .first()
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${process.env.UX_SHOTS}/editor-cost-card-pl-320.png` });
    }
  }
  await context.close();
});
