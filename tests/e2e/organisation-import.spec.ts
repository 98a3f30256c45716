import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { adminPage, uniqueKrs } from "./organisations-helpers";

test.describe.configure({ timeout: 90_000 });

// An office's list with semicolons (encodings are covered by the integration tests).
function officeList(krs: string): Buffer {
  return Buffer.from(
    [
      "Nazwa;KRS;Gmina;OPP",
      `Fundacja Importowana z Prudnika;${krs};Prudnik;tak`,
      "Stowarzyszenie Bez Gminy;;Atlantyda;nie",
    ].join("\r\n"),
    "utf8",
  );
}

test("an administrator imports an office's spreadsheet: maps columns, sees every bad row, imports with progress", async ({
  browser,
}) => {
  const page = await adminPage(browser);
  await page.goto("/administracja/import-organizacji");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import organizacji z arkusza");
  expect(await axeViolations(page)).toEqual([]);

  // Nothing chosen: the error summary links to the field.
  await page.getByRole("button", { name: "Wczytaj plik" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wybierz plik do wczytania." })).toBeFocused();

  // Too large: refused before anything is sent.
  await page
    .getByLabel(/Plik CSV lub XLSX/)
    .setInputFiles({ name: "duzy.csv", mimeType: "text/csv", buffer: Buffer.alloc(11 * 1024 * 1024, 65) });
  await page.getByRole("button", { name: "Wczytaj plik" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Plik jest większy niż 10 MB" })).toBeVisible();

  const krs = uniqueKrs();
  await page
    .getByLabel(/Plik CSV lub XLSX/)
    .setInputFiles({ name: "lista-urzedu.csv", mimeType: "text/csv", buffer: officeList(krs) });
  await page.getByRole("button", { name: "Wczytaj plik" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import: lista-urzedu.csv");
  await expect(page.getByText("Kodowanie: utf-8. Wierszy danych: 2.")).toBeVisible();
  // The columns were guessed from their headings.
  await expect(page.locator("#mapping-name")).toHaveValue("0");
  await expect(page.locator("#mapping-seat")).toHaveValue("2");
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Sprawdź (bez zapisywania)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 wiersze" })).toContainText("nowe organizacje 1");
  await expect(page.getByRole("table", { name: "Wiersze z błędami (nie zostaną zaimportowane)" })).toContainText(
    "nie ma w regionie gminy „Atlantyda”",
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Importuj 1 organizację" }).click();
  await expect(page.getByText("Import zakończony.")).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByText("Przetworzono 2 z 2 wierszy: utworzono 1, uzupełniono 0, pominięto z błędami 1."),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`/organizacje?q=${encodeURIComponent("fundacji importowanej")}`);
  await expect(page.locator("main ol > li h3").first()).toHaveText("Fundacja Importowana z Prudnika");
});
