import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { signIn } from "./accounts-helpers";
import { ADMIN_STATE, MODERATOR_STATE, NGO_STATE } from "./two-factor-helpers";
import { accountMenu } from "./header";

const ONE_PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

test("a representative starts a thread with a preview, a resident replies by keyboard quoting it, and the author edits the opening post", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const ngo = await (await newClientContext(browser)).newPage();
  await signIn(ngo, "ngo@demo.example.org", "demo-ngo");
  await expect(ngo).not.toHaveURL(/\/logowanie/);
  await ngo.goto("/forum");
  expect(await axeViolations(ngo)).toEqual([]);
  await ngo.getByRole("link", { name: "Dotacje i otwarte konkursy ofert" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Dotacje i otwarte konkursy ofert");
  expect(await axeViolations(ngo)).toEqual([]);
  await ngo.getByRole("link", { name: "Nowy wątek" }).click();

  // Sent empty: the summary names both fields and leads to them.
  await ngo.getByRole("button", { name: "Utwórz wątek" }).click();
  const summary = ngo.getByRole("alert").filter({ hasText: "Tytuł wątku musi mieć co najmniej 5 znaków." });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Wpis jest pusty. Napisz co najmniej 2 znaki." }).click();
  await expect(ngo.getByLabel(/^Treść/)).toBeFocused();
  expect(await axeViolations(ngo)).toEqual([]);

  const title = `Rozliczenie dotacji ${Date.now()}`;
  await ngo.getByLabel(/^Tytuł wątku/).fill(title);
  await ngo.getByLabel(/^Treść/).fill("To **ważne** pytanie o sprawozdanie.\n\n<script>alert('xss')</script>");
  await ngo.getByRole("button", { name: "Pokaż podgląd" }).click();
  const preview = ngo.getByRole("region", { name: "Podgląd wpisu" });
  await expect(preview.locator("strong")).toHaveText("ważne");
  await expect(preview).toContainText("<script>alert('xss')</script>");
  // A picture needs its description; the server redraws it.
  await ngo
    .getByLabel(/^Plik ze zdjęciem/)
    .setInputFiles({ name: "spotkanie.png", mimeType: "image/png", buffer: ONE_PIXEL_PNG });
  await ngo.getByRole("button", { name: "Dołącz zdjęcie" }).click();
  await expect(
    ngo.getByText("Opisz zdjęcie (co najmniej 3 znaki): bez opisu nic nie powie osobom niewidomym."),
  ).toBeVisible();
  await ngo.getByLabel(/^Opis zdjęcia dla osób/).fill("Spotkanie organizacji w Opolu");
  await ngo.getByRole("button", { name: "Dołącz zdjęcie" }).click();
  await expect(
    ngo.getByRole("list", { name: "Dołączone zdjęcia" }).getByRole("img", { name: "Spotkanie organizacji w Opolu" }),
  ).toBeVisible();
  await ngo.getByLabel("Fundacja Opolskie Centrum Wolontariatu", { exact: false }).check();
  await ngo.getByRole("button", { name: "Utwórz wątek" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(ngo).toHaveURL(/#wpis-1$/);
  const opening = ngo.getByRole("article", { name: /Tomasz Społeczny/ }).first();
  await expect(opening).toContainText("w imieniu: Fundacja Opolskie Centrum Wolontariatu");
  await expect(opening.locator("script")).toHaveCount(0);
  const picture = opening.getByRole("img", { name: "Spotkanie organizacji w Opolu" });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1);
  expect(await axeViolations(ngo)).toEqual([]);
  const threadUrl = ngo.url().replace(/[?#].*$/, "");

  // A resident quotes the opening post and replies, by keyboard.
  const resident = await (await newClientContext(browser)).newPage();
  await signIn(resident, "mieszkaniec@demo.example.org", "demo-mieszkaniec");
  await expect(resident).not.toHaveURL(/\/logowanie/);
  await resident.goto(threadUrl);
  await resident.getByRole("button", { name: "Cytuj wpis nr 1" }).focus();
  await resident.keyboard.press("Enter");
  const reply = resident.getByLabel(/^Treść odpowiedzi/);
  await expect(reply).toBeFocused();
  await expect(reply).toHaveValue(/^> \[Tomasz Społeczny, wpis nr 1\]\(.+\?wpis=1\)\n>\n> To \*\*ważne\*\*/);
  await resident.keyboard.type("Sprawozdanie składa się w terminie z umowy. Pytanie do ");
  // A mention, chosen from the people who can read the category, lands at the cursor.
  const mention = resident.getByRole("combobox", { name: "Wspomnij osobę lub organizację" });
  await mention.focus();
  await mention.fill("tomasz spol");
  await expect(resident.getByRole("option", { name: /Tomasz Społeczny/ })).toBeVisible();
  await resident.keyboard.press("ArrowDown");
  await resident.keyboard.press("Enter");
  await expect(reply).toBeFocused();
  await expect(reply).toHaveValue(/Pytanie do @\[Tomasz Społeczny\]\(user:[a-z0-9]+\) $/);
  // Or typed in the text, as on Discourse: "@" and a name's first letters offer a list under the field.
  await resident.keyboard.type("i @fundacja opol");
  const suggestions = resident.getByRole("listbox", { name: "Propozycje wzmianek" });
  await expect(suggestions.getByRole("option", { name: /Fundacja Opolskie Centrum Wolontariatu/ })).toBeVisible();
  await expect(reply).toHaveAttribute("aria-activedescendant", /.+/);
  expect(await axeViolations(resident)).toEqual([]);
  await resident.keyboard.press("Enter");
  await expect(suggestions).toHaveCount(0);
  await expect(reply).toBeFocused();
  await expect(reply).toHaveValue(
    /Pytanie do @\[Tomasz Społeczny\]\(user:[a-z0-9]+\) i @\[Fundacja Opolskie Centrum Wolontariatu\]\(org:[a-z0-9]+\) $/,
  );
  await resident.getByRole("button", { name: "Wyślij odpowiedź" }).focus();
  await resident.keyboard.press("Enter");
  await expect(resident).toHaveURL(/#wpis-2$/);
  const answer = resident.getByRole("article", { name: /Anna Mieszkańska/ });
  await expect(answer.locator("blockquote")).toContainText("To ważne pytanie");
  await expect(answer.locator("blockquote a")).toHaveAttribute("href", /\?wpis=1$/);
  // The attribution stands apart from the quoted words.
  await expect(answer.locator("blockquote > p").first().locator("a")).toHaveCount(1);
  await expect(answer.locator("blockquote > p").first()).not.toContainText("ważne");
  // A quotation looks like one: a border on its left and an indent.
  await expect(answer.locator("blockquote")).toHaveCSS("border-left-width", "4px");
  await expect(answer.locator("blockquote")).toHaveCSS("padding-left", "16px");
  await expect(answer).toContainText("Sprawozdanie składa się w terminie z umowy.");
  await expect(answer.locator("strong", { hasText: "@Tomasz Społeczny" })).toBeVisible();
  await expect(answer.locator("strong", { hasText: "@Fundacja Opolskie Centrum Wolontariatu" })).toBeVisible();
  // Watching the thread, by its toggle.
  await resident.getByRole("button", { name: "Obserwuj wątek" }).click();
  await expect(resident.getByText("Obserwujesz ten wątek: powiadomimy Cię o każdej odpowiedzi.")).toBeVisible();
  await expect(resident.getByRole("button", { name: "Obserwuj wątek" })).toHaveAttribute("aria-pressed", "true");
  // "Helpful" once per person, as a toggle.
  const helpful = resident.getByRole("button", { name: "Pomocne (0) wpis nr 1" });
  await helpful.click();
  await expect(resident.getByRole("button", { name: "Pomocne (1) wpis nr 1" })).toHaveAttribute("aria-pressed", "true");
  expect(await axeViolations(resident)).toEqual([]);

  // The author is told of the mention, and edits the opening post.
  await ngo.goto("/powiadomienia");
  await expect(
    ngo.getByText(new RegExp(`Wspomniano Cię \\(lub Twoją organizację\\) w wątku ${title}`)).first(),
  ).toBeVisible();
  await ngo.goto(threadUrl);
  await expect(ngo.getByRole("article", { name: /Anna Mieszkańska/ })).toBeVisible();
  await ngo.getByRole("button", { name: "Więcej wpis nr 1" }).click();
  await ngo.getByRole("menu", { name: "Więcej wpis nr 1" }).getByRole("menuitem", { name: "Edytuj" }).click();
  const edit = ngo.getByLabel("Nowa treść wpisu nr 1");
  await expect(edit).toBeFocused();
  await edit.fill("To ważne pytanie o sprawozdanie końcowe.");
  await ngo.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(ngo.getByRole("article", { name: /Tomasz Społeczny/ }).first()).toContainText(/edytowano/);
  await expect(ngo.getByRole("article", { name: /Tomasz Społeczny/ }).first()).toContainText("sprawozdanie końcowe");
});

test("an administrator adds a category in three languages; visitors see only the categories open to them", async ({
  browser,
}) => {
  const admin = await (await newClientContext(browser, ADMIN_STATE)).newPage();
  await admin.goto("/administracja/forum");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Kategorie forum");
  expect(await axeViolations(admin)).toEqual([]);
  const create = admin.getByRole("form", { name: "Nowa kategoria" });
  await create.getByRole("button", { name: "Dodaj kategorię" }).click();
  await expect(
    admin.getByRole("alert").filter({ hasText: "Nazwa kategorii musi mieć co najmniej 3 znaki (w każdym języku)." }),
  ).toBeFocused();
  const name = `Ekonomia społeczna ${Date.now()}`;
  const names = create.getByRole("group", { name: "Nazwa" });
  await names.getByLabel(/^Po polsku/).fill(name);
  await names.getByLabel(/^Po angielsku/).fill("Social economy");
  await names.getByLabel(/^Po niemiecku/).fill("Sozialwirtschaft");
  const descriptions = create.getByRole("group", { name: "Opis" });
  await descriptions.getByLabel(/^Po polsku/).fill("Spółdzielnie socjalne i przedsiębiorstwa społeczne.");
  await descriptions.getByLabel(/^Po angielsku/).fill("Social cooperatives and social enterprises.");
  await descriptions.getByLabel(/^Po niemiecku/).fill("Sozialgenossenschaften und Sozialunternehmen.");
  await create.getByLabel(/^Kto czyta i pisze/).selectOption("REPRESENTATIVES");
  await create.getByRole("button", { name: "Dodaj kategorię" }).click();
  await expect(admin.getByText("Kategoria dodana.")).toBeVisible();
  await expect(admin.getByRole("link", { name })).toBeVisible();
  expect(await axeViolations(admin)).toEqual([]);

  // A visitor: only the category open to visitors, and its threads, without a way to write.
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto("/forum");
  await expect(visitor.getByRole("link", { name: "Ogłoszenia i współpraca" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Dotacje i otwarte konkursy ofert" })).toHaveCount(0);
  await expect(visitor.getByRole("link", { name })).toHaveCount(0);
  await visitor.getByRole("link", { name: "Ogłoszenia i współpraca" }).click();
  await visitor.getByRole("link", { name: "Szukam wolontariatu przy pracy z seniorami w Opolu" }).click();
  await expect(visitor.getByRole("link", { name: "Zaloguj się, aby pisać w tej kategorii" })).toBeVisible();
  // After a client navigation the page's title comes a moment after its content: axe looks once it has.
  await expect(visitor).toHaveTitle(/^Szukam wolontariatu przy pracy z seniorami w Opolu · /);
  expect(await axeViolations(visitor)).toEqual([]);
  // Search, without Polish letters and in another form of the word, within what a visitor may read.
  await visitor.goto("/forum/szukaj?q=seniorow");
  await expect(
    visitor.getByRole("link", { name: "Szukam wolontariatu przy pracy z seniorami w Opolu, wpis nr 1" }),
  ).toBeVisible();
  await expect(visitor.getByText(/wkład osobowy/)).toHaveCount(0);
  expect(await axeViolations(visitor)).toEqual([]);
  // In English, the category's own English name.
  await visitor.goto("/en/forum");
  await expect(visitor.getByRole("link", { name: "Announcements and cooperation" })).toBeVisible();
});

test("a reader flags a post and a moderator hides it from the queue with a reason the author sees", async ({
  browser,
}) => {
  // Three people and a moderator's queue: longer than the default on a loaded machine.
  test.setTimeout(60_000);
  const writer = await (await newClientContext(browser, NGO_STATE)).newPage();
  await writer.goto("/forum");
  await writer.getByRole("link", { name: "Ogłoszenia i współpraca" }).click();
  await writer.getByRole("link", { name: "Nowy wątek" }).click();
  const title = `Wyprzedaż drukarek ${Date.now()}`;
  await writer.getByLabel(/^Tytuł wątku/).fill(title);
  await writer.getByLabel(/^Treść/).fill("Kupcie drukarki w naszym sklepie, najtaniej w regionie!");
  await writer.getByLabel(/Tomasz Społeczny/).check();
  await writer.getByRole("button", { name: "Utwórz wątek" }).click();
  await expect(writer.getByRole("heading", { level: 1 })).toHaveText(title);
  const threadUrl = writer.url().replace(/[?#].*$/, "");

  const reader = await (await newClientContext(browser)).newPage();
  await signIn(reader, "mieszkaniec@demo.example.org", "demo-mieszkaniec");
  await expect(reader).not.toHaveURL(/\/logowanie/);
  // On a phone, a post shows one row of buttons: helpful, quote, and a menu with the rest, used by keyboard.
  await reader.setViewportSize({ width: 390, height: 844 });
  await reader.goto(threadUrl);
  const post = reader.getByRole("article", { name: /Tomasz Społeczny/ });
  await expect(post.getByRole("button")).toHaveCount(3);
  // Measured in one frame: two separate measurements straddle any shift of the page above the post.
  const tops = await post
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().top));
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(2);
  await post.getByRole("button", { name: "Więcej wpis nr 1" }).focus();
  await reader.keyboard.press("Enter");
  await expect(reader.getByRole("menuitem", { name: "Zgłoś moderatorom" })).toBeFocused();
  expect(await axeViolations(reader)).toEqual([]);
  await reader.keyboard.press("Enter");
  const report = reader.getByRole("form", { name: "Zgłoszenie wpisu nr 1" });
  await expect(report.getByLabel("Spam lub reklama")).toBeFocused();
  await report.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(report.getByText("Wybierz, co jest nie tak z wpisem.")).toBeVisible();
  await report.getByLabel("Spam lub reklama").check();
  await report.getByLabel(/^Dodatkowe wyjaśnienie/).fill("Reklama sklepu.");
  expect(await axeViolations(reader)).toEqual([]);
  await report.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(reader.getByText("Dziękujemy. Moderatorzy sprawdzą ten wpis.")).toBeVisible();

  // Moderators sign in with a code: the session stored by auth.setup.ts.
  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  await moderator.goto("/konto");
  await (await accountMenu(moderator)).getByRole("link", { name: "Moderacja forum" }).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Moderacja forum");
  await moderator.getByLabel(`${title}, wpis nr 1`).check();
  await expect(moderator.getByText("Spam lub reklama: Reklama sklepu.")).toBeVisible();
  expect(await axeViolations(moderator)).toEqual([]);
  await moderator.getByRole("button", { name: "Ukryj zaznaczone" }).click();
  await expect(moderator.getByText("Podaj powód ukrycia (co najmniej 5 znaków): zobaczy go autor.")).toBeVisible();
  await moderator.getByLabel(/^Powód \(zobaczy go autor\)/).fill("Reklama niezwiązana z forum.");
  await moderator.getByRole("button", { name: "Ukryj zaznaczone" }).click();
  await expect(moderator.getByText("Ukryto 1 wpis.")).toBeVisible();
  await expect(moderator.getByLabel(`${title}, wpis nr 1`)).toHaveCount(0);

  // Readers see the place, the author sees the reason too.
  await reader.goto(threadUrl);
  await expect(reader.getByText("Moderacja ukryła ten wpis.")).toBeVisible();
  await expect(reader.getByText("Kupcie drukarki")).toHaveCount(0);
  await writer.goto(threadUrl);
  await expect(writer.getByText("Moderacja ukryła ten wpis. Powód: Reklama niezwiązana z forum.")).toBeVisible();
});

test("a post with a blocked word waits for a moderator, who lets it through and suspends its author with a reason they see", async ({
  browser,
}) => {
  const resident = await (await newClientContext(browser)).newPage();
  await signIn(resident, "mieszkaniec@demo.example.org", "demo-mieszkaniec");
  await expect(resident).not.toHaveURL(/\/logowanie/);
  await resident.goto("/forum");
  await resident.getByRole("link", { name: "Ogłoszenia i współpraca" }).click();
  await resident.getByRole("link", { name: "Szukam wolontariatu przy pracy z seniorami w Opolu", exact: true }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(
    "Szukam wolontariatu przy pracy z seniorami w Opolu",
  );
  const threadUrl = resident.url().replace(/[?#].*$/, "");
  await resident.getByLabel(/^Treść odpowiedzi/).fill("Nikt nie odpisuje, kuurwa, od tygodnia.");
  await resident.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(resident.getByText("Wpis czeka na sprawdzenie przez moderatora.")).toBeVisible();

  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(threadUrl);
  await expect(visitor.getByText("Wpis czeka na sprawdzenie przez moderatora.")).toBeVisible();
  await expect(visitor.getByText("Nikt nie odpisuje")).toHaveCount(0);

  // Moderators sign in with a code: the session stored by auth.setup.ts.
  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  await moderator.goto("/moderacja/forum");
  const item = moderator.getByRole("listitem").filter({ hasText: "Nikt nie odpisuje" });
  await expect(item).toContainText("zatrzymany: zawiera zablokowane słowo");
  // The author is suspended for a day, from the queue, with a reason they will see.
  await item.getByRole("button", { name: "Zawieś autora: Anna Mieszkańska" }).click();
  const suspension = item.getByRole("form", { name: "Zawieś autora: Anna Mieszkańska" });
  await suspension.getByLabel("Na jak długo").selectOption("1");
  await suspension.getByRole("button", { name: "Zawieś" }).click();
  await expect(suspension.getByText("Podaj powód zawieszenia (co najmniej 5 znaków): zobaczy go autor.")).toBeVisible();
  await suspension.getByLabel(/^Powód \(zobaczy go autor\)/).fill("Wulgaryzmy mimo próśb innych osób.");
  await suspension.getByRole("button", { name: "Zawieś" }).click();
  await expect(item.getByText(/^Anna Mieszkańska nie może pisać na forum do /)).toBeVisible();
  expect(await axeViolations(moderator)).toEqual([]);
  // The post itself may stand: it is let through.
  await item.getByRole("checkbox").check();
  await moderator.getByRole("button", { name: "Przepuść zaznaczone" }).click();
  await expect(moderator.getByText("Przepuszczono 1 wpis.")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText("Nikt nie odpisuje, kuurwa, od tygodnia.")).toBeVisible();
  await resident.reload();
  await expect(
    resident.getByText(/^Twoje konto nie może pisać na forum do .+ Powód: Wulgaryzmy mimo próśb innych osób\.$/),
  ).toBeVisible();
  await expect(resident.getByLabel(/^Treść odpowiedzi/)).toHaveCount(0);
});

test("a moderator splits a thread from a post; the moved post's old link leads to its new place", async ({
  browser,
}) => {
  // Moderators sign in with a code: the session stored by auth.setup.ts.
  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  await moderator.goto("/forum");
  await moderator.getByRole("link", { name: "Dotacje i otwarte konkursy ofert" }).click();
  await moderator
    .getByRole("link", { name: "Jak wycenić wkład osobowy w ofercie na zadanie publiczne?", exact: true })
    .click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText(
    "Jak wycenić wkład osobowy w ofercie na zadanie publiczne?",
  );
  const oldThread = moderator.url().replace(/[?#].*$/, "");
  // The thread's tools open from a button beside "Obserwuj wątek", so that they take no room until asked for.
  await moderator.getByRole("button", { name: "Moderacja wątku" }).click();
  await expect(moderator.getByRole("region", { name: "Moderacja wątku" })).toBeVisible();
  expect(await axeViolations(moderator)).toEqual([]);
  await moderator.getByRole("button", { name: "Wydziel od tego wpisu wpis nr 3" }).click();
  const split = moderator.getByRole("form", { name: "Wydzielenie wątku od wpisu nr 3" });
  await split.getByLabel(/^Tytuł nowego wątku/).fill("Karty czasu pracy wolontariuszy");
  await split.getByRole("button", { name: "Wydziel do nowego wątku" }).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Karty czasu pracy wolontariuszy");
  await expect(moderator.getByText("Dziękuję, to rozwiewa nasze wątpliwości.")).toBeVisible();
  await moderator.goto(`${oldThread}?wpis=3`);
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Karty czasu pracy wolontariuszy");
  await expect(moderator).toHaveURL(/#wpis-1$/);
});

test("a thread open to visitors is one copy for everyone: signed in, it comes from the page cache and one's parts from the browser; without JavaScript, a link to a reply page", async ({
  browser,
}) => {
  const resident = await (await newClientContext(browser)).newPage();
  await signIn(resident, "mieszkaniec@demo.example.org", "demo-mieszkaniec");
  await expect(resident).not.toHaveURL(/\/logowanie/);
  await resident.goto("/forum");
  await resident.getByRole("link", { name: "Ogłoszenia i współpraca" }).click();
  await resident.getByRole("link", { name: "Szukam wolontariatu przy pracy z seniorami w Opolu", exact: true }).click();
  // The thread's address once the client navigation has happened (read at once, it was still the category's).
  await expect(resident).toHaveURL(/\/forum\/watki\/[a-z0-9]+$/);
  const threadUrl = resident.url().replace(/[?#].*$/, "");
  await expect(resident.getByRole("button", { name: "Obserwuj wątek" })).toBeVisible();
  // The page says the thread is the same for everyone as it renders it; from then on the signed-in
  // reader gets the kept copy (asked again: other journeys changing public data empty the cache meanwhile).
  // Three views in a row within one generation of public data are needed (rendered with the session, which
  // says the thread is shared; then as for a visitor, kept; then the kept copy): asked often, for a while.
  await expect
    .poll(async () => (await resident.goto(threadUrl))?.headers()["x-page-cache"], {
      timeout: 30_000,
      intervals: [100],
    })
    .toBe("hit");
  await expect(resident.getByRole("button", { name: "Obserwuj wątek" })).toBeVisible();
  await expect(resident.getByRole("link", { name: "Zaloguj się, aby pisać w tej kategorii" })).toHaveCount(0);
  expect(await axeViolations(resident)).toEqual([]);

  // Without JavaScript nothing asks who reads: the visitor's page, and a link to the reply page.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": "10.251.0.1" },
  });
  await noScript.addCookies(await resident.context().cookies());
  const plain = await noScript.newPage();
  await plain.goto(threadUrl);
  await expect(plain.getByRole("link", { name: "Zaloguj się, aby pisać w tej kategorii" })).toBeVisible();
  await plain.getByRole("link", { name: "Zalogowani mogą też odpowiedzieć na osobnej stronie" }).click();
  await expect(plain).toHaveURL(/\/forum\/watki\/[a-z0-9]+\/odpowiedz$/);
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Odpowiedz");
  await expect(plain.getByRole("link", { name: "Szukam wolontariatu przy pracy z seniorami w Opolu" })).toHaveAttribute(
    "href",
    new URL(threadUrl).pathname,
  );
  await noScript.close();
});
