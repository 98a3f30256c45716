import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";

const FOUNDATION = "Fundacja Opolskie Centrum Wolontariatu";
const FOUNDATION_PAGE = "/organizacje/opolskie-centrum-wolontariatu";

/** A day `days` from today, as the date field takes it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The deepest elements sticking out name the culprit in the failure message.
    const sticking = [...document.querySelectorAll("body *")].filter(
      (element) => element.getBoundingClientRect().right > width + 1 && element.children.length === 0,
    );
    return {
      overflow: document.documentElement.scrollWidth - width,
      widest: sticking.slice(0, 3).map((element) => `${element.tagName} ${element.textContent?.slice(0, 40)}`),
    };
  });
  expect(overflow, `${page.url()} at 320 px: ${widest.join(" | ")}`).toBeLessThanOrEqual(0);
}

// Issue 23's journey: an office posts a request, the demo foundation finds it
// "for you", expresses interest, is accepted, both sides confirm, and the
// partnership shows on both public pages.
test("an office finds a partner: request, suggestion, interest, acceptance, partnership on both pages", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // Different on every run: the demo database is shared by the journeys.
  const title = `Wakacyjne warsztaty ${[...String(Date.now() % 1_000_000)].map((d) => "abcdefghij"[Number(d)]).join("")}`;

  // 1. The marshal's office's official posts the request.
  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto("/partnerstwa/nowe-zapytanie");
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Nowe zapytanie o partnera");
  await expectAccessible(official);
  await official.getByLabel("Tytuł").fill(title);
  await official
    .getByLabel("Opis inicjatywy lub projektu")
    .fill("Warsztaty dla dzieci w czasie wakacji w gminach województwa: szukamy organizacji z wolontariuszami.");
  await official.getByRole("group", { name: "Rola partnera" }).getByLabel("wolontariusze").check();
  await official.getByRole("group", { name: "Potrzebne kompetencje" }).getByLabel("koordynacja wolontariatu").check();
  await official.getByRole("group", { name: "Potrzebne zasoby" }).getByLabel("wolontariusze").check();
  await official.getByLabel("Co wnosi partner").fill("Wolontariuszy i ich koordynację przez sześć tygodni.");
  await official.getByLabel("Co zyskuje partner").fill("Pokrycie kosztów ubezpieczenia i promocję.");
  await official.getByLabel("Termin zgłoszeń").fill(dayFromNow(30));
  await official.getByRole("button", { name: "Opublikuj zapytanie" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText(title);
  const requestUrl = new URL(official.url()).pathname;
  await expectAccessible(official);

  // The office sees which organisations fit, and why.
  await official.getByRole("link", { name: "Zobacz organizacje, które pasują do zapytania" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText(`Proponowani partnerzy: ${title}`);
  const suggested = official.getByRole("listitem").filter({ hasText: FOUNDATION });
  await expect(suggested.getByText("Dlaczego")).toBeVisible();
  await expectAccessible(official);

  // 2. The foundation's owner sees it "for you", with the reasons, and expresses interest.
  const owner = await (await newClientContext(browser, NGO_STATE)).newPage();
  await owner.goto("/partnerstwa/dla-ciebie");
  const picker = owner.getByLabel("Pokaż zapytania dla");
  if (await picker.isVisible()) {
    await picker.selectOption({ label: FOUNDATION });
    await owner.getByRole("button", { name: "Pokaż" }).click();
  }
  await expect(owner.getByRole("heading", { level: 2, name: `Zapytania dla: ${FOUNDATION}` })).toBeVisible();
  await expectAccessible(owner);
  await owner.getByRole("link", { name: title }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(title);
  const sides = owner.getByRole("radio", { name: FOUNDATION });
  if (await sides.isVisible()) await sides.check();
  await owner
    .getByLabel("Wiadomość do autora")
    .fill("Mamy czterdziestu przeszkolonych wolontariuszy i doświadczenie z półkolonii.");
  const covered = owner.getByRole("group", { name: "Które potrzeby zapytania pokrywacie" });
  await covered.getByLabel("koordynacja wolontariatu").check();
  await covered.getByLabel("wolontariusze").check();
  await owner.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(owner.getByText(`${FOUNDATION}: zgłoszenie wysłane, czeka na autora.`)).toBeVisible();
  // The form left for the owner's other organisation starts empty: nothing is sent twice by mistake.
  const again = owner.getByLabel("Wiadomość do autora");
  if (await again.isVisible()) await expect(again).toHaveValue("");
  await expectAccessible(owner);

  // 3. The official reviews the interests and accepts the foundation's: contacts appear.
  await official.goto(`${requestUrl}/zgloszenia`);
  await expect(official.getByRole("heading", { level: 1 })).toContainText(title);
  await expectAccessible(official);
  await official.getByRole("button", { name: `Przyjmij – ${FOUNDATION}` }).click();
  await expect(official.getByText(/Zgłoszenie przyjęto i zaproponowano partnerstwo/)).toBeVisible();
  await expect(official.getByRole("heading", { name: `Dane kontaktowe: ${FOUNDATION}` })).toBeVisible();

  // 4. Both sides confirm and agree to show it, in "my partnerships".
  for (const page of [official, owner]) {
    await page.goto("/partnerstwa/moje");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje partnerstwa");
    const confirmation = page.getByRole("form", { name: `Potwierdzenie partnerstwa: ${title}` });
    await confirmation.getByLabel("Pokaż to partnerstwo w naszym publicznym profilu").check();
    await confirmation.getByRole("button", { name: "Potwierdź partnerstwo" }).click();
    await expect(page.getByText("Zapisano Wasze potwierdzenie.")).toBeVisible();
    await expectAccessible(page);
  }

  // 5. Anyone sees the partnership on the foundation's page and on the office's page.
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(FOUNDATION_PAGE);
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await visitor.goto(requestUrl);
  await visitor.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego" }).first().click();
  // The office's page lists its open requests too: the partnership is looked for in its own section.
  const partnerships = visitor.getByRole("region", { name: "Partnerstwa na platformie" });
  await expect(partnerships).toBeVisible();
  await expect(partnerships.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(visitor);

  // 6. The new pages in English and German, and at 320 px.
  const slug = requestUrl.split("/").pop()!;
  for (const [page, urls] of [
    [
      official,
      [
        "/en/partnerships/new-request",
        `/en/partnerships/${slug}/interests`,
        `/de/partnerschaften/${slug}/interessenbekundungen`,
        `/en/partnerships/${slug}/suggestions`,
        `/de/partnerschaften/${slug}/vorschlaege`,
      ],
    ],
    [
      owner,
      [
        `/en/partnerships/${slug}`,
        `/de/partnerschaften/${slug}`,
        "/en/partnerships/for-you",
        "/de/partnerschaften/fuer-sie",
        "/en/partnerships/mine",
        "/de/partnerschaften/meine",
      ],
    ],
  ] as const) {
    for (const url of urls) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  }
  await owner.setViewportSize({ width: 320, height: 640 });
  for (const url of [requestUrl, "/partnerstwa/moje", "/partnerstwa/dla-ciebie"]) {
    await owner.goto(url);
    await expectNoSidewaysScroll(owner);
    await expectAccessible(owner);
  }
});
