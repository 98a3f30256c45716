import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { ADMIN_STATE, MODERATOR_STATE, NGO_STATE } from "./two-factor-helpers";
import { accountMenu } from "./header";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
/** The description's field (not the picture's description). */
const DESCRIPTION = "Opis (wymagane)";

test("an organisation's representative proposes a public task, with similar entries shown first, and finds it on the list", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const word = `Seniorada${Date.now().toString(36)}`;
  const title = `${word}: zajęcia ruchowe dla seniorów w świetlicach`;
  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto("/pomysly");
  await ngo.getByRole("link", { name: "Zgłoś potrzebę, pomysł lub propozycję zadania" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Nowy wpis");
  expect(await axeViolations(ngo)).toEqual([]);

  // Sent empty: the summary names the fields and leads to them.
  await ngo.getByRole("button", { name: "Wyślij wpis" }).click();
  const summary = ngo.getByRole("alert").filter({ hasText: "Tytuł musi mieć co najmniej 5 znaków." });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Wybierz, do kogo kierujesz wpis." }).click();
  await expect(ngo.getByLabel(/^Do kogo kierujesz wpis/)).toBeFocused();

  // Similar entries appear under the title as it is typed, without taking the focus.
  const titleField = ngo.getByLabel(/^Tytuł/);
  await titleField.fill("Wolontariat seniorów w domach opieki");
  const similar = ngo.getByRole("region", { name: "Podobne wpisy" });
  await expect(similar.getByRole("link", { name: "Wolontariat seniorów w domach pomocy społecznej" })).toBeVisible();
  await expect(titleField).toBeFocused();
  expect(await axeViolations(ngo)).toEqual([]);

  await ngo.getByLabel(/^Propozycja zadania publicznego/).check();
  await ngo.getByLabel(/^Do kogo kierujesz wpis/).selectOption({ label: "Urząd Marszałkowski Województwa Opolskiego" });
  await titleField.fill(title);
  await ngo
    .getByLabel(DESCRIPTION, { exact: true })
    .fill("Seniorzy z małych gmin nie mają gdzie ćwiczyć. Proponujemy **zajęcia ruchowe** w świetlicach wiejskich.");
  // A picture goes into the description with the description people who cannot see it need.
  await ngo.getByLabel("Plik ze zdjęciem").setInputFiles({ name: "zajecia.png", mimeType: "image/png", buffer: PNG });
  await ngo.getByLabel(/^Opis zdjęcia/).fill("Seniorzy ćwiczą w świetlicy");
  await ngo.getByRole("button", { name: "Dołącz zdjęcie" }).click();
  await ngo.getByRole("button", { name: /^Wstaw do opisu\s*: Seniorzy ćwiczą w świetlicy$/ }).click();
  await expect(ngo.getByLabel(DESCRIPTION, { exact: true })).toBeFocused();
  // A task proposal asks for the act's fields.
  await ngo.getByRole("button", { name: "Wyślij wpis" }).click();
  await expect(ngo.getByRole("alert").filter({ hasText: "Opisz zakres zadania publicznego." })).toBeFocused();
  await ngo.getByLabel(/^Zakres zadania/).fill("Dwa razy w tygodniu zajęcia ruchowe dla 120 seniorów w 8 świetlicach.");
  await ngo
    .getByLabel(/^Miejsce i termin realizacji/)
    .fill("Świetlice wiejskie powiatu opolskiego, marzec–listopad 2027 r.");
  await ngo.getByLabel(/^Zakładane rezultaty/).fill("120 seniorów ćwiczy regularnie, 560 godzin zajęć.");
  await ngo.getByLabel(/^Szacunkowy koszt/).fill("48 500,50");
  await ngo.getByLabel("w imieniu organizacji: Fundacja Opolskie Centrum Wolontariatu").check();
  await ngo.getByRole("button", { name: "Wyślij wpis" }).click();

  // Public at once (post-moderation in the demo), on its own page with every field.
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(ngo.getByText("Wpis został opublikowany")).toBeVisible();
  await expect(ngo.getByRole("heading", { name: "Propozycja zadania publicznego" })).toBeVisible();
  await expect(ngo.getByText("48 500,50 zł")).toBeVisible();
  await expect(ngo.getByRole("img", { name: "Seniorzy ćwiczą w świetlicy" })).toBeVisible();
  await expect(ngo.getByRole("link", { name: "Fundacja Opolskie Centrum Wolontariatu" })).toBeVisible();
  await expect(ngo.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego" })).toBeVisible();
  await expect(ngo.getByText(/^Odpowiedź oczekiwana za/)).toBeVisible();
  expect(await axeViolations(ngo)).toEqual([]);

  // Its writer edits it: the kind and addressee stay, the text changes at once (post-moderation).
  await ngo.getByRole("link", { name: "Edytuj wpis" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Edycja wpisu");
  expect(await axeViolations(ngo)).toEqual([]);
  await ngo.getByLabel(/^Zakładane rezultaty/).fill("150 seniorów ćwiczy regularnie, 600 godzin zajęć.");
  await ngo.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(ngo.getByText("Zapisano.")).toBeVisible();
  await ngo.goto(
    new URL((await ngo.getByRole("link", { name: title }).getAttribute("href")) ?? "", ngo.url()).pathname,
  );
  await expect(ngo.getByText("150 seniorów ćwiczy regularnie, 600 godzin zajęć.")).toBeVisible();

  // A visitor finds it on the list by its word.
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto("/pomysly");
  await visitor.getByLabel("Szukane słowa").fill(word);
  await visitor.getByRole("button", { name: "Pokaż" }).click();
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
});

test("a visitor finds an entry by an inflected word, sees an overdue one marked, and follows a merged one", async ({
  browser,
}) => {
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto("/pomysly");
  // "szkoła" finds "w szkołach".
  await visitor.getByLabel("Szukane słowa").fill("szkoła");
  await visitor.getByRole("button", { name: "Pokaż" }).click();
  await visitor.getByRole("link", { name: "Kursy pierwszej pomocy w szkołach Opola" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Kursy pierwszej pomocy w szkołach Opola");

  await visitor.goto("/pomysly?sort=waiting");
  const overdue = visitor
    .getByRole("listitem")
    .filter({ hasText: "Dowóz osób z niepełnosprawnościami na zajęcia terapeutyczne" });
  await expect(overdue.getByText(/^Po terminie o/)).toBeVisible();

  // A merged entry's address leads to the entry it went into.
  await visitor.goto("/pomysly/mapa-organizacji-opola");
  await expect(visitor).toHaveURL(/\/pomysly\/mapa-organizacji-w-regionie$/);
});

test.describe("the entry page in three languages and at 320 px", () => {
  for (const path of [
    "/pomysly/wolontariat-seniorow-w-domach-pomocy-spolecznej",
    "/en/ideas/male-granty-w-programie-wspolpracy",
    "/de/ideen/transport-osob-z-niepelnosprawnosciami-na-zajecia",
  ]) {
    test(`${path} passes axe`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("reflows at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/pomysly/wolontariat-seniorow-w-domach-pomocy-spolecznej", "/pomysly"]) {
      await page.goto(path);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

test("a moderator hides an entry with a reason its writer sees, and the board's settings refuse a bad threshold", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Ogłoszenie sklepu ${Date.now().toString(36)} z promocją`;
  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto("/pomysly/nowy");
  await ngo.getByLabel(/^Pomysł lub sugestia/).check();
  await ngo.getByLabel(/^Do kogo kierujesz wpis/).selectOption({ label: "Operator platformy" });
  await ngo.getByLabel(/^Tytuł/).fill(title);
  await ngo
    .getByLabel(DESCRIPTION, { exact: true })
    .fill("Kupujcie w naszym sklepie, rabat dziesięć procent na wszystko do końca miesiąca.");
  await ngo.getByRole("button", { name: "Wyślij wpis" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText(title);
  const entryUrl = new URL(ngo.url()).pathname;

  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  await moderator.goto("/konto");
  await (await accountMenu(moderator)).getByRole("link", { name: "Moderacja pomysłów" }).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Moderacja pomysłów i potrzeb");
  expect(await axeViolations(moderator)).toEqual([]);
  await moderator.getByRole("button", { name: `Ukryj… – ${title}` }).click();
  await moderator.getByLabel(/^Powód \(zobaczy go autor\)/).fill("Reklama sklepu, nie potrzeba ani pomysł.");
  await moderator.getByRole("button", { name: `Ukryj wpis – ${title}` }).click();
  await expect(moderator.getByText(`Ukryto: ${title}.`)).toBeVisible();

  const visitor = await (await newClientContext(browser)).newPage();
  expect((await visitor.goto(entryUrl))?.status()).toBe(404);
  await ngo.goto(entryUrl);
  await expect(ngo.getByText("Moderacja ukryła wpis")).toBeVisible();
  await expect(ngo.getByText("Reklama sklepu, nie potrzeba ani pomysł.")).toBeVisible();

  const admin = await (await newClientContext(browser, ADMIN_STATE)).newPage();
  await admin.goto("/administracja/pomysly");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Ustawienia pomysłów i potrzeb");
  expect(await axeViolations(admin)).toEqual([]);
  await admin.getByLabel(/^Liczba popierających organizacji/).fill("0");
  await admin.getByRole("button", { name: "Zapisz ustawienia" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Podaj liczbę całkowitą od 1 do 1000." })).toBeFocused();
});
