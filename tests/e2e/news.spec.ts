import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { MODERATOR_STATE, NGO_STATE } from "./two-factor-helpers";
import { accountMenu } from "./header";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** The feed at `url` parsed as XML by the browser: no parse error, and its text. */
async function fetchFeed(
  page: Page,
  url: string,
): Promise<{ type: string | null; wellFormed: boolean; root: string; text: string }> {
  const response = await page.request.get(url);
  const text = await response.text();
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return { wellFormed: doc.getElementsByTagName("parsererror").length === 0, root: doc.documentElement.nodeName };
  }, text);
  return { type: response.headers()["content-type"] ?? null, text, ...parsed };
}

test("an organisation writes an article with a described picture, a moderator approves it, and visitors find it, its page and its feeds", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const word = `Gwiazdkowy${Date.now().toString(36)}`;
  const title = `${word} kiermasz rękodzieła w Opolu`;
  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto("/konto");
  await (await accountMenu(ngo)).getByRole("link", { name: "Moje aktualności" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Moje aktualności");
  expect(await axeViolations(ngo)).toEqual([]);
  await ngo.getByRole("link", { name: "Napisz aktualność" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Nowa aktualność");

  // Sent empty: the summary names the fields and leads to them.
  await ngo.getByRole("button", { name: "Zapisz szkic" }).click();
  const summary = ngo.getByRole("alert").filter({ hasText: "Tytuł musi mieć co najmniej 5 znaków." });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Zajawka musi mieć co najmniej 20 znaków." }).click();
  await expect(ngo.getByLabel(/^Zajawka/)).toBeFocused();
  expect(await axeViolations(ngo)).toEqual([]);

  await ngo.getByLabel(/^Publikuję w imieniu/).selectOption({ label: "Fundacja Opolskie Centrum Wolontariatu" });
  await ngo.getByLabel(/^Rodzaj/).selectOption({ label: "Wydarzenie" });
  await ngo.getByLabel(/^Tytuł/).fill(title);
  await ngo
    .getByLabel(/^Zajawka/)
    .fill("Zapraszamy na kiermasz rękodzieła przygotowany przez wolontariuszy i podopiecznych fundacji.");
  await ngo
    .getByLabel(/^Treść/)
    .fill("Dochód z **kiermaszu** przeznaczymy na zajęcia dla dzieci.\n\n<script>alert('xss')</script>");
  // An event needs its date.
  await ngo.getByRole("button", { name: "Zapisz szkic" }).click();
  await expect(ngo.getByRole("alert").filter({ hasText: "Wydarzenie wymaga daty początku." })).toBeFocused();
  await ngo.getByLabel(/^Początek/).fill("2027-12-12T10:00");
  await ngo.getByLabel(/^Miejsce/).fill("Rynek w Opolu");
  await ngo.getByRole("button", { name: "Zapisz szkic" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Edycja aktualności");
  const editUrl = ngo.url();

  // A picture needs its description; marked as the cover, then put in the text.
  await ngo.getByLabel(/^Plik obrazu/).setInputFiles({ name: "kiermasz.png", mimeType: "image/png", buffer: PNG });
  await ngo.getByRole("button", { name: "Dodaj obraz" }).click();
  await expect(ngo.getByRole("alert").filter({ hasText: "Opis obrazu musi mieć co najmniej 3 znaki." })).toBeFocused();
  await ngo.getByLabel(/^Opis obrazu/).fill("Stoisko z ozdobami świątecznymi");
  await ngo.getByRole("button", { name: "Dodaj obraz" }).click();
  await expect(ngo.getByText("Obraz dodany.")).toBeVisible();
  await expect(ngo.getByText("Okładka", { exact: true })).toBeVisible();
  await ngo.getByRole("button", { name: "Wstaw do treści – Stoisko z ozdobami świątecznymi" }).click();
  await expect(ngo.getByLabel(/^Treść/)).toBeFocused();
  await expect(ngo.getByLabel(/^Treść/)).toHaveValue(
    /!\[Stoisko z ozdobami świątecznymi\]\(\/api\/news\/images\/[a-z0-9]+\)/,
  );
  await ngo.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(ngo.getByText("Zmiany zapisane.")).toBeVisible();
  expect(await axeViolations(ngo)).toEqual([]);

  // A publication time in the past is refused; sent without one, it waits for the moderator.
  await ngo.getByLabel(/^Termin publikacji/).fill("2020-01-01T10:00");
  await ngo.getByRole("button", { name: "Wyślij do moderatora" }).click();
  await expect(ngo.getByRole("alert").filter({ hasText: "Termin publikacji minął." })).toBeFocused();
  await ngo.getByLabel(/^Termin publikacji/).fill("");
  await ngo.getByRole("button", { name: "Wyślij do moderatora" }).click();
  await expect(ngo.getByText("Stan: czeka na moderatora")).toBeVisible();

  // Visitors do not see it yet.
  const visitor = await (await newClientContext(browser)).newPage();
  const articlePath = new URL(
    (await ngo.getByRole("link", { name: "Zobacz stronę aktualności" }).getAttribute("href")) ?? "",
    ngo.url(),
  ).pathname;
  expect((await visitor.goto(articlePath))?.status()).toBe(404);

  // The moderator approves it from the queue.
  // Moderators sign in with a code: the session stored by auth.setup.ts.
  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  await moderator.goto("/konto");
  await (await accountMenu(moderator)).getByRole("link", { name: "Moderacja aktualności" }).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Moderacja aktualności");
  expect(await axeViolations(moderator)).toEqual([]);
  await moderator.getByRole("button", { name: `Zatwierdź – ${title}` }).click();
  await expect(moderator.getByText(`Zatwierdzono: ${title}.`)).toBeVisible();

  // Visitors find it by a word, read its page with the picture and its structured data.
  await visitor.goto("/aktualnosci");
  expect(await axeViolations(visitor)).toEqual([]);
  await visitor.getByLabel("Szukane słowa").fill(word.toLowerCase());
  await visitor.getByRole("button", { name: "Pokaż" }).click();
  await expect(visitor.getByRole("status").filter({ hasText: /^Znaleziono/ })).toHaveText("Znaleziono 1 aktualność");
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const pictures = visitor.getByRole("img", { name: "Stoisko z ozdobami świątecznymi" });
  await expect(pictures).toHaveCount(2);
  expect(await pictures.first().evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1);
  await expect(visitor.locator("main script:not([type='application/ld+json'])")).toHaveCount(0);
  await expect(visitor.locator("main")).toContainText("<script>alert('xss')</script>");
  const structured = JSON.parse((await visitor.locator("script[type='application/ld+json']").textContent()) ?? "{}");
  expect(structured).toMatchObject({
    "@type": "NewsArticle",
    headline: title,
    author: { name: "Fundacja Opolskie Centrum Wolontariatu" },
    about: { "@type": "Event", location: { name: "Rynek w Opolu" } },
  });
  await expect(visitor.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  await expect(visitor.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/api\/news\/images\//);
  expect(await axeViolations(visitor)).toEqual([]);

  // The feeds: well-formed RSS and Atom with the article, overall and for the author.
  await visitor.goto("/aktualnosci");
  const rss = await fetchFeed(visitor, "/api/news/rss");
  expect(rss).toMatchObject({ type: "application/rss+xml; charset=utf-8", wellFormed: true, root: "rss" });
  expect(rss.text).toContain(`<title>${title}</title>`);
  const atom = await fetchFeed(visitor, "/api/news/atom?kind=EVENT");
  expect(atom).toMatchObject({ type: "application/atom+xml; charset=utf-8", wellFormed: true, root: "feed" });
  expect(atom.text).toContain(`<title>${title}</title>`);
  expect((await fetchFeed(visitor, "/api/news/atom?kind=CALL")).text).not.toContain(title);

  // The writer sees it published in their list.
  await ngo.goto(editUrl);
  await expect(ngo.getByText("Stan: opublikowana")).toBeVisible();
});

test("the home page shows the region's featured and latest news", async ({ page }) => {
  await page.goto("/");
  const news = page.getByRole("region", { name: "Aktualności z regionu" });
  await expect(news.getByRole("link", { name: "Otwarty konkurs ofert na 2027 rok: nabór wniosków" })).toBeVisible();
  await expect(news.getByRole("link", { name: "Szkolenie dla koordynatorów wolontariatu w Opolu" })).toBeVisible();
  await expect(news.getByText("Posiedzenie Wojewódzkiej Rady Działalności Pożytku Publicznego")).toHaveCount(0);
  await news.getByRole("link", { name: "Wszystkie aktualności" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aktualności");
  expect(await axeViolations(page)).toEqual([]);
});

test("each block of the home page's noticeboard links to its full list", async ({ page }) => {
  test.setTimeout(90_000);
  // Block heading → its "all" link → the list's heading (each checked from a fresh home page).
  const blocks: [string, string | RegExp, string, RegExp][] = [
    ["Trwające konsultacje", /^Wszystkie konsultacje/, "Konsultacje", /\/konsultacje$/],
    [
      "Wybory do Rady Działalności Pożytku Publicznego",
      "Wszystkie wybory",
      "Wybory do rad działalności pożytku publicznego",
      /\/wybory$/,
    ],
    [
      "Pomysły czekające na odpowiedź",
      "Wszystkie pomysły czekające na odpowiedź",
      "Pomysły, potrzeby i propozycje zadań",
      /\/pomysly\?sort=waiting$/,
    ],
    ["Organizacje szukają partnerów", "Wszystkie zapytania o partnerstwo", "Partnerstwa", /\/partnerstwa$/],
    ["Najnowsze na forum", "Wszystkie kategorie forum", "Forum", /\/forum$/],
    ["Aktualności z regionu", "Wszystkie aktualności", "Aktualności", /\/aktualnosci$/],
  ];
  for (const [heading, link, listHeading, url] of blocks) {
    await page.goto("/");
    const block = page.getByRole("region", { name: heading, exact: true });
    await expect(block.getByRole("heading", { level: 2 })).toHaveText(heading);
    await block.getByRole("link", { name: link }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(listHeading);
  }

  // A visitor's home page shows no thread of a category closed to visitors (the demo's grants category).
  await page.goto("/");
  await expect(page.getByText("Jak wycenić wkład osobowy w ofercie na zadanie publiczne?")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
