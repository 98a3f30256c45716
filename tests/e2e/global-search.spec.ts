// The one search across the platform (issue 24, item 4): from the header's
// box, results grouped by kind with links to each module's own search, a PDF's
// text found, a closed forum category's thread never shown to a visitor, axe.
// Over the demo data: "wolontariatu" is in an organisation's name, the 2027
// programme's consultation text, the 2026 programme's PDF in the library, a
// news article and a thread in the open category.
import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header's box opens the results, grouped, with each module's own search", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("banner").getByRole("search", { name: "Szukaj na platformie" });
    await box.getByRole("searchbox", { name: "Szukaj na platformie" }).fill("wolontariatu");
    await box.getByRole("button", { name: "Szukaj na platformie" }).click();
    await expect(page).toHaveURL(/\/szukaj\?q=wolontariatu$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Szukaj na platformie");
    await expect(page.getByLabel("Czego szukasz?")).toHaveValue("wolontariatu");
    // One search field on this page: the header's box gives way to the page's.
    await expect(page.getByRole("searchbox")).toHaveCount(1);
    await expect(page.getByRole("banner").getByRole("search")).toHaveCount(0);

    const organisations = page.getByRole("region", { name: /^Organizacje \(\d+ wynik/ });
    await expect(organisations.getByRole("link", { name: "Fundacja Opolskie Centrum Wolontariatu" })).toBeVisible();
    const consultations = page.getByRole("region", { name: /^Konsultacje \(\d+ wynik/ });
    await expect(
      consultations.getByRole("link", {
        name: "Program współpracy Województwa Opolskiego z organizacjami pozarządowymi na 2027 rok",
        exact: true,
      }),
    ).toBeVisible();
    // Found by the text of its PDF: the title does not have the word.
    const library = page.getByRole("region", { name: /^Biblioteka dokumentów \(\d+ wynik/ });
    await expect(
      library.getByRole("link", { name: /^Program współpracy Samorządu Województwa Opolskiego/ }),
    ).toBeVisible();
    const forum = page.getByRole("region", { name: /^Wątki na forum \(\d+ wynik/ });
    await expect(forum.getByRole("link", { name: "Szukam wolontariatu przy pracy z seniorami w Opolu" })).toBeVisible();
    // News dates as the news list writes them, not as the database does.
    const news = page.getByRole("region", { name: /^Aktualności \(\d+ wynik/ });
    await expect(news.locator("time").first()).toHaveText(/^\d{1,2} [a-ząćęłńóśźż]+ 20\d\d$/);

    await organisations.getByRole("link", { name: /^Wszystkie wyniki \(\d+\) w katalogu organizacji$/ }).click();
    await expect(page).toHaveURL(/\/organizacje\?q=wolontariatu$/);
    await expect(
      page.getByRole("main").getByRole("link", { name: "Fundacja Opolskie Centrum Wolontariatu", exact: true }),
    ).toBeVisible();
  });
});

test("a visitor never sees a thread of a closed category, and the page passes axe in three languages", async ({
  page,
}) => {
  // "Jak wycenić wkład osobowy…" is in "Dotacje i otwarte konkursy ofert", open only to those signed in.
  await page.goto("/szukaj?q=wk%C5%82ad+osobowy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Szukaj na platformie");
  // The search ran (whatever else the words find, or "nothing found"), and the thread is not among it.
  await expect(page.getByText(/^Wyniki dla „/)).toBeVisible();
  await expect(page.getByText("Jak wycenić wkład osobowy w ofercie na zadanie publiczne?")).toHaveCount(0);

  for (const [path, heading] of [
    ["/szukaj?q=wolontariatu", "Szukaj na platformie"],
    ["/en/search?q=wolontariatu", "Search the platform"],
    ["/de/suche?q=wolontariatu", "Auf der Plattform suchen"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    expect(await axeViolations(page)).toEqual([]);
  }
});

test("at 1280 px the header keeps one row with the magnifier, which shows the field in place with the focus in it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  const header = page.getByRole("banner");
  const box = header.getByRole("search", { name: "Szukaj na platformie" });
  const button = box.getByRole("button", { name: "Szukaj na platformie" });
  const field = box.getByRole("searchbox", { name: "Szukaj na platformie" });
  const signIn = header.getByRole("link", { name: "Zaloguj się" });
  const [a, b] = await Promise.all([button.boundingBox(), signIn.boundingBox()]);
  expect(Math.abs(a!.y + a!.height / 2 - (b!.y + b!.height / 2))).toBeLessThan(12);
  await expect(field).toBeHidden();
  // By keyboard: the magnifier is reached by Tab like any button.
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(field).toBeHidden();
  await expect(button).toBeFocused();
  await button.click();
  await field.fill("KGW");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/szukaj\?q=KGW$/);
  await expect(page.getByRole("main").getByText("KGW = Koło Gospodyń Wiejskich")).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: /^Organizacje/ })
      .getByRole("link", { name: "Koło Gospodyń Wiejskich w Bierawie" }),
  ).toBeVisible();
  // The kinds that found nothing share one line instead of a box each.
  await expect(page.getByText(/^Nic nie znaleziono w: .*Urzędy/)).toBeVisible();
  await expect(page.getByRole("region", { name: /^Urzędy/ })).toHaveCount(0);
});
