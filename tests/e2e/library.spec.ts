import { expect, test } from "@playwright/test";
import { polishPdfFile } from "@/tests/factories/document-files";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { MODERATOR_STATE, OFFICIAL_STATE } from "./two-factor-helpers";
import { accountMenu } from "./header";

test("an official publishes a document in two versions, and a visitor finds it by a word inside its PDF and downloads the current one", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const word = `Sowiogórski${Date.now().toString(36)}`;
  const title = `Standard dostępności wydarzeń ${word}`;
  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto("/");
  await (await accountMenu(official)).getByRole("link", { name: "Moje dokumenty" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Moje dokumenty");
  expect(await axeViolations(official)).toEqual([]);
  await official.getByRole("link", { name: "Dodaj dokument" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Nowy dokument");

  await official.getByRole("button", { name: "Zapisz dokument" }).click();
  const summary = official.getByRole("alert").filter({ hasText: "Tytuł musi mieć co najmniej 5 znaków." });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Opis musi mieć co najmniej 20 znaków." }).click();
  await expect(official.getByLabel(/^Opis/)).toBeFocused();
  expect(await axeViolations(official)).toEqual([]);

  await official.getByLabel(/^Tytuł/).fill(title);
  await official
    .getByLabel(/^Opis/)
    .fill("Jak organizować wydarzenia dostępne dla osób z niepełnosprawnościami: miejsce, informacja, tłumacz PJM.");
  await official.getByLabel(/^Rodzaj dokumentu/).selectOption({ label: "Standard" });
  await official.getByRole("button", { name: "Zapisz dokument" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Dokument w bibliotece");
  expect(await axeViolations(official)).toEqual([]);

  // A file that only claims to be a PDF is refused; then two real versions.
  await official.getByLabel(/^Plik/).setInputFiles({
    name: "standard.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await official.getByRole("button", { name: "Dodaj wersję" }).click();
  await expect(official.getByRole("alert").filter({ hasText: "Ten plik nie jest dokumentem PDF" })).toBeFocused();
  await official.getByLabel(/^Plik/).setInputFiles({
    name: "standard-projekt.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(await polishPdfFile(["Projekt standardu dostępności."])),
  });
  await official.getByLabel(/^Data wersji/).fill("2026-10-01");
  await official.getByLabel(/^Co się zmieniło/).fill("Projekt do konsultacji");
  await official.getByRole("button", { name: "Dodaj wersję" }).click();
  await expect(official.getByText("Dodano wersję 1.")).toBeVisible();
  await official.getByLabel(/^Plik/).setInputFiles({
    name: "standard-dostepnosci.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(
      await polishPdfFile([
        "Standard dostępności wydarzeń.",
        `Pętla indukcyjna i tłumacz języka migowego: ${word.toLowerCase()}.`,
      ]),
    ),
  });
  await official.getByLabel(/^Data wersji/).fill("2026-11-20");
  await official.getByLabel(/^Co się zmieniło/).fill("Przyjęty po konsultacjach");
  await official.getByRole("button", { name: "Dodaj wersję" }).click();
  await expect(official.getByText("Dodano wersję 2.")).toBeVisible();

  // At 390 px the list of one's documents stacks each row, every column named, with nothing hidden off to the side.
  await official.setViewportSize({ width: 390, height: 800 });
  await official.goto("/konto/biblioteka");
  const mine = official.getByRole("table", { name: /./ });
  const row = mine.getByRole("row").filter({ hasText: title });
  await expect(row.getByText("Wersje:")).toBeVisible();
  await expect(row.getByText("Ostatnia zmiana:")).toBeVisible();
  expect(
    await official
      .getByRole("region")
      .filter({ has: mine })
      .evaluate((element) => element.scrollWidth - element.clientWidth),
  ).toBeLessThanOrEqual(0);
  expect(
    await official.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  expect(await axeViolations(official)).toEqual([]);

  // A visitor finds it by a word that is only inside the PDF, once the worker has read it.
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto("/biblioteka");
  expect(await axeViolations(visitor)).toEqual([]);
  await expect(async () => {
    await visitor.goto(`/biblioteka?q=${encodeURIComponent(`indukcyjna ${word.toLowerCase()}`)}`);
    await expect(visitor.getByRole("status").filter({ hasText: /^Znaleziono/ })).toHaveText("Znaleziono 1 dokument", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 30_000 });
  await visitor.getByRole("link", { name: title, exact: true }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const history = visitor.getByRole("table", { name: "Wersje dokumentu, od najnowszej" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history).toContainText("Przyjęty po konsultacjach");
  await expect(history).toContainText("Projekt do konsultacji");
  expect(await axeViolations(visitor)).toEqual([]);

  const [download] = await Promise.all([
    visitor.waitForEvent("download"),
    visitor.getByRole("link", { name: /^Pobierz aktualną wersję 2 \(PDF/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("standard-dostepnosci.pdf");
  const bytes = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a published consultation report is in the library with a link back to its consultation", async ({ page }) => {
  // The demo's report; other journeys may have published more by now.
  const consultation = "Zasady otwartego konkursu ofert z zakresu pomocy społecznej na 2027 rok";
  await page.goto("/biblioteka?kind=CONSULTATION_REPORT");
  await page.getByRole("link", { name: `Sprawozdanie z konsultacji: ${consultation}`, exact: true }).click();
  await expect(page.getByText("Dokument powstał w konsultacjach:")).toBeVisible();
  await expect(page.getByRole("link", { name: consultation })).toHaveAttribute("href", /^\/konsultacje\//);
  expect(await axeViolations(page)).toEqual([]);
});

test("a moderator accepts the document an organisation proposed, and it appears in the library", async ({
  browser,
}) => {
  // Moderators sign in with a code: the session stored by auth.setup.ts.
  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  await moderator.goto("/konto");
  await (await accountMenu(moderator)).getByRole("link", { name: "Propozycje do biblioteki" }).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Propozycje do biblioteki");
  expect(await axeViolations(moderator)).toEqual([]);
  const title = "Wzór porozumienia o współpracy z wolontariuszem";
  // Rejecting needs a reason; cancelling returns to the button.
  await moderator.getByRole("button", { name: `Odrzuć… – ${title}` }).click();
  await moderator.getByRole("button", { name: "Anuluj" }).click();
  await expect(moderator.getByRole("button", { name: `Odrzuć… – ${title}` })).toBeFocused();
  await moderator.getByRole("button", { name: `Akceptuj – ${title}` }).click();
  await expect(moderator.getByText(`Zaakceptowano: ${title}.`)).toBeVisible();

  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(`/biblioteka?kind=MODEL_DOCUMENT`);
  await expect(visitor.getByRole("link", { name: title, exact: true })).toBeVisible();
});
