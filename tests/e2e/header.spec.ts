// The compact header (issue 24): one row on a desktop, a menu button on a
// narrow screen, used by keyboard alone; the account menu for a signed-in
// person; titles and breadcrumbs that say where one is.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { layoutShiftMark, layoutShiftsSince, recordLayoutShifts } from "./layout-shifts";
import { NGO_STATE } from "./two-factor-helpers";

const PLATFORM = "Platforma współpracy NGO i samorządów – województwo opolskie";

/** Presses Tab until the focused element's accessible text matches, or fails. */
async function tabTo(page: Page, name: string | RegExp, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (typeof name === "string" ? text === name : name.test(text)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("keyboard alone opens the menu, walks it, closes it with Escape and follows an area", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Menu główne" });
    const button = nav.getByRole("button", { name: "Menu" });
    const consultations = nav.getByRole("link", { name: "Konsultacje" });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(consultations).toBeHidden();

    await tabTo(page, "Menu");
    await expect(button).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    // Opening puts the focus on the first area, in the panel that opens right under the button's row.
    await expect(consultations).toBeFocused();
    const panel = page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
    const [under, over] = [(await button.boundingBox())!, (await panel.boundingBox())!];
    expect(over.y - (under.y + under.height)).toBeGreaterThanOrEqual(0);
    expect(over.y - (under.y + under.height)).toBeLessThan(12);
    await page.screenshot({ path: "test-results/header-menu-320.png" });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);

    // Tab walks the areas, then the languages, each below or right of the one before (the order seen).
    const walked: { text: string; x: number; y: number }[] = [];
    for (let i = 0; i < 13; i++) {
      walked.push(
        await page.evaluate(() => {
          const element = document.activeElement!;
          const box = element.getBoundingClientRect();
          return { text: element.textContent?.trim() ?? "", x: box.x, y: box.y };
        }),
      );
      if (i < 12) await page.keyboard.press("Tab");
    }
    expect(walked.map((step) => step.text)).toEqual([
      "Konsultacje",
      "Wybory do rad",
      "Organizacje",
      "Aktualności",
      "Forum",
      "Konkursy ofert",
      "Biblioteka",
      "Pomysły i potrzeby",
      "Partnerstwa",
      "Urzędy",
      "PL polski",
      "EN English",
      "DE Deutsch",
    ]);
    for (let i = 1; i < walked.length; i++) {
      const [before, step] = [walked[i - 1]!, walked[i]!];
      expect(step.y > before.y + 4 || (Math.abs(step.y - before.y) <= 4 && step.x > before.x)).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
    await expect(consultations).toBeHidden();

    await page.keyboard.press("Space");
    await tabTo(page, "Forum");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/forum$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forum");
    // On the next page the menu is closed again.
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(page).toHaveTitle(`Forum · ${PLATFORM}`);
  });

  test("the secondary pages are in the footer, not the header", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Kontakt" })).toHaveCount(0);
    const footer = page.getByRole("contentinfo");
    for (const name of ["Kontakt", "Sfery pożytku publicznego", "Deklaracja dostępności", "Regulamin"])
      await expect(footer.getByRole("link", { name, exact: true })).toBeVisible();
  });
});

test("at 200 % zoom the menu opens and nothing scrolls sideways", async ({ page }) => {
  // As accessibility.spec.ts models it: a 1280 px window zoomed to 200 % lays out as 640 px at double size.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto("/deklaracja-dostepnosci");
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  await page.getByRole("button", { name: "Menu" }).click();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  const menu = page.getByRole("navigation", { name: "Menu główne" });
  await expect(menu.getByRole("link", { name: "Urzędy" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu.getByRole("link", { name: "Urzędy" })).toBeHidden();
});

test("the header is one row at 1280 px and at 1024 px, and fits at 390 px (screenshots in test-results)", async ({
  page,
}) => {
  for (const width of [1280, 1024, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Zaloguj się" })).toBeVisible();
    const box = (await header.boundingBox())!;
    await page.screenshot({ path: `test-results/header-${width}.png`, clip: { ...box, y: 0 } });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (width >= 1024) {
      // One row: the name, the areas, the languages and the account share one line (the demo notice above it).
      const tops = await Promise.all(
        [
          header.getByRole("link", { name: PLATFORM }),
          header.getByRole("link", { name: "Konsultacje" }),
          header.getByRole("button", { name: "Więcej" }),
          header.getByRole("link", { name: /English$/ }),
          header.getByRole("link", { name: "Zaloguj się" }),
        ].map(async (locator) => {
          const b = (await locator.boundingBox())!;
          return b.y + b.height / 2;
        }),
      );
      for (const middle of tops) expect(Math.abs(middle - tops[0]!)).toBeLessThan(12);
      expect(box.height).toBeLessThan(140);
    }
  }
});

test("a signed-in person's bell and account menu, by keyboard, and axe with each menu open", async ({ browser }) => {
  const context = await browser.newContext({ storageState: NGO_STATE });
  const page = await context.newPage();
  await page.goto("/konsultacje");
  const account = page.getByRole("navigation", { name: "Konto" });
  await expect(account.getByRole("link", { name: /^Powiadomienia/ })).toBeVisible();
  const button = account.getByRole("button", { name: "Moje konto" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const organisations = account.getByRole("list", { name: "Moje organizacje" });
  await expect(organisations.getByRole("link", { name: /Fundacja Opolskie Centrum Wolontariatu/ })).toBeVisible();
  await expect(account.getByRole("button", { name: "Wyloguj się" })).toBeVisible();
  await page.screenshot({
    path: "test-results/header-account-menu-1280.png",
    clip: { x: 0, y: 0, width: 1280, height: 600 },
  });
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(button).toBeFocused();
  await expect(account.getByRole("button", { name: "Wyloguj się" })).toBeHidden();

  const more = page.getByRole("navigation", { name: "Menu główne" }).getByRole("button", { name: "Więcej" });
  await more.click();
  await expect(
    page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Biblioteka" }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("on a phone the account menu opens within the screen, whatever side of the row its button is on", async ({
  browser,
}) => {
  for (const width of [360, 390, 430]) {
    const context = await browser.newContext({ storageState: NGO_STATE, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto("/konsultacje");
    const account = page.getByRole("navigation", { name: "Konto" });
    await account.getByRole("button", { name: "Moje konto" }).click();
    const signOut = account.getByRole("button", { name: "Wyloguj się" });
    await expect(signOut).toBeVisible();
    for (const item of [signOut, account.getByRole("link", { name: /Fundacja Opolskie Centrum Wolontariatu/ })]) {
      const box = (await item.boundingBox())!;
      expect([width, box.x >= 0, box.x + box.width <= width]).toEqual([width, true, true]);
    }
    await context.close();
  }
});

test("a detail page's title and breadcrumbs say where one is", async ({ page }) => {
  await page.goto("/konsultacje");
  await page.getByRole("main").locator('a[href^="/konsultacje/"]').first().click();
  const trail = page.getByRole("navigation", { name: "Jesteś tutaj" });
  await expect(trail.getByRole("link", { name: "Konsultacje" })).toHaveAttribute("href", "/konsultacje");
  const here = (await trail.locator("[aria-current=page]").textContent())!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText(here);
  await expect(page).toHaveTitle(`${here} · Konsultacje · ${PLATFORM}`);
});

/** Rows of the given controls: their middles, grouped when within 12 px of each other. */
async function rows(controls: Locator[]): Promise<number> {
  const middles = await Promise.all(
    controls.map(async (control) => {
      const box = (await control.boundingBox())!;
      return box.y + box.height / 2;
    }),
  );
  return middles.sort((a, b) => a - b).filter((middle, i, sorted) => i === 0 || middle - sorted[i - 1]! > 12).length;
}

test("on a phone the header is two rows, about 110 px: the name and the menu, then the search and the account", async ({
  browser,
}) => {
  for (const [state, width] of [
    [NGO_STATE, 360],
    [NGO_STATE, 390],
    [NGO_STATE, 430],
    [undefined, 390],
  ] as const) {
    const context = await newClientContext(browser, state);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/konsultacje");
    const header = page.getByRole("banner");
    const account = state
      ? [header.getByRole("link", { name: /^Powiadomienia/ }), header.getByRole("button", { name: "Moje konto" })]
      : [header.getByRole("link", { name: "Zaloguj się" }), header.getByRole("link", { name: "Załóż konto" })];
    await expect(account[1]!).toBeVisible();
    const name = header.getByRole("link", { name: PLATFORM });
    const menu = header.getByRole("button", { name: "Menu" });
    // The search box's form: its field, or at 360 px signed in only its magnifier (the test below).
    const search = header.getByRole("search");
    const bar = (await header.locator("[data-header-bar]").boundingBox())!;
    await page.screenshot({ path: `test-results/header-phone-${state ? "signed-in" : "visitor"}-${width}.png` });
    expect([width, await rows([name, menu]), await rows([search, ...account]), await rows([name, search])]).toEqual([
      width,
      1,
      1,
      2,
    ]);
    expect(bar.height, `the header's rows at ${width} px`).toBeLessThanOrEqual(124);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }
});

test("where the account area leaves the search no room for a field (320 px, zoom), its magnifier alone opens the search", async ({
  browser,
}) => {
  const cases = [
    // [session, language, width, text zoomed to 200 %, the field shown]
    [NGO_STATE, "pl", 320, false, false],
    [NGO_STATE, "en", 320, false, false],
    [NGO_STATE, "de", 320, false, false],
    [undefined, "pl", 320, false, false],
    // 200 % zoom of a 1280 px window, as accessibility.spec.ts models it.
    [NGO_STATE, "de", 640, true, false],
    [NGO_STATE, "pl", 430, false, true],
  ] as const;
  const words = {
    pl: { search: "Szukaj na platformie", account: ["Powiadomienia", "Zaloguj się"], page: "/szukaj" },
    en: { search: "Search the platform", account: ["Notifications", "Sign in"], page: "/en/search" },
    de: { search: "Auf der Plattform suchen", account: ["Benachrichtigungen", "Anmelden"], page: "/de/suche" },
  };
  for (const [state, locale, width, zoomed, fieldShown] of cases) {
    const what = `${state ? "signed in" : "visitor"}, ${locale}, ${width} px${zoomed ? ", 200 %" : ""}`;
    const context = await newClientContext(browser, state);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(locale === "pl" ? "/" : `/${locale}`);
    if (zoomed) await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    const header = page.getByRole("banner");
    const { search, account, page: results } = words[locale];
    // The account area has come (the bell, or the sign-in link): it decides how much of the row is left.
    await expect(header.getByRole("link", { name: new RegExp(`^${account[state ? 0 : 1]}`) })).toBeVisible();
    const form = header.getByRole("search", { name: search });
    const field = form.getByRole("searchbox", { name: search });
    const button = form.getByRole("button", { name: search });
    await expect(button).toBeVisible();
    if (fieldShown) {
      await expect(field).toBeVisible();
      // A field one can type a word in, not a sliver (it was 18 px at 320 px).
      expect((await field.boundingBox())!.width, what).toBeGreaterThanOrEqual(80);
    } else {
      await expect(field, what).toBeHidden();
      const box = (await button.boundingBox())!;
      expect([what, box.width >= 44, box.height >= 44]).toEqual([what, true, true]);
    }
    await page.screenshot({
      path: `test-results/header-search-${state ? "signed-in" : "visitor"}-${locale}-${width}${zoomed ? "-zoom" : ""}.png`,
      clip: { ...(await header.boundingBox())!, y: 0 },
    });
    expect([what, await overflow(page)]).toEqual([what, 0]);
    // With the WCAG 2.2 rules: the magnifier alone is a target of its own (2.5.8, at least 24 px).
    expect([what, await axeViolations(page)]).toEqual([what, []]);
    if (!fieldShown && !zoomed) {
      await button.click();
      await expect(page).toHaveURL(new RegExp(`${results}\\?q=$`));
      await expect(page.getByRole("heading", { level: 1, name: search })).toBeVisible();
      await expect(page.getByRole("main").getByRole("searchbox")).toBeVisible();
    }
    await context.close();
  }
});

/**
 * The layout shifts that the reader's parts cause when they arrive (the
 * header's account area, the home page's "for you" strip), as Chrome's CLS
 * scores them, and what moved. Their answers are held until the page has
 * loaded and its web font has replaced the fallback (that swap shifts text
 * too, but it is not theirs), then let through.
 */
async function layoutShiftsOnHome(page: Page): Promise<{ score: number; moved: string[] }> {
  await recordLayoutShifts(page);
  const paths = ["/api/account/summary", "/api/account/matters-summary"];
  let letThrough = () => {};
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  for (const path of paths)
    await page.route(`**${path}`, async (route) => {
      await held;
      await route.continue();
    });
  await page.goto("/");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(500);
  const before = await layoutShiftMark(page);
  const answered = Promise.all(
    paths.map((path) => page.waitForResponse((response) => new URL(response.url()).pathname === path)),
  );
  letThrough();
  await answered;
  await expect(page.getByRole("region", { name: "Dla Ciebie" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Konto" })).toBeVisible();
  // Two frames for the answers to be drawn, and a margin.
  await page.waitForTimeout(500);
  return layoutShiftsSince(page, before);
}

test("nothing moves when the account area and the 'for you' strip arrive, signed in or not, at 1280 and 390 px", async ({
  browser,
}) => {
  for (const [state, width] of [
    [undefined, 1280],
    [undefined, 390],
    [NGO_STATE, 1280],
    [NGO_STATE, 390],
  ] as const) {
    const context = await newClientContext(browser, state);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 844 });
    const shifts = await layoutShiftsOnHome(page);
    expect
      .soft(shifts.score, `${state ? "signed in" : "visitor"} at ${width} px: ${shifts.moved.join("; ")}`)
      .toBeLessThan(0.02);
    await context.close();
  }
});
