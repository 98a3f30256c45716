import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts-helpers";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";
import { docxFile } from "../factories/document-files";

test.describe.configure({ timeout: 90_000 });

const RESOLUTION = [
  "Projekt uchwały Sejmiku Województwa Opolskiego w sprawie zasad konsultacji",
  "",
  "§ 1. Uchwała określa zasady konsultacji.",
  "§ 2. 1. Konsultacje trwają co najmniej 14 dni.",
  "2. Uwagi zgłasza się na formularzu:",
  "1) przez platformę;",
  "2) pisemnie.",
  "§ 3. Uchwała wchodzi w życie z dniem podjęcia.",
].join("\n");

/** The current minute, or one `days` later, as a datetime-local value in Polish time. */
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

async function officialPage(browser: Parameters<typeof newClientContext>[0]): Promise<Page> {
  return (await newClientContext(browser, OFFICIAL_STATE)).newPage();
}

test("an official prepares, checks the split of and publishes a consultation; a visitor finds it and links to a paragraph", async ({
  browser,
}) => {
  const official = await officialPage(browser);
  await official.goto("/urzedy");
  await official.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego" }).click();
  await official.getByRole("link", { name: "Konsultacje urzędu" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toContainText("Konsultacje urzędu");
  expect(await axeViolations(official)).toEqual([]);
  await official.getByRole("link", { name: "Nowe konsultacje" }).click();

  // Nothing filled in: the summary links to the fields; nothing is saved.
  await official.getByRole("button", { name: "Zapisz szkic" }).click();
  const summary = official.getByRole("alert").filter({ hasText: "Tytuł musi mieć co najmniej 5 znaków." });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Tytuł musi mieć co najmniej 5 znaków." }).click();
  await expect(official.getByLabel(/^Tytuł/)).toBeFocused();

  const title = `Konsultacje zasad konsultacji ${Date.now()}`;
  await official.keyboard.type(title);
  await official.getByLabel(/^Rodzaj konsultowanego dokumentu/).selectOption({ label: "Projekt uchwały" });
  await official.getByLabel(/^Opis/).fill("Zapraszamy organizacje pozarządowe do zgłaszania uwag do projektu uchwały.");
  await official.getByLabel(/^Początek/).fill(polishLocal());
  await official.getByLabel(/^Koniec/).fill(polishLocal(15));
  // The text comes from the office's DOCX; what was typed before can be put back.
  await official.getByLabel(/^Tekst/).fill("Wersja robocza.");
  await official.getByLabel("Wczytaj tekst z pliku DOCX").setInputFiles({
    name: "projekt-uchwaly.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(await docxFile(RESOLUTION.split("\n").filter(Boolean))),
  });
  await official.getByRole("button", { name: "Wczytaj tekst", exact: true }).click();
  await expect(
    official.getByText("Wczytano tekst z pliku projekt-uchwaly.docx. Sprawdź podział w podglądzie."),
  ).toBeVisible();
  await expect(official.getByLabel(/^Tekst/)).toHaveValue(/^Projekt uchwały Sejmiku/);
  const preview = official.getByRole("region", { name: /^Podgląd podziału/ });
  await expect(preview.getByRole("heading")).toHaveText("Podgląd podziału: 8 fragmentów");
  await expect(preview.getByRole("listitem").filter({ hasText: "§ 2 ust. 2 pkt 1" })).toContainText("przez platformę;");
  expect(await axeViolations(official)).toEqual([]);
  await official.getByRole("button", { name: "Zapisz szkic" }).click();

  await expect(official.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(official.getByText("Szkic", { exact: true })).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);
  // A draft is not public: its page is the same for everyone, so not there for anyone; the officials preview it.
  await official.getByRole("link", { name: "Podgląd strony konsultacji" }).click();
  await expect(official).toHaveURL(/\/konsultacje\/[a-z0-9-]+\/podglad$/);
  await expect(official.getByText(/^To podgląd szkicu/)).toBeVisible();
  await expect(official.locator("#par-2-ust-1")).toContainText("Konsultacje trwają co najmniej 14 dni.");
  expect(await axeViolations(official)).toEqual([]);
  const visitor = await (await newClientContext(browser)).newPage();
  const draftPage = await visitor.goto(official.url().replace(/\/podglad$/, ""));
  expect(draftPage?.status()).toBe(404);
  await visitor.goto("/konsultacje");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  await official.goBack();

  await official.getByRole("button", { name: "Opublikuj konsultacje" }).click();
  await expect(official.getByText("Konsultacje opublikowane.")).toBeVisible();
  await expect(official.getByText("Trwają", { exact: true })).toBeVisible();
  await expect(official.getByText(/^Konsultacje trwają: tekst i zasady są zamrożone/)).toBeVisible();

  await visitor.goto("/konsultacje");
  await visitor.getByLabel("Słowa z tytułu, opisu lub tekstu").fill("zasady konsultacji");
  await visitor.getByLabel("Etap").selectOption({ label: "Trwające" });
  await visitor.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(visitor).toHaveURL(/phase=open/);
  expect(await axeViolations(visitor)).toEqual([]);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText(/^Uwagi można zgłaszać do/)).toBeVisible();
  const paragraph = visitor.locator("#par-2-ust-1");
  await expect(paragraph).toContainText("§ 2 ust. 1. Konsultacje trwają co najmniej 14 dni.");
  await paragraph.getByRole("link", { name: "§ 2 ust. 1", exact: true }).click();
  await expect(visitor).toHaveURL(/#par-2-ust-1$/);
  // Invited to sign in above the text and again under the general remarks, at its end: the link is the
  // sentence's action ("Aby zgłosić uwagę, zaloguj się.").
  const signInLinks = visitor.getByRole("link", { name: "zaloguj się", exact: true });
  await expect(signInLinks).toHaveCount(2);
  await expect(signInLinks.first()).toBeVisible();
  await expect(signInLinks.first().locator("..")).toContainText("Aby zgłosić uwagę, zaloguj się.");
  await expect(
    visitor
      .locator("section[aria-labelledby='general-remarks-heading']")
      .getByRole("link", { name: "zaloguj się", exact: true }),
  ).toBeVisible();
  expect(await axeViolations(visitor)).toEqual([]);

  // A representative of a verified organisation remarks on § 2 ust. 1, by keyboard alone.
  const ngo = await (await newClientContext(browser)).newPage();
  await signIn(ngo, "ngo@demo.example.org", "demo-ngo");
  await expect(ngo).not.toHaveURL(/\/logowanie/);
  await ngo.goto(visitor.url().replace(/#.*$/, ""));
  const remarkButton = ngo
    .locator("#par-2-ust-1")
    .getByRole("button", { name: "Zgłoś uwagę do tego fragmentu § 2 ust. 1" });
  // The page is the visitor's; the controls show once the browser learns who reads it.
  await expect(remarkButton).toBeVisible();
  await expect(ngo.getByRole("link", { name: "zaloguj się", exact: true })).toHaveCount(0);
  await remarkButton.focus();
  await ngo.keyboard.press("Enter");
  await expect(remarkButton).toHaveAttribute("aria-expanded", "true");
  const form = ngo.getByRole("form", { name: "Uwaga do: § 2 ust. 1" });
  // Only organisations remark here: the organisation is chosen, the current wording prefilled.
  await expect(form.getByLabel("w imieniu organizacji: Fundacja Opolskie Centrum Wolontariatu")).toBeChecked();
  await expect(form.getByLabel(/^Obecny zapis/)).toHaveValue("Konsultacje trwają co najmniej 14 dni.");
  // Sent empty: the summary says why and nothing is saved.
  await form.getByRole("button", { name: "Wyślij uwagę" }).focus();
  await ngo.keyboard.press("Enter");
  await expect(ngo.getByRole("alert").filter({ hasText: "uwaga nie może być pusta" })).toBeFocused();
  await form.getByLabel(/^Proponowany zapis/).focus();
  await ngo.keyboard.type("Konsultacje trwają co najmniej 21 dni.");
  await ngo.keyboard.press("Tab");
  await expect(form.getByLabel(/^Uzasadnienie/)).toBeFocused();
  await ngo.keyboard.type("Organizacje potrzebują trzech tygodni. <script>alert(1)</script>");
  await ngo.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Wyślij uwagę" })).toBeFocused();
  await ngo.keyboard.press("Enter");
  await expect(ngo.getByText(/^Uwaga zgłoszona\./)).toBeVisible();
  await expect(remarkButton).toBeFocused();
  expect(await axeViolations(ngo)).toEqual([]);

  // Published at once: the count beside the paragraph lists it; the script is only text.
  await ngo
    .locator("#par-2-ust-1")
    .getByRole("link", { name: /^1 uwaga/ })
    .click();
  const listed = ngo.getByRole("list", { name: "Zgłoszone uwagi" });
  await expect(listed).toContainText("Fundacja Opolskie Centrum Wolontariatu");
  await expect(listed).toContainText("Konsultacje trwają co najmniej 21 dni.");
  await expect(listed).toContainText("<script>alert(1)</script>");

  // The author changes it while it is unanswered.
  const own = ngo.getByRole("region", { name: "Twoja uwaga" });
  await own.getByRole("button", { name: "Zmień § 2 ust. 1" }).click();
  await own.getByLabel(/^Uzasadnienie/).fill("Trzy tygodnie to minimum przy sprawozdaniach.");
  await own.getByRole("button", { name: "Zapisz zmianę uwagi" }).click();
  await expect(ngo.getByText("Uwaga zmieniona.")).toBeVisible();
  await expect(own).toContainText("Trzy tygodnie to minimum przy sprawozdaniach.");

  // The official answers it from the worklist; the author sees the answer.
  await official.reload();
  await official.getByRole("link", { name: "Uwagi i odpowiedzi (0 z 1)" }).click();
  await expect(official.getByText("Odpowiedziano na 0 z 1 uwagi")).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);
  await official.getByRole("button", { name: "Odpowiedz na uwagę nr 1" }).click();
  await expect(official.getByRole("heading", { name: "Odpowiedź na 1 wybraną uwagę" })).toBeFocused();
  await official.getByLabel("Uwzględniona częściowo").check();
  await official.getByRole("button", { name: "Zapisz odpowiedź" }).click();
  await expect(official.getByRole("alert").filter({ hasText: "Podaj uzasadnienie" })).toBeFocused();
  await official.getByLabel(/^Uzasadnienie/).fill("Wydłużamy do 21 dni przy programie współpracy.");
  await official.getByRole("button", { name: "Zapisz odpowiedź" }).click();
  await expect(official.getByText("Zapisano odpowiedź na 1 uwagę.")).toBeVisible();
  await expect(official.getByText("Odpowiedziano na 1 z 1 uwagi")).toBeVisible();
  await ngo.reload();
  await expect(own).toContainText(
    "Odpowiedź urzędu: Uwzględniona częściowo. Wydłużamy do 21 dni przy programie współpracy.",
  );

  // Answered, it is frozen: the answer refers to these words.
  await expect(own.getByRole("button", { name: "Zmień § 2 ust. 1" })).toHaveCount(0);
  await expect(own.getByRole("button", { name: "Wycofaj § 2 ust. 1" })).toHaveCount(0);
  await expect(own).toContainText("Urząd odpowiedział na tę uwagę, więc nie można jej już zmienić ani wycofać.");
  expect(await axeViolations(ngo)).toEqual([]);
});

test("a visitor downloads a closed consultation's report, which lists every remark with its decision", async ({
  page,
}) => {
  await page.goto("/konsultacje");
  await page.getByLabel("Etap").selectOption({ label: "Zakończone" });
  await page.getByRole("button", { name: "Pokaż wyniki" }).click();
  await page
    .getByRole("link", { name: "Zasady otwartego konkursu ofert z zakresu pomocy społecznej na 2027 rok" })
    .click();
  await expect(page.getByText("Sprawozdanie opublikowane", { exact: true })).toBeVisible();
  const report = page.getByRole("region", { name: "Sprawozdanie z konsultacji" });
  // The adopted text against the draft: what changed, in marks and in words.
  const adopted = page.getByRole("region", { name: "Tekst przyjęty: zmiany względem projektu" });
  await expect(adopted).toContainText("Zmienione fragmenty: 2; dodane: 0; usunięte: 0.");
  await expect(adopted.locator("del")).toContainText(["15"]);
  await expect(adopted.locator("ins").first()).toContainText("25");
  expect(await axeViolations(page)).toEqual([]);

  const docxDownload = page.waitForEvent("download");
  await report.getByRole("link", { name: /^Sprawozdanie \(DOCX/ }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe("sprawozdanie-zasady-konkursu-pomoc-spoleczna-opole-2027.docx");
  const { readFile } = await import("node:fs/promises");
  const JSZip = (await import("jszip")).default;
  const xml = await (
    await JSZip.loadAsync(await readFile((await docx.path())!))
  )
    .file("word/document.xml")!
    .async("string");
  const text = xml.replace(/<[^>]+>/g, " ");
  for (const expected of [
    "Oferty składa się do 31 stycznia 2027 r.",
    "udział wkładu własnego, w tym wkładu osobowego.",
    "Prosimy o szkolenie z pisania ofert przed terminem.",
    "uwzględniona częściowo",
    "nieuwzględniona",
    "Termin przesunięto do 25 stycznia 2027 r.",
  ]) {
    expect(text).toContain(expected);
  }

  const pdfDownload = page.waitForEvent("download");
  await report.getByRole("link", { name: /^Sprawozdanie \(PDF/ }).click();
  const pdf = await readFile((await (await pdfDownload).path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

  // The remarks as a spreadsheet-friendly CSV.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV", exact: true }).click();
  const csv = await readFile((await (await csvDownload).path())!, "utf8");
  expect(csv.startsWith("\uFEFFLp.,Część dokumentu,Obecny zapis")).toBe(true);
  expect(csv.trim().split("\r\n")).toHaveLength(4);
});

test("an official answers the last remark of a closed consultation, has the report prepared and publishes it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const official = await officialPage(browser);
  await official.goto("/urzedy");
  await official.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego" }).click();
  await official.getByRole("link", { name: "Konsultacje urzędu" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toContainText("Konsultacje urzędu");
  await official.getByRole("link", { name: "Regulamin Wojewódzkiej Rady Działalności Pożytku Publicznego" }).click();
  await expect(official.getByRole("heading", { name: "Publikacja" })).toBeVisible();
  const report = official.getByRole("region", { name: "Sprawozdanie z konsultacji" });
  await expect(report).toContainText(
    "1 uwaga nie ma jeszcze stanowiska. Sprawozdanie można opublikować, gdy każda uwaga ma stanowisko.",
  );
  // Closed: nothing to extend, the next steps are named instead.
  await expect(official.getByText(/Termin można przedłużyć/)).toHaveCount(0);
  await expect(official.getByText(/^Konsultacje się zakończyły: .*Teraz odpowiedz na uwagi/)).toBeVisible();

  await report.getByRole("link", { name: "Odpowiedz na pozostałe uwagi" }).click();
  // Numbered as in the report (the remark on § 1 is no. 1), though only the unanswered one is listed.
  await expect(official.getByRole("heading", { name: "Uwaga nr 2: § 2 ust. 2" })).toBeVisible();
  await official.getByRole("button", { name: "Odpowiedz na uwagę nr 2" }).click();
  await official.getByLabel("Uwzględniona", { exact: true }).check();
  await official.getByRole("button", { name: "Zapisz odpowiedź" }).click();
  await expect(official.getByText("Odpowiedziano na 2 z 2 uwag")).toBeVisible();
  // One clear completed state: the confirmation and the next step, not "no remarks match" and an empty form.
  await expect(official.getByText("Zapisano odpowiedź na 1 uwagę.")).toBeVisible();
  await expect(official.getByRole("heading", { name: "Wszystkie uwagi (2) mają stanowisko" })).toBeVisible();
  await expect(official.getByText("Żadne uwagi nie pasują do tych kryteriów.")).toHaveCount(0);
  await expect(official.getByText("Brak uwag", { exact: true })).toHaveCount(0);
  await expect(official.getByRole("button", { name: "Zapisz odpowiedź" })).toHaveCount(0);
  expect(await axeViolations(official)).toEqual([]);

  await official.getByRole("link", { name: "Przygotuj i opublikuj sprawozdanie" }).click();
  await report.getByRole("button", { name: "Przygotuj sprawozdanie" }).click();
  // The job renders it in the background; the panel looks again by itself.
  await expect(report.getByRole("status")).toContainText("Sprawozdanie przygotowane", { timeout: 60_000 });
  expect(await axeViolations(official)).toEqual([]);
  await report.getByRole("button", { name: "Opublikuj sprawozdanie" }).click();
  // Publishing freezes remarks and answers: it asks once more, with focus on the answer.
  await expect(report.getByRole("button", { name: "Tak, opublikuj" })).toBeFocused();
  await official.keyboard.press("Enter");
  await expect(report.getByRole("status")).toContainText("Sprawozdanie opublikowane");

  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto("/konsultacje/regulamin-rady-dzialalnosci-pozytku-publicznego");
  const published = visitor.getByRole("region", { name: "Sprawozdanie z konsultacji" });
  const download = visitor.waitForEvent("download");
  await published.getByRole("link", { name: /^Sprawozdanie \(DOCX/ }).click();
  const { readFile } = await import("node:fs/promises");
  const JSZip = (await import("jszip")).default;
  const xml = await (
    await JSZip.loadAsync(await readFile((await (await download).path())!))
  )
    .file("word/document.xml")!
    .async("string");
  const text = xml.replace(/<[^>]+>/g, " ");
  for (const expected of [
    "Rada liczy 20 członków.",
    "Posiedzenia Rady odbywają się co najmniej raz na dwa miesiące.",
    "nieuwzględniona",
    "uwzględniona",
  ])
    expect(text).toContain(expected);
  const pdfDownload = visitor.waitForEvent("download");
  await published.getByRole("link", { name: /^Sprawozdanie \(PDF/ }).click();
  expect((await readFile((await (await pdfDownload).path())!)).subarray(0, 5).toString()).toBe("%PDF-");

  // After publication the answer can only be corrected with a reason, which everyone sees.
  await official.getByRole("link", { name: "Uwagi i odpowiedzi (2 z 2)" }).click();
  await expect(official.getByText(/^Sprawozdanie jest opublikowane: uwagi są zamrożone/)).toBeVisible();
  await expect(official.getByRole("button", { name: /^Odpowiedz na uwagę/ })).toHaveCount(0);
  await official.getByRole("button", { name: "Popraw stanowisko do uwagi nr 2" }).click();
  const correction = official.getByRole("form", { name: "Korekta stanowiska do uwagi nr 2" });
  await correction.getByLabel("Uwzględniona częściowo").check();
  await correction.getByRole("button", { name: "Zapisz korektę" }).click();
  // Neither the new reason nor why it is corrected may be missing; nothing changes.
  await expect(official.getByRole("alert").filter({ hasText: "Podaj uzasadnienie" })).toBeFocused();
  await correction.getByLabel(/^Uzasadnienie/).fill("Liczbę członków ustali zarząd województwa.");
  await correction.getByLabel(/^Dlaczego poprawiasz/).fill("Omyłkowo zaznaczono uwzględnienie całej uwagi.");
  await correction.getByRole("button", { name: "Zapisz korektę" }).click();
  await expect(official.getByText("Korekta zapisana. Sprawozdanie zostanie przygotowane ponownie.")).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);

  await visitor.reload();
  await visitor
    .locator("#par-2-ust-2")
    .getByRole("link", { name: /^1 uwaga/ })
    .click();
  const remarks = visitor.getByRole("list", { name: "Zgłoszone uwagi" });
  await expect(remarks).toContainText("Liczbę członków ustali zarząd województwa.");
  await expect(remarks).toContainText(/Stanowisko poprawione .*Powód: Omyłkowo zaznaczono uwzględnienie całej uwagi\./);
});

test("an official corrects how a pasted document is split, unit by unit, by keyboard", async ({ browser }) => {
  const official = await officialPage(browser);
  await official.goto("/urzedy");
  await official.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego" }).click();
  await official.getByRole("link", { name: "Konsultacje urzędu" }).click();
  await official.getByRole("link", { name: "Nowe konsultacje" }).click();
  // Pasted from Word: a blank line after every line, and three goals run together.
  await official
    .getByLabel(/^Tekst/)
    .fill(
      [
        "## Diagnoza",
        "",
        "Region liczy 3 800 organizacji.",
        "",
        "Większość działa w gminach wiejskich.",
        "",
        "## Cele",
        "",
        "Cel 1. Wzmocnienie organizacji.",
        "Cel 2. Rozwój wolontariatu.",
      ].join("\n"),
    );
  const preview = official.getByRole("region", { name: /^Podgląd podziału/ });
  await expect(preview.getByRole("heading")).toHaveText("Podgląd podziału: 5 fragmentów");

  await preview.getByRole("button", { name: "Połącz z poprzednim: fragment 3" }).focus();
  await official.keyboard.press("Enter");
  await expect(preview.getByRole("heading")).toHaveText("Podgląd podziału: 4 fragmenty");
  await expect(preview.getByRole("status")).toHaveText("Połączono fragment 3 z poprzednim akapitem.");
  await expect(preview.getByRole("list")).toBeFocused();
  await expect(official.getByLabel(/^Tekst/)).toHaveValue(/Region liczy 3 800 organizacji\.\nWiększość działa/);

  await preview.getByRole("button", { name: "Podziel na wiersze: fragment 4" }).focus();
  await official.keyboard.press("Enter");
  await expect(preview.getByRole("heading")).toHaveText("Podgląd podziału: 5 fragmentów");
  await expect(preview.getByRole("listitem").nth(4)).toContainText("Cel 2. Rozwój wolontariatu.");
  expect(await axeViolations(official)).toEqual([]);
});

test("at 390 px a consulted text reads as text: one quiet remark control per unit, on the line of its remark count", async ({
  browser,
}) => {
  const page = await (await newClientContext(browser, NGO_STATE)).newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/konsultacje/program-wspolpracy-wojewodztwa-opolskiego-2027");
  const text = page.getByRole("region", { name: "Konsultowany tekst" });
  const units = text.locator("li");
  const controls = text.getByRole("button", { name: /^Zgłoś uwagę do tego fragmentu/ });
  await expect(controls).toHaveCount(await units.count());
  const control = controls.first();
  await expect(control).toHaveText("Zgłoś uwagę");
  const box = (await control.boundingBox())!;
  // A text link's size, not a bordered full-size button.
  expect(box.width).toBeLessThan(150);
  expect(box.height).toBeLessThanOrEqual(32);
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(await control.evaluate((element) => getComputedStyle(element).borderTopWidth)).toBe("0px");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Still operable by keyboard, and it opens the form right under the unit.
  await control.focus();
  await page.keyboard.press("Enter");
  await expect(control).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("form", { name: /^Uwaga do: / })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
