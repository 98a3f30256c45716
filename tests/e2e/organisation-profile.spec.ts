import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { personPage, registerOrganisation } from "./organisations-helpers";
import { docxFile, pdfFile } from "../factories/document-files";

test.describe.configure({ timeout: 90_000 });

const ONE_PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

test("an owner fills the profile; visitors see what its visibility allows; the history keeps the change", async ({
  browser,
}) => {
  const { page: owner } = await personPage(browser, "Halina Profilowa");
  const organisation = await registerOrganisation(owner, "Stowarzyszenie Profilowe z Nysy");
  await owner.getByRole("link", { name: "Edytuj dane organizacji" }).click();
  const profile = owner.getByRole("region", { name: "Profil organizacji" });

  // A logo: a file that is not an image is refused; a PNG is drawn again and shown.
  const logo = owner.getByRole("region", { name: "Logo" });
  await logo
    .getByLabel("Plik z logo")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("<html>nie obraz</html>") });
  await logo.getByRole("button", { name: "Wgraj logo" }).click();
  await expect(
    owner.getByRole("alert").filter({ hasText: "To nie jest obraz JPEG, PNG, WebP ani GIF." }),
  ).toBeFocused();
  await logo
    .getByLabel("Plik z logo")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: ONE_PIXEL_PNG });
  await logo.getByRole("button", { name: "Wgraj logo" }).click();
  await expect(logo.getByRole("img", { name: "Obecne logo" })).toBeVisible();

  // A bad year is caught on the field, linked from the summary; nothing is saved.
  await profile.getByLabel("Rok założenia").fill("2999");
  await profile.getByRole("button", { name: "Zapisz profil" }).click();
  const summary = owner.getByRole("alert").filter({ hasText: "Podaj rok założenia" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link").click();
  await expect(profile.getByLabel("Rok założenia")).toBeFocused();
  await owner.keyboard.press("ControlOrMeta+A");
  await owner.keyboard.type("1998");

  await profile.getByLabel("Misja (jedno zdanie)").fill("Łączymy pokolenia w Nysie.");
  await profile
    .getByLabel("Opis", { exact: true })
    .fill("## Co robimy\n\nSpacery i [zajęcia](https://nysa.example.org).\n\n<script>alert('x')</script>");
  await profile.getByLabel("seniorzy").check();
  // Gminas are folded under their powiat.
  await profile.getByText("Gminy: nyski").click();
  await profile.getByLabel("Nysa", { exact: true }).check();
  await profile.getByLabel("E-mail", { exact: true }).fill("biuro@profilowe.example.org");
  await profile.getByLabel("Telefon", { exact: true }).fill("+48 77 400 00 00");
  await profile.getByLabel("Kto widzi: Telefon").selectOption("MEMBERS");
  await profile.getByRole("button", { name: "Dodaj osobę" }).click();
  await expect(profile.getByLabel(/^Imię i nazwisko/)).toBeFocused();
  await owner.keyboard.type("Halina Profilowa");
  await profile.getByLabel("Funkcja").fill("prezeska");
  expect(await axeViolations(owner)).toEqual([]);
  await profile.getByRole("button", { name: "Zapisz profil" }).click();
  await expect(owner.getByText("Profil zapisany.")).toBeVisible();

  await owner.goto(organisation.url);
  await expect(owner.getByText("Łączymy pokolenia w Nysie.")).toBeVisible();
  await expect(owner.locator("main img[src*='/logo?v=']")).toHaveJSProperty("naturalWidth", 1);
  await expect(owner.getByRole("heading", { name: "Co robimy", level: 3 })).toBeVisible();
  await expect(owner.getByRole("link", { name: "zajęcia" })).toHaveAttribute("rel", "nofollow ugc noopener");
  // The script was shown as text, never run.
  await expect(owner.getByText("<script>alert('x')</script>")).toBeVisible();
  await expect(owner.getByText("+48 77 400 00 00")).toBeVisible();
  expect(await axeViolations(owner)).toEqual([]);
  const structured = JSON.parse((await owner.locator('script[type="application/ld+json"]').textContent())!);
  expect(structured).toMatchObject({
    "@type": "NGO",
    name: organisation.name,
    email: "biuro@profilowe.example.org",
    foundingDate: "1998",
  });
  expect(structured.telephone).toBeUndefined();

  // A visitor: the e-mail, not the phone (members only) nor the person (signed-in users).
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(organisation.url);
  await expect(visitor.getByRole("link", { name: "biuro@profilowe.example.org" })).toBeVisible();
  await expect(visitor.getByText("+48 77 400 00 00")).toHaveCount(0);
  await expect(visitor.getByText("prezeska")).toHaveCount(0);
  await expect(visitor.getByText("Część danych kontaktowych widzą tylko")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Historia zmian" })).toHaveCount(0);

  await owner.getByRole("link", { name: "Historia zmian" }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(`Historia zmian: ${organisation.name}`);
  const change = owner.getByRole("table", { name: /^profil – Halina Profilowa/ });
  await expect(change.getByRole("row", { name: /^Misja/ })).toContainText("Łączymy pokolenia w Nysie.");
  expect(await axeViolations(owner)).toEqual([]);
});

test("an owner publishes the statute and a report; a disguised file is refused; a visitor downloads the statute", async ({
  browser,
}) => {
  const { page: owner } = await personPage(browser, "Dorota Dokumentowa");
  const organisation = await registerOrganisation(owner, "Fundacja Dokumentów z Brzegu");
  await owner.getByRole("link", { name: "Edytuj dane organizacji" }).click();
  const documents = owner.getByRole("region", { name: "Dokumenty" });

  // Missing fields: the summary links to each; a file with a PDF name but HTML inside is refused by the server.
  await documents.getByRole("button", { name: "Dodaj dokument" }).click();
  const summary = owner.getByRole("alert").filter({ hasText: "Wybierz rodzaj dokumentu." });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveCount(3);
  await documents.getByLabel("Rodzaj dokumentu").selectOption({ label: "Statut" });
  await documents.getByLabel("Tytuł").fill("Statut fundacji");
  await documents.getByLabel(/^Plik( |$)/).setInputFiles({
    name: "statut.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await documents.getByRole("button", { name: "Dodaj dokument" }).click();
  await expect(
    owner.getByRole("alert").filter({ hasText: "To nie jest plik PDF, DOCX, ODT, XLSX ani ODS" }),
  ).toBeFocused();
  // What was typed stays; only the file is chosen again.
  await expect(documents.getByLabel("Tytuł")).toHaveValue("Statut fundacji");
  await documents
    .getByLabel(/^Plik( |$)/)
    .setInputFiles({ name: "Statut fundacji.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfFile()) });
  await documents.getByLabel(/^Plik( |$)/).focus();
  await owner.keyboard.press("Tab");
  await expect(documents.getByRole("button", { name: "Dodaj dokument" })).toBeFocused();
  await owner.keyboard.press("Enter");
  await expect(owner.getByText("Dokument dodany.")).toBeVisible();
  await expect(documents.getByRole("link", { name: "Statut fundacji" })).toBeVisible();

  await documents.getByLabel("Rodzaj dokumentu").selectOption({ label: "Sprawozdanie merytoryczne" });
  await documents.getByLabel("Tytuł").fill("Sprawozdanie merytoryczne");
  await documents.getByLabel("Rok").fill("2025");
  await documents.getByLabel(/^Plik( |$)/).setInputFiles({
    name: "sprawozdanie.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from(await docxFile(["Sprawozdanie za 2025"])),
  });
  await documents.getByRole("button", { name: "Dodaj dokument" }).click();
  await expect(documents.getByRole("link", { name: "Sprawozdanie merytoryczne (2025)" })).toBeVisible();
  expect(await axeViolations(owner)).toEqual([]);

  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(organisation.url);
  const published = visitor.getByRole("region", { name: "Dokumenty" });
  await expect(published.getByRole("listitem")).toHaveText([
    /^Statut fundacji – Statut, PDF/,
    /^Sprawozdanie merytoryczne \(2025\) – Sprawozdanie merytoryczne, DOCX/,
  ]);
  const download = visitor.waitForEvent("download");
  await published.getByRole("link", { name: "Statut fundacji" }).click();
  expect((await download).suggestedFilename()).toBe("Statut fundacji.pdf");
  expect(await axeViolations(visitor)).toEqual([]);

  await documents.getByRole("button", { name: "Usuń – Statut fundacji" }).click();
  await expect(owner.getByText("Dokument usunięty.")).toBeVisible();
  await owner.goto(organisation.url);
  await owner.getByRole("link", { name: "Historia zmian" }).click();
  await expect(owner.getByRole("row", { name: /^Usunięty dokument/ })).toContainText("Statut fundacji");
  await expect(owner.getByRole("row", { name: /^Dodany dokument/ })).toHaveCount(2);
});
