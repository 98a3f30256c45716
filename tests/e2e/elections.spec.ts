import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { verifyBoard } from "@/lib/elections/verify";
import { signIn } from "./accounts-helpers";
import { ADMIN_STATE } from "./two-factor-helpers";

/** The current minute in Polish time, as a datetime-local value. */
function polishNow(): string {
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
      .formatToParts(new Date())
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

test.describe.configure({ timeout: 90_000 });

const ONE_PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

test("the commission sets up an election with areas, fixing mistakes from the error summary, and announces it; a visitor reads its rules", async ({
  browser,
}) => {
  const commission = await (await newClientContext(browser, ADMIN_STATE)).newPage();
  await commission.goto("/urzedy");
  await commission.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego" }).click();
  await commission.getByRole("link", { name: "Wybory do rady" }).click();
  await expect(commission.getByRole("heading", { level: 1 })).toContainText("Wybory do rady");
  expect(await axeViolations(commission)).toEqual([]);
  await commission.getByRole("link", { name: "Nowe wybory" }).click();
  await expect(commission.getByLabel(/^Nazwa rady/)).toHaveValue(/^Rada Działalności Pożytku Publicznego/);
  expect(await axeViolations(commission)).toEqual([]);

  // An area added by keyboard and left empty, and no title: each problem links to its field.
  await commission.getByRole("button", { name: "Dodaj okręg" }).focus();
  await commission.keyboard.press("Enter");
  await expect(commission.getByLabel(/^Nazwa okręgu/)).toBeFocused();
  await commission.getByRole("button", { name: "Zapisz szkic wyborów" }).click();
  const summary = commission.getByRole("alert").filter({ hasText: "Tytuł wyborów musi mieć co najmniej 5 znaków." });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Podaj nazwę okręgu (co najmniej 2 znaki).");
  await expect(summary).toContainText("Zaznacz co najmniej jedną jednostkę, z której składa się okręg.");
  // Nine seats in total, but the new area has one: they must add up.
  await expect(summary).toContainText("Liczba miejsc musi być równa sumie miejsc w okręgach.");
  await summary.getByRole("link", { name: "Podaj nazwę okręgu (co najmniej 2 znaki)." }).click();
  await expect(commission.getByLabel(/^Nazwa okręgu/)).toBeFocused();
  await commission.keyboard.type("Południe");

  const title = `Wybory do rady ${Date.now()}`;
  await commission.getByLabel(/^Tytuł wyborów/).fill(title);
  await commission.getByLabel(/^Tryb wyborów/).fill("Każda organizacja z regionu oddaje jedną kartę z trzema głosami.");
  const area = commission.getByRole("group", { name: "Okręg 1" });
  await area.getByLabel(/^Miejsca w okręgu/).fill("3");
  await area.getByLabel("nyski").check();
  await area.getByLabel("prudnicki").check();
  // Still nine seats against the area's three: refused until they add up; nothing saved yet.
  await commission.getByRole("button", { name: "Zapisz szkic wyborów" }).click();
  const remaining = commission
    .getByRole("alert")
    .filter({ hasText: "Liczba miejsc musi być równa sumie miejsc w okręgach." });
  await expect(remaining).toBeVisible();
  await expect(remaining).not.toContainText("Tytuł wyborów");
  await expect(commission.getByText("Okręgi mają razem 3 miejsca.")).toBeVisible();
  await commission.getByLabel(/^Liczba miejsc dla organizacji/).fill("3");
  await commission.getByRole("button", { name: "Zapisz szkic wyborów" }).click();

  await expect(commission.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(commission.getByText("Szkic", { exact: true })).toBeVisible();
  expect(await axeViolations(commission)).toEqual([]);
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto("/wybory");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);

  await commission.getByRole("button", { name: "Ogłoś wybory" }).click();
  await expect(commission.getByText("Wybory ogłoszone. Ziarno losowania jest już publiczne.")).toBeVisible();
  await expect(commission.getByText("Ogłoszone", { exact: true })).toBeVisible();

  await visitor.reload();
  expect(await axeViolations(visitor)).toEqual([]);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(
    visitor.getByText("Każda organizacja oddaje jedną kartę z 3 głosami na różnych kandydatów."),
  ).toBeVisible();
  await expect(
    visitor.getByRole("region", { name: "1 okręg i jego miejsca" }).getByRole("row", { name: /Południe/ }),
  ).toContainText("nyski, prudnicki");
  await expect(visitor.getByText("Ziarno losowania")).toBeVisible();
  await expect(visitor.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
  expect(await axeViolations(visitor)).toEqual([]);
});

test("the demo election's rules are public in three languages", async ({ page }) => {
  await page.goto("/wybory");
  await page.getByRole("link", { name: "Wybory do Wojewódzkiej Rady Działalności Pożytku Publicznego 2027" }).click();
  await expect(page.getByRole("region", { name: "3 okręgi i ich miejsca" })).toBeVisible();
  await expect(page.getByText("Kandydata muszą zarekomendować 2 inne organizacje.")).toBeVisible();
  const url = new URL(page.url());
  await page.goto(`/en/elections${url.pathname.replace(/^\/wybory/, "")}`);
  await expect(page.getByText("A candidate must be recommended by 2 other organisations.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`/de/wahlen${url.pathname.replace(/^\/wybory/, "")}`);
  await expect(page.getByText("Ein Kandidat muss von 2 anderen Organisationen empfohlen werden.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a representative nominates by keyboard, the candidate consents through the e-mailed link, a recommender confirms, and the commission accepts", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // The commission announces an election whose nominations open now, with one recommendation required.
  const commission = await (await newClientContext(browser, ADMIN_STATE)).newPage();
  await commission.goto("/urzedy");
  await commission.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego" }).click();
  await commission.getByRole("link", { name: "Wybory do rady" }).click();
  await commission.getByRole("link", { name: "Nowe wybory" }).click();
  const title = `Wybory z rekomendacjami ${Date.now()}`;
  await commission.getByLabel(/^Tytuł wyborów/).fill(title);
  await commission
    .getByLabel(/^Tryb wyborów/)
    .fill("Kandydata zgłasza organizacja, a rekomenduje co najmniej jedna inna.");
  await commission.getByLabel(/^Ile organizacji musi zarekomendować/).fill("1");
  await commission.getByLabel(/^Początek zgłaszania kandydatów/).fill(polishNow());
  await commission.getByRole("button", { name: "Zapisz szkic wyborów" }).click();
  await expect(commission.getByRole("heading", { level: 1 })).toHaveText(title);
  await commission.getByRole("button", { name: "Ogłoś wybory" }).click();
  await expect(commission.getByText("Zgłaszanie kandydatów", { exact: true }).first()).toBeVisible();
  await expect(commission.getByText("Zgłaszanie kandydatów się zaczęło: zasady są zamrożone.")).toBeVisible();
  const electionPath = new URL(commission.url()).pathname.replace(/\/edycja$/, "");

  // The representative of two organisations nominates for one and names the other as recommender, by keyboard.
  const ngo = await (await newClientContext(browser)).newPage();
  await signIn(ngo, "ngo@demo.example.org", "demo-ngo");
  await expect(ngo).not.toHaveURL(/\/logowanie/);
  await ngo.goto(electionPath);
  expect(await axeViolations(ngo)).toEqual([]);
  await ngo.getByRole("link", { name: "Zgłoś kandydata" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Zgłoszenie kandydata");
  await expect(ngo.getByLabel(/^Organizacja zgłaszająca/)).toHaveValue(/.+/);
  const candidateEmail = `kandydatka.${Date.now()}@example.org`;
  await ngo.getByLabel(/^Imię i nazwisko kandydata/).fill("Zofia Kandydatka");
  await ngo.getByLabel(/^Adres e-mail kandydata/).fill(candidateEmail);
  await ngo.getByLabel(/^Przedstawienie kandydata/).fill("Koordynatorka wolontariatu w Opolu od dziesięciu lat.");
  // A photo that is not a picture is refused at once and named in the summary; a real one is kept.
  const photo = ngo.getByLabel(/^Zdjęcie kandydata/);
  await photo.setInputFiles({
    name: "zdjecie.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await expect(
    ngo.getByRole("link", { name: "Ten plik nie jest zdjęciem w formacie JPEG, PNG, WebP ani GIF." }),
  ).toBeVisible();
  await photo.setInputFiles({ name: "zdjecie.png", mimeType: "image/png", buffer: ONE_PIXEL_PNG });
  await expect(ngo.getByText("Zdjęcie zapisane. Zostanie dołączone do zgłoszenia.")).toBeVisible();
  await expect(ngo.getByRole("img", { name: "Wybrane zdjęcie kandydata" })).toBeVisible();
  // Sent without a recommender: the server says how many are needed, nothing is saved.
  await ngo.getByRole("button", { name: "Zgłoś kandydata" }).click();
  await expect(
    ngo
      .getByRole("alert")
      .filter({ hasText: "Wybierz tyle organizacji rekomendujących, ile wymagają zasady wyborów." }),
  ).toBeFocused();
  const picker = ngo.getByRole("combobox", { name: "Organizacje rekomendujące" });
  await picker.focus();
  // Typed as one input event: in one CI run of two, letters typed one by one into this combo box were lost
  // ("Forum" became "rum"); not reproduced locally, under load or slowed down, and recorded for the next session.
  await picker.fill("Forum");
  await expect(picker).toHaveValue("Forum");
  await expect(ngo.getByRole("option", { name: /Fundacja Praw Obywatelskich/ })).toBeVisible();
  await ngo.keyboard.press("ArrowDown");
  await ngo.keyboard.press("Enter");
  await expect(ngo.getByRole("list", { name: "Wybrane: Organizacje rekomendujące" })).toContainText(
    "Fundacja Praw Obywatelskich „Forum”",
  );
  expect(await axeViolations(ngo)).toEqual([]);
  await ngo.getByRole("button", { name: "Zgłoś kandydata" }).click();
  await expect(ngo.getByText(/^Zgłoszenie zapisane\./)).toBeVisible();
  const part = ngo.getByRole("region", { name: "Twój udział w wyborach" });
  await expect(part).toContainText("Czeka na zgodę kandydata.");
  // The same person confirms the recommendation for the other organisation.
  await part.getByRole("button", { name: "Rekomenduję Zofia Kandydatka", exact: true }).click();
  await expect(part).toContainText("Fundacja Praw Obywatelskich „Forum”: rekomenduje");
  expect(await axeViolations(ngo)).toEqual([]);

  // The candidate, without an account, follows the link from the e-mail.
  const candidate = await (await newClientContext(browser)).newPage();
  await candidate.goto("/dev/mailbox");
  await candidate
    .getByRole("row", { name: new RegExp(candidateEmail.replace(/\./g, "\\.")) })
    .getByRole("link")
    .click();
  const href = await candidate.getByRole("link", { name: /\/wybory\/zgoda\?token=/ }).getAttribute("href");
  const link = new URL(href!);
  await candidate.goto(link.pathname + link.search);
  await expect(candidate.getByRole("heading", { level: 1 })).toHaveText("Zgoda na kandydowanie");
  await expect(candidate.getByText("Koordynatorka wolontariatu w Opolu od dziesięciu lat.")).toBeVisible();
  expect(await axeViolations(candidate)).toEqual([]);
  await candidate.getByRole("button", { name: "Wyrażam zgodę" }).click();
  await expect(candidate.getByText("Dziękujemy. Zgoda zapisana.")).toBeVisible();
  // Single use.
  await candidate.goto(link.pathname + link.search);
  await expect(candidate.getByText(/^Ten link jest nieważny/)).toBeVisible();

  // Complete now: the commission accepts it; the representative sees it.
  await commission.goto(`${electionPath}/zgloszenia`);
  await expect(commission.getByText("Kompletne; czeka na ocenę formalną komisji.")).toBeVisible();
  // The commission sees the photo, as the platform re-encoded it.
  const checkedPhoto = commission.getByRole("img", { name: "Zdjęcie kandydata: Zofia Kandydatka" });
  await expect(checkedPhoto).toBeVisible();
  expect(await checkedPhoto.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1);
  expect(await axeViolations(commission)).toEqual([]);
  const decision = commission.getByRole("form", { name: "Rozstrzygnięcie: Zofia Kandydatka" });
  await decision.getByLabel("Przyjmuję zgłoszenie").check();
  await decision.getByRole("button", { name: "Zapisz rozstrzygnięcie" }).click();
  await expect(commission.getByText("Przyjęte przez komisję.")).toBeVisible();
  await ngo.reload();
  await expect(part).toContainText("Przyjęte przez komisję.");
});

test("a representative of two organisations casts one organisation's ballot by keyboard with the e-mailed code, keeps the tracker, and sees it on the board", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ngo = await (await newClientContext(browser)).newPage();
  await signIn(ngo, "ngo@demo.example.org", "demo-ngo");
  await expect(ngo).not.toHaveURL(/\/logowanie/);
  await ngo.goto("/wybory");
  await ngo.getByRole("link", { name: "Wybory do Rady Działalności Pożytku Publicznego Miasta Opola" }).click();
  await expect(ngo.getByText("Głosowanie", { exact: true }).first()).toBeVisible();
  await expect(ngo.getByRole("heading", { name: "Lista kandydatów: 4 osoby" })).toBeVisible();
  const panel = ngo.getByRole("region", { name: "Głosowanie Twoich organizacji" });
  await expect(
    panel.getByRole("link", { name: "Głosuj w imieniu: Fundacja Praw Obywatelskich „Forum”" }),
  ).toBeVisible();
  // The deadline and the person's progress lead the panel.
  await expect(panel.getByText(/^Głosowanie trwa do \d/)).toBeVisible();
  await expect(panel.getByText("Twoje organizacje: oddano 0 z 2 kart.", { exact: true })).toBeVisible();
  expect(await axeViolations(ngo)).toEqual([]);
  const electionUrl = ngo.url();
  const voteLink = panel.getByRole("link", { name: "Głosuj w imieniu: Fundacja Opolskie Centrum Wolontariatu" });
  const otherBallotUrl = await panel
    .getByRole("link", { name: "Głosuj w imieniu: Fundacja Praw Obywatelskich „Forum”" })
    .getAttribute("href");
  // Verification comes after the voting part, its hash folded until asked for.
  const verifyHeading = ngo.getByRole("heading", { name: "Jak sprawdzić wybory" });
  await expect(verifyHeading).toBeVisible();
  expect((await voteLink.boundingBox())!.y).toBeLessThan((await verifyHeading.boundingBox())!.y);
  await expect(ngo.locator("#verify-heading ~ details code")).toBeHidden();
  const ballotUrl = (await voteLink.getAttribute("href"))!;
  await voteLink.click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText(
    "Karta do głosowania: Fundacja Opolskie Centrum Wolontariatu",
  );
  expect(await axeViolations(ngo)).toEqual([]);

  // Two candidates by keyboard; the other boxes become unavailable.
  await ngo.getByLabel(/^Halina Zdrowotna/).focus();
  await ngo.keyboard.press("Space");
  await ngo.keyboard.press("Tab");
  await expect(ngo.getByLabel(/^Joanna Wolontariuszka/)).toBeFocused();
  await ngo.keyboard.press("Space");
  await expect(ngo.getByText("Wybrano 2 z 2.")).toBeVisible();
  await expect(ngo.getByLabel(/^Piotr Obywatelski/)).toBeDisabled();
  // No code yet: the summary says so and links to the field.
  await ngo.getByRole("button", { name: "Oddaj głos w imieniu: Fundacja Opolskie Centrum Wolontariatu" }).click();
  const summary = ngo.getByRole("alert").filter({ hasText: "Wpisz sześciocyfrowy kod z e-maila." });
  await expect(summary).toBeFocused();
  await ngo.getByRole("button", { name: "Wyślij mi kod e-mailem" }).click();
  await expect(ngo.getByText(/^Kod wysłany\./)).toBeVisible();

  const mailbox = await ngo.context().newPage();
  const codeMail = mailbox.getByRole("row", { name: /Kod do oddania głosu.*ngo@demo\.example\.org/ }).first();
  // The mail goes out from the job queue a moment later.
  await expect(async () => {
    await mailbox.goto("/dev/mailbox");
    await expect(codeMail).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await codeMail.getByRole("link").click();
  await expect(mailbox.getByRole("heading", { level: 1 })).toHaveText(/^Kod do oddania głosu/);
  const code = /Twój jednorazowy kod: (\d{6})/.exec((await mailbox.locator("body").textContent()) ?? "")![1]!;
  await mailbox.close();

  await summary.getByRole("link", { name: "Wpisz sześciocyfrowy kod z e-maila." }).click();
  await expect(ngo.getByLabel(/^Kod z e-maila/)).toBeFocused();
  await ngo.keyboard.type(code);
  await ngo.keyboard.press("Enter");
  const receipt = ngo.getByRole("heading", { name: "Głos oddany: Fundacja Opolskie Centrum Wolontariatu" });
  await expect(receipt).toBeFocused();
  const tracker = (await ngo.getByLabel(/^Kod karty:/).textContent())!.trim();
  expect(tracker).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  const receiptRegion = ngo.getByRole("region", { name: /^Głos oddany/ });
  await expect(receiptRegion).toContainText("Halina Zdrowotna");
  // The receipt can be printed and its tracker copied; the other organisation's ballot is offered next.
  await expect(receiptRegion.getByRole("button", { name: "Drukuj potwierdzenie" })).toBeVisible();
  await ngo.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await receiptRegion.getByRole("button", { name: "Kopiuj kod karty" }).click();
  await expect(receiptRegion.getByText("Skopiowano kod karty do schowka.")).toBeVisible();
  await expect(
    receiptRegion.getByRole("link", { name: "Głosuj w imieniu: Fundacja Praw Obywatelskich „Forum”" }),
  ).toHaveAttribute("href", otherBallotUrl!);
  expect(await axeViolations(ngo)).toEqual([]);
  // Printed, it holds the tracker and how to check it, but neither the organisation nor the choices.
  await ngo.emulateMedia({ media: "print" });
  await expect(ngo.getByText("Potwierdzenie oddania głosu")).toBeVisible();
  await expect(ngo.getByText(tracker, { exact: true })).toBeVisible();
  await expect(receipt).toBeHidden();
  await expect(receiptRegion.getByText("Halina Zdrowotna")).toBeHidden();
  await expect(ngo.getByRole("banner")).toBeHidden();
  await ngo.emulateMedia({ media: "screen" });

  // The organisation has voted; the other one still can, separately.
  await ngo.goto(electionUrl);
  await expect(panel).toContainText("Organizacja oddała głos.");
  await expect(panel.getByText("Twoje organizacje: oddano 1 z 2 kart.", { exact: true })).toBeVisible();
  await expect(
    panel.getByRole("link", { name: "Głosuj w imieniu: Fundacja Praw Obywatelskich „Forum”" }),
  ).toBeVisible();
  await expect(ngo.getByText("Oddane karty: 1 z 3 uprawnionych organizacji.")).toBeVisible();
  await ngo.getByText("Skrót ostatniego wpisu tablicy (dla sprawdzających)").click();
  const head = (await ngo.locator("#verify-heading ~ details code").textContent())!.trim();
  expect(head).toMatch(/^[0-9a-f]{64}$/);

  // The board shows the chain (ballots only after the close), ending at the head shown on the page.
  await ngo.getByRole("link", { name: "Tablica wyborcza" }).click();
  await expect(ngo.getByRole("region", { name: "Ostatnie wpisy łańcucha (1)" })).toBeVisible();
  await expect(ngo.locator("code").first()).toHaveText(head);
  expect(await axeViolations(ngo)).toEqual([]);
  await ngo.goto(electionUrl);
  await ngo.getByRole("link", { name: "Spis uprawnionych organizacji" }).click();
  await expect(ngo.getByRole("region", { name: "3 organizacje uprawnione do głosowania" })).toContainText(
    "Fundacja „Zdrowie bez Barier”",
  );
  expect(await axeViolations(ngo)).toEqual([]);

  // The same ballot cannot be cast twice.
  await ngo.goto(ballotUrl);
  await expect(ngo.getByText("Ta organizacja już oddała głos.")).toBeVisible();
  void tracker;
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // After the ballot cast above, Opole's chain has entries; Nysa's board lists its three ballots.
  test("the board's tables fit the screen, with shortened hashes whose full values the download holds", async ({
    page,
  }) => {
    const fits = async (region: ReturnType<typeof page.getByRole>) => {
      await expect(region).toBeVisible();
      expect(await region.locator("tbody tr").count()).toBeGreaterThan(0);
      expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
    };
    await page.goto("/wybory");
    await page.getByRole("link", { name: "Wybory do Rady Działalności Pożytku Publicznego Miasta Opola" }).click();
    await page.getByRole("link", { name: "Tablica wyborcza" }).click();
    const chain = page.getByRole("region", { name: /^Ostatnie wpisy łańcucha/ });
    await fits(chain);
    await expect(chain.locator("tbody code").first()).toHaveText(/^[0-9a-f]{12}…$/);
    await expect(page.getByText(/^Tabela pokazuje pierwsze 12 znaków/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto("/wybory");
    await page.getByRole("link", { name: "Wybory do Rady Działalności Pożytku Publicznego Powiatu Nyskiego" }).click();
    await page.getByRole("link", { name: "Tablica wyborcza" }).click();
    await fits(page.getByRole("region", { name: /^3 karty/ }));
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("after the close a voter finds their ballot by its tracker, and anyone downloads the protocol and recounts the board", async ({
  page,
}) => {
  await page.goto("/wybory");
  await page.getByRole("link", { name: "Wybory do Rady Działalności Pożytku Publicznego Powiatu Nyskiego" }).click();
  await expect(page.getByText("Wyniki ogłoszone", { exact: true }).first()).toBeVisible();
  const results = page.getByRole("region", { name: "Głosy oddane na kandydatów" });
  await expect(results.getByRole("cell", { name: "mandat", exact: true })).toHaveCount(2);
  await expect(
    page.getByText(/^Remis o ostatnie 2 miejsca między: .*Rozstrzygnięty losowaniem z opublikowanego ziarna/),
  ).toBeVisible();
  await expect(page.getByText("Oddane karty: 3 z 3 uprawnionych organizacji (frekwencja 100%).")).toBeVisible();
  // The board's 64-character hash is not printed under the results: it is folded in the verification section below them.
  await expect(page.getByText(/^Skrót ostatniego wpisu tablicy:/)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Jak sprawdzić wybory" }).locator("details code")).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);

  const { readFile } = await import("node:fs/promises");
  const protocol = page.waitForEvent("download");
  await page.getByRole("link", { name: "Protokół z wyborów (PDF)" }).click();
  const pdf = await readFile((await (await protocol).path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);

  await page.getByRole("link", { name: "Tablica wyborcza" }).click();
  await page.getByLabel("Kod karty").fill("dem0 0000 0000 0002");
  await page.getByRole("button", { name: "Sprawdź" }).click();
  await expect(page.getByText(/^Twoja karta jest na tablicy\. Wskazania: /)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Kod karty").fill("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
  await page.getByRole("button", { name: "Sprawdź" }).click();
  await expect(page.getByText(/^Nie ma karty z takim kodem/)).toBeVisible();

  // The downloaded board recounts to the published result, as the standalone command does.
  const boardDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Pobierz tablicę (JSON)" }).click();
  const board = JSON.parse(await readFile((await (await boardDownload).path())!, "utf8"));
  expect(verifyBoard(board)).toMatchObject({ ok: true, problems: [], ballots: 3 });
});

test("the commission settles a tie left to a further round: prepares the round, announces it, and its list is public at once", async ({
  browser,
}) => {
  const commission = await (await newClientContext(browser, ADMIN_STATE)).newPage();
  await commission.goto("/wybory");
  // The list does not call the tied by-election's results announced: a further round still decides.
  const listed = commission.getByRole("listitem").filter({
    has: commission.getByRole("link", {
      name: "Wybory uzupełniające do Wojewódzkiej Rady Działalności Pożytku Publicznego 2026",
      exact: true,
    }),
  });
  await expect(listed.getByText("Remis: rozstrzyga dodatkowa tura", { exact: true })).toBeVisible();
  await expect(listed.getByText("Wyniki ogłoszone", { exact: true })).toHaveCount(0);
  await commission
    .getByRole("link", { name: "Wybory uzupełniające do Wojewódzkiej Rady Działalności Pożytku Publicznego 2026" })
    .click();
  await expect(commission.getByText(/^Remis o ostatnie miejsce między: .*dodatkowa tura/)).toBeVisible();
  // Nor does its page: the badge, the heading and both tied candidates say a further round decides.
  await expect(commission.getByText("Remis: rozstrzyga dodatkowa tura", { exact: true })).toBeVisible();
  await expect(commission.getByText("Wyniki ogłoszone", { exact: true })).toHaveCount(0);
  await expect(
    commission.getByRole("heading", { name: "Wyniki głosowania (remis: rozstrzygnie dodatkowa tura)" }),
  ).toBeVisible();
  const tiedResults = commission.getByRole("region", { name: "Głosy oddane na kandydatów" });
  await expect(tiedResults.getByRole("cell", { name: "remis – rozstrzygnie dodatkowa tura", exact: true })).toHaveCount(
    2,
  );
  await expect(tiedResults.getByRole("cell", { name: "bez mandatu", exact: true })).toHaveCount(0);
  expect(await axeViolations(commission)).toEqual([]);
  // On a phone the outcome is in sight without scrolling the table (no empty area column, the bar last).
  await commission.setViewportSize({ width: 390, height: 844 });
  await expect(tiedResults.getByRole("columnheader", { name: "Okręg" })).toHaveCount(0);
  const outcome = (await tiedResults
    .getByRole("cell", { name: "remis – rozstrzygnie dodatkowa tura", exact: true })
    .first()
    .boundingBox())!;
  expect(outcome.x + outcome.width).toBeLessThanOrEqual(390);
  await commission.setViewportSize({ width: 1280, height: 900 });
  await commission.getByRole("button", { name: "Przygotuj dodatkową turę" }).click();

  // The draft: candidates, seats and nominations come from the tie; the commission sees only what it may change.
  await expect(commission.getByRole("heading", { level: 1 })).toHaveText(
    "Wybory uzupełniające do Wojewódzkiej Rady Działalności Pożytku Publicznego 2026 — tura 2",
  );
  await expect(commission.getByText("Do obsadzenia: 1 mandat.")).toBeVisible();
  await expect(commission.getByLabel(/^Początek zgłaszania kandydatów/)).toHaveCount(0);
  await expect(commission.getByLabel(/^Początek głosowania/)).toBeVisible();
  expect(await axeViolations(commission)).toEqual([]);
  await commission.getByRole("button", { name: "Zapisz zasady" }).click();
  await expect(commission.getByText("Zasady zapisane.")).toBeVisible();
  await commission.getByRole("button", { name: "Ogłoś wybory" }).click();
  await expect(commission.getByText("Lista kandydatów", { exact: true }).first()).toBeVisible();

  // Anyone sees the round, its candidates and where it comes from; the first round points to it.
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto("/wybory");
  await visitor
    .getByRole("link", {
      name: "Wybory uzupełniające do Wojewódzkiej Rady Działalności Pożytku Publicznego 2026 — tura 2",
    })
    .click();
  await expect(visitor.getByText(/^To tura 2 wyborów\./)).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Lista kandydatów: 2 osoby" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Zgłoś kandydata" })).toHaveCount(0);
  expect(await axeViolations(visitor)).toEqual([]);
  await visitor
    .getByRole("link", {
      name: "Wybory uzupełniające do Wojewódzkiej Rady Działalności Pożytku Publicznego 2026",
      exact: true,
    })
    .click();
  await expect(visitor.getByText("Remis o ostatnie mandaty rozstrzyga dodatkowa tura:")).toBeVisible();
});
