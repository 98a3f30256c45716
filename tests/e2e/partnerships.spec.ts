import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { MODERATOR_STATE, NGO_STATE } from "./two-factor-helpers";

const ORGANISATION = "/organizacje/opolskie-centrum-wolontariatu";

test("an organisation's owner says what it offers and needs partners for, and everyone sees it on its page", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const owner = await (await newClientContext(browser, NGO_STATE)).newPage();
  await owner.goto(`${ORGANISATION}/edycja`);
  await owner.getByRole("link", { name: "Profil partnerski" }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(/^Profil partnerski: /);
  expect(await axeViolations(owner)).toEqual([]);

  const open = owner.getByLabel(/^Szukamy partnerów/);
  if (!(await open.isChecked())) await open.check();
  const offered = owner.getByRole("group", { name: "Kompetencje, które oferujemy" });
  const tags = owner.getByLabel(/^Słowa kluczowe/);
  // Letters only, different on every run (the demo database is shared by the journeys).
  const tag = `festyn ${[...String(Date.now() % 100000)].map((digit) => "abcdefghij"[Number(digit)]).join("")}`;
  await tags.fill(`${(await tags.inputValue()) ? `${await tags.inputValue()}, ` : ""}${tag}`);
  await owner.getByRole("button", { name: "Zapisz profil partnerski" }).click();
  await expect(owner.getByText("Profil partnerski zapisany.")).toBeVisible();
  await expect(offered).toBeVisible();

  // Anyone sees the section on the organisation's page, in every language.
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(ORGANISATION);
  const section = visitor.getByRole("region", { name: "Partnerstwa" });
  await expect(section.getByText(/Otwarta na partnerstwa/)).toBeVisible();
  await expect(section.getByText(tag)).toBeVisible();
  expect(await axeViolations(visitor)).toEqual([]);

  // The edit page in English and German, and at 320 px without sideways scrolling.
  for (const url of [
    "/en/organisations/opolskie-centrum-wolontariatu/partnerships",
    "/de/organisationen/opolskie-centrum-wolontariatu/partnerschaften",
  ]) {
    await owner.goto(url);
    await expect(owner.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(owner)).toEqual([]);
  }
  await owner.setViewportSize({ width: 320, height: 640 });
  await owner.goto(`${ORGANISATION}/partnerstwa`);
  const overflow = await owner.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(owner)).toEqual([]);
});

test("the moderators' queue of partner requests reads well in every language and at 320 px", async ({ browser }) => {
  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  const titles = {
    "/moderacja/partnerstwa": "Moderacja zapytań o partnera",
    "/en/moderation/partnerships": "Partner requests moderation",
    "/de/moderation/partnerschaften": "Moderation der Partnersuchen",
  };
  for (const [url, title] of Object.entries(titles)) {
    const response = await moderator.goto(url);
    expect(response?.status()).toBe(200);
    await expect(moderator.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(await axeViolations(moderator)).toEqual([]);
  }
  await moderator.setViewportSize({ width: 320, height: 640 });
  await moderator.goto("/moderacja/partnerstwa");
  const overflow = await moderator.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(moderator)).toEqual([]);
});

// A change with a blocked word to a published request waits for the moderators, while everyone keeps
// seeing the last accepted text; a moderator compares old and new in the queue and rejects it with a
// reason the party is told.
test("a held change to a request goes through the moderators' queue: the public text stays, the party learns why", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const foundation = "Fundacja Opolskie Centrum Wolontariatu";
  // Letters only, different on every run (the demo database is shared by the journeys).
  const title = `Festyn sąsiedzki ${[...String(Date.now() % 1_000_000)].map((d) => "abcdefghij"[Number(d)]).join("")}`;
  const gives = "Dwie osoby do pomocy przy stoiskach przez cały dzień festynu.";
  const flagged = "Dwie osoby do pomocy przy stoiskach, kuurwa, przez cały dzień festynu.";

  // 1. The foundation's owner publishes a request: public at once.
  const owner = await (await newClientContext(browser, NGO_STATE)).newPage();
  await owner.goto("/partnerstwa/nowe-zapytanie");
  await owner.getByLabel("W czyim imieniu").selectOption({ label: foundation });
  await owner.getByLabel("Tytuł").fill(title);
  await owner.getByLabel("Opis inicjatywy lub projektu").fill("Festyn dla mieszkańców osiedla z grami dla dzieci.");
  await owner.getByRole("group", { name: "Rola partnera" }).getByLabel("wolontariusze").check();
  await owner.getByLabel("Co wnosi partner").fill(gives);
  await owner.getByLabel("Co zyskuje partner").fill("Promocję na plakatach i w mediach społecznościowych.");
  await owner.getByLabel("Termin zgłoszeń").fill(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
  await owner.getByRole("button", { name: "Opublikuj zapytanie" }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(title);
  const requestUrl = new URL(owner.url()).pathname;

  // 2. Its edit with a blocked word is saved but held: the form and the party's page say so.
  await owner.getByRole("link", { name: "Edytuj zapytanie" }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toContainText("Edycja zapytania o partnera");
  await owner.getByLabel("Co wnosi partner").fill(flagged);
  await owner.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(owner.getByText(/^Zapisano\. Zmiany czekają na sprawdzenie przez moderację/)).toBeVisible();
  await owner.goto(requestUrl);
  await expect(owner.getByText("Zmiany czekają na moderację")).toBeVisible();

  // Everyone else keeps the last accepted text.
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(requestUrl);
  await expect(visitor.getByText(gives)).toBeVisible();
  await expect(visitor.getByText(/kuurwa/)).toHaveCount(0);

  // 3. A moderator sees the change old beside new among the held changes, and rejects it with a reason.
  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  await moderator.goto("/moderacja/partnerstwa");
  const changes = moderator.getByRole("region", { name: /^Zatrzymane zmiany opublikowanych zapytań/ });
  const item = changes.getByRole("listitem").filter({ hasText: title });
  await expect(item.getByText("Było", { exact: true })).toBeVisible();
  // Old and new side by side (the item's full text, folded away below them, holds the public text too).
  await expect(item.getByText(gives, { exact: true }).first()).toBeVisible();
  await expect(item.getByText(flagged, { exact: true })).toBeVisible();
  expect(await axeViolations(moderator)).toEqual([]);
  await item.getByRole("button", { name: `Odrzuć… – ${title}` }).click();
  await item.getByLabel(/^Powód \(zobaczy go autor\)/).fill("Wulgaryzm w opisie tego, co wnosi partner.");
  await item.getByRole("button", { name: `Odrzuć – ${title}` }).click();
  await expect(moderator.getByText(`Odrzucono: ${title}.`)).toBeVisible();
  await expect(changes.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);

  // 4. The party is told why; the public text never changed.
  await owner.goto(requestUrl);
  await expect(owner.getByText("Moderacja odrzuciła ostatnie zmiany")).toBeVisible();
  await expect(owner.getByText("Wulgaryzm w opisie tego, co wnosi partner.")).toBeVisible();
  expect(await axeViolations(owner)).toEqual([]);
  await visitor.reload();
  await expect(visitor.getByText(gives)).toBeVisible();

  // The request is closed again, so the shared demo lists do not fill up with the test's requests.
  await owner.getByRole("button", { name: "Zamknij zapytanie" }).click();
  await owner.getByRole("button", { name: "Tak, zamknij zapytanie" }).click();
  await expect(owner.getByText(/^Zapytanie zamknięte/)).toBeVisible();
});
