import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { urlFor } from "./pages";
import { OFFICIAL_STATE } from "./two-factor-helpers";
import { locales } from "@/lib/i18n/locales";

// The journey and axe on four pages in three languages at 320 px.
test.describe.configure({ timeout: 300_000 });

const OFFICE = "Urząd Marszałkowski Województwa Opolskiego";

/** Now, or `days` later, as a datetime-local value in Polish time. */
function polishLocal(days = 0): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Warsaw",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(new Date(Date.now() + days * 24 * 3600 * 1000))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function axeAt320InThreeLanguages(page: Page, pathname: Parameters<typeof urlFor>[0], slug: string) {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const locale of locales) {
    await page.goto(urlFor(pathname, locale).replace("[slug]", slug));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an official creates a competition, fills it, is told why it cannot be published yet, publishes and extends it", async ({
  browser,
}) => {
  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto("/urzedy");
  await official.getByRole("link", { name: OFFICE }).first().click();
  await official.getByRole("link", { name: "Konkursy ofert urzędu" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toContainText("Konkursy ofert urzędu");
  const officeSlug = new URL(official.url()).pathname.split("/")[2]!;
  await official.getByRole("link", { name: "Nowy konkurs" }).click();

  const title = `Konkurs na aktywizację seniorów ${Date.now()}`;
  await official.getByLabel(/^Tytuł konkursu/).fill(title);
  await official.getByLabel(/^Opis konkursu/).fill("Otwarty konkurs ofert na wsparcie aktywności osób starszych.");
  await official.getByLabel(/^Zasady przyznawania dotacji/).fill("Dotacje przyznaje Zarząd Województwa.");
  await official.getByLabel(/^Terminy i warunki realizacji zadań/).fill("Zadania realizuje się w województwie.");
  await official.getByLabel(/^Tryb wyboru ofert/).fill("Komisja konkursowa ocenia oferty.");
  await official.getByRole("button", { name: "Dodaj kryterium" }).click();
  await official.getByLabel(/^Kryterium 1: nazwa/).fill("Jakość oferty");
  await official.getByLabel(/^Kryterium 1: maksymalna liczba punktów/).fill("10");
  await official.getByLabel(/^Termin dokonania wyboru ofert/).fill(polishLocal(60).slice(0, 10));
  await official.getByLabel(/^Osoba do kontaktu/).fill("Anna Urzędniczka");
  // A time the spring clock change skips is refused, naming the field.
  const deadline = official.getByLabel(/^Termin składania ofert/);
  const typed = await deadline.inputValue();
  // 28 March 2027 is the last Sunday of March: 02:00–02:59 does not exist in Poland.
  await deadline.fill("2027-03-28T02:30");
  await official.getByRole("button", { name: "Utwórz projekt konkursu" }).click();
  await expect(official.getByRole("alert").getByRole("link", { name: /^Tej godziny nie ma w Polsce/ })).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);
  await deadline.fill(typed);
  await official.getByRole("button", { name: "Utwórz projekt konkursu" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText(title);
  const slug = new URL(official.url()).pathname.split("/")[2]!;

  const newTask = official.getByRole("region", { name: "Nowe zadanie" });
  await newTask.getByLabel(/^Rodzaj zadania/).fill("Wspieranie aktywności osób starszych");
  await newTask.getByLabel(/^Sfera pożytku publicznego/).selectOption({ index: 1 });
  await newTask.getByLabel(/^Środki na zadanie/).fill("200 000");
  await newTask.getByLabel(/^Maksymalna dotacja w zadaniu/).fill("40 000");
  await newTask.getByRole("button", { name: "Dodaj zadanie" }).click();
  await expect(
    official.getByRole("heading", { name: "Zadanie 1: Wspieranie aktywności osób starszych" }),
  ).toBeVisible();

  // Not yet: the three statutory publications are missing, and the page says so in words.
  await official.getByRole("button", { name: "Opublikuj ogłoszenie" }).click();
  // A second step first, with the focus on "Wróć": publishing freezes the text.
  await expect(official.getByRole("button", { name: "Wróć" })).toBeFocused();
  await official.getByRole("button", { name: "Tak, opublikuj ogłoszenie" }).click();
  await expect(official.getByText(/^Nie opublikowano/)).toBeVisible();
  await expect(official.getByText("Brak daty publikacji: Biuletyn Informacji Publicznej.")).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);

  const today = polishLocal().slice(0, 10);
  for (const channel of ["Biuletyn Informacji Publicznej", "Tablica ogłoszeń urzędu", "Strona internetowa urzędu"]) {
    await official.getByLabel(`Dzień publikacji: ${channel}`).fill(today);
    if (channel.startsWith("Biuletyn"))
      await official.getByLabel(`Adres: ${channel}`).fill("https://bip.opolskie.pl/konkurs-seniorzy");
    await official.getByRole("button", { name: `Zapisz: ${channel}` }).click();
    await expect(official.getByLabel(`Dzień publikacji: ${channel}`)).toHaveValue(today);
  }
  await expect(official.getByText(/^Ogłoszenie zawiera wszystko, czego wymaga ustawa/)).toBeVisible();

  // The draft's pages in three languages at 320 px, then back to work.
  await axeAt320InThreeLanguages(official, "/competitions/[slug]/edit", slug);
  await axeAt320InThreeLanguages(official, "/competitions/[slug]/preview", slug);
  await official.goto(urlFor("/competitions/[slug]/edit", "pl").replace("[slug]", slug));
  await official.getByRole("link", { name: "Podgląd" }).first().click();
  await expect(official).toHaveURL(/\/konkursy\/[a-z0-9-]+\/podglad$/);
  await expect(official.getByRole("heading", { name: "1. Rodzaj zadania" })).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);
  await official.getByRole("link", { name: "Wróć do edycji" }).click();

  await official.getByRole("button", { name: "Opublikuj ogłoszenie" }).click();
  await official.getByRole("button", { name: "Tak, opublikuj ogłoszenie" }).click();
  await expect(official.getByText(/^Ogłoszony /)).toBeVisible();

  await official.getByLabel(/^Nowy termin składania ofert/).fill(polishLocal(50).slice(0, 10) + "T16:00");
  await official.getByLabel(/^Powód przedłużenia/).fill("Przedłużenie na prośbę organizacji seniorów.");
  await official.getByRole("button", { name: "Przedłuż termin" }).click();
  await expect(official.getByText("Przedłużono termin.")).toBeVisible();
  await expect(official.getByText(/Powód: Przedłużenie na prośbę organizacji seniorów\./)).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);

  await axeAt320InThreeLanguages(official, "/institutions/[slug]/competitions", officeSlug);
  await axeAt320InThreeLanguages(official, "/institutions/[slug]/competitions/new", officeSlug);
  await axeAt320InThreeLanguages(official, "/competitions/[slug]/edit", slug);
});

test("a draft's preview and the office's pages are refused to a visitor", async ({ browser }) => {
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(urlFor("/institutions", "pl"));
  await visitor.getByRole("link", { name: OFFICE }).first().click();
  await expect(visitor).toHaveURL(/\/urzedy\/[a-z0-9-]+$/);
  const officeSlug = new URL(visitor.url()).pathname.split("/")[2]!;
  await visitor.goto(urlFor("/institutions/[slug]/competitions", "pl").replace("[slug]", officeSlug));
  await expect(visitor).toHaveURL(/\/logowanie/);
});
