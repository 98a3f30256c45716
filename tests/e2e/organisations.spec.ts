import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { testPassword } from "./accounts-helpers";
import { adminPage, personPage, registerOrganisation, uniqueKrs } from "./organisations-helpers";
import { freshCode, signInWithCode } from "./two-factor-helpers";
import { accountMenu } from "./header";

// Journeys of two or three people, each signing up through the mailbox: longer than one page.
test.describe.configure({ timeout: 90_000 });

test("a person registers an organisation, an administrator verifies it, and the person acts for it", async ({
  browser,
}) => {
  const { page: owner } = await personPage(browser, "Olga Założycielka");
  await owner.goto("/organizacje/zarejestruj");
  expect(await axeViolations(owner)).toEqual([]);

  // Bad input first: the summary lists each problem and links to its field.
  await owner.getByLabel("Numer KRS").fill("12a");
  await owner.getByLabel("NIP").fill("1234567890");
  await owner.getByRole("button", { name: "Zarejestruj organizację" }).click();
  const summary = owner.getByRole("alert").filter({ hasText: "Popraw" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Podaj pełną nazwę organizacji (co najmniej 3 znaki).",
    "Podaj numer KRS – do 10 cyfr, np. 0000123456.",
    "To nie jest poprawny NIP: podaj 10 cyfr i sprawdź je z dokumentami.",
    "Wybierz gminę siedziby organizacji.",
    "Wybierz co najmniej jedną sferę pożytku publicznego.",
  ]);
  expect(await axeViolations(owner)).toEqual([]);
  await owner.getByLabel("NIP").fill("");

  const organisation = await registerOrganisation(owner, `Stowarzyszenie Testowe ${uniqueKrs()}`);
  await expect(owner.getByText("Jeszcze niezweryfikowana")).toBeVisible();
  await expect(owner.getByText("Należysz do tej organizacji: właściciel.")).toBeVisible();
  expect(await axeViolations(owner)).toEqual([]);

  const admin = await adminPage(browser);
  await (await accountMenu(admin)).getByRole("link", { name: "Organizacje", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Organizacje");
  await admin.getByLabel("Nazwa, KRS lub NIP").fill(organisation.krs);
  await admin.getByLabel("Tylko czekające na weryfikację").check();
  await admin.getByRole("button", { name: "Szukaj", exact: true }).click();
  const row = admin.getByRole("row").filter({ hasText: organisation.name });
  await expect(row).toContainText("Jeszcze niezweryfikowana");
  expect(await axeViolations(admin)).toEqual([]);
  await row.getByRole("button", { name: `Oznacz jako zweryfikowaną – ${organisation.name}` }).click();
  // Verified, it leaves the list of those awaiting verification.
  await expect(row).toHaveCount(0);
  await admin.getByLabel("Tylko czekające na weryfikację").uncheck();
  await admin.getByRole("button", { name: "Szukaj", exact: true }).click();
  await expect(row.getByText("Zweryfikowana", { exact: true })).toBeVisible();

  await owner.reload();
  await expect(owner.getByText("Zweryfikowana", { exact: true })).toBeVisible();
  await expect(owner.getByText("Możesz występować w jej imieniu.")).toBeVisible();
  await owner.getByRole("link", { name: "Edytuj dane organizacji" }).click();
  expect(await axeViolations(owner)).toEqual([]);
  await owner.getByLabel("Nazwa skrócona").fill("Testowi");
  await owner.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Zmiany zapisane." })).toBeVisible();
  // A change to what the verification vouches for is announced before saving, and the warning goes when it is undone.
  const fullName = owner.getByLabel("Pełna nazwa");
  await fullName.fill(`${organisation.name} – literówka`);
  await expect(owner.getByRole("status").filter({ hasText: "wycofa weryfikację" })).toBeVisible();
  await fullName.fill(organisation.name);
  await expect(owner.getByRole("status").filter({ hasText: "wycofa weryfikację" })).toHaveCount(0);

  // The administrator sees the change made on the organisation's behalf.
  await admin.goto("/administracja/dziennik-zdarzen?action=organisation.edited");
  await expect(
    admin
      .getByRole("row")
      .filter({ hasText: "Zmiana danych organizacji" })
      .filter({ hasText: organisation.name })
      .first(),
  ).toBeVisible();
});

test("a person asks to join; the owner approves, invites someone else, and the invitation is accepted", async ({
  browser,
}) => {
  const { page: owner } = await personPage(browser, "Marek Właściciel");
  const organisation = await registerOrganisation(owner, `Fundacja Wspólna ${uniqueKrs()}`);

  const { page: applicant, email: applicantEmail } = await personPage(browser, "Ala Chętna");
  await applicant.goto(organisation.url);
  await applicant.getByLabel("Wiadomość (nieobowiązkowa)").fill("Jestem skarbniczką.");
  await applicant.getByRole("button", { name: "Poproś o dołączenie" }).click();
  await expect(applicant.getByText("Twoja prośba o dołączenie czeka na decyzję właścicieli.")).toBeVisible();
  expect(await axeViolations(applicant)).toEqual([]);

  await owner.goto(organisation.url);
  await owner.getByRole("link", { name: "Członkowie" }).click();
  await expect(owner.getByText("Jestem skarbniczką.")).toBeVisible();
  expect(await axeViolations(owner)).toEqual([]);
  await owner.getByRole("button", { name: "Zatwierdź: Ala Chętna" }).click();
  await expect(owner.getByRole("table").getByRole("row").filter({ hasText: applicantEmail })).toContainText(
    "Ala Chętna",
  );

  // Inviting someone already in gets a clear message on the field.
  const inviteForm = owner.getByRole("region", { name: "Zaproś przez e-mail" });
  await inviteForm.getByLabel("Adres e-mail").fill(applicantEmail);
  await inviteForm.getByRole("button", { name: "Wyślij zaproszenie" }).click();
  await expect(inviteForm.getByRole("alert").filter({ hasText: "Popraw" }).getByRole("link")).toHaveText(
    "Ta osoba jest już członkiem organizacji.",
  );

  const { page: invited, email: invitedEmail } = await personPage(browser, "Zenon Zaproszony");
  await inviteForm.getByLabel("Adres e-mail").fill(invitedEmail);
  await inviteForm.getByLabel("Rola").selectOption({ label: "redaktor" });
  await inviteForm.getByRole("button", { name: "Wyślij zaproszenie" }).click();
  await expect(
    owner.getByRole("status").filter({ hasText: `Wysłano zaproszenie na adres ${invitedEmail}.` }),
  ).toBeVisible();

  // The invitation goes out through the mail queue: it arrives a moment later.
  const invitationRow = invited
    .getByRole("row", { name: new RegExp(invitedEmail.replace(/\./g, "\\.")) })
    .filter({ hasText: "Zaproszenie do organizacji" });
  await expect(async () => {
    await invited.goto("/dev/mailbox");
    await expect(invitationRow).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await invitationRow.getByRole("link").click();
  const href = await invited.getByRole("link", { name: /\/zaproszenie\?token=/ }).getAttribute("href");
  const link = new URL(href!);
  await invited.goto(link.pathname + link.search);
  await expect(
    invited.getByText(`Zaproszenie do organizacji ${organisation.name} z rolą: redaktor.`, { exact: false }),
  ).toBeVisible();
  expect(await axeViolations(invited)).toEqual([]);
  await invited.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
  await expect(invited.getByRole("heading", { name: `Dołączono do organizacji ${organisation.name}` })).toBeVisible();
  await invited.goto("/konto");
  await expect(invited.getByText(`redaktor: ${organisation.name}`, { exact: true })).toBeVisible();
});

test("an official asks for official status, an administrator approves it, and the official switches on two-factor authentication", async ({
  browser,
}) => {
  const { page: clerk, email } = await personPage(browser, "Irena Urzędniczka");
  // The offices are under "Więcej" in the header's row (issue 24).
  const mainMenu = clerk.getByRole("navigation", { name: "Menu główne" });
  await mainMenu.getByRole("button", { name: "Więcej" }).click();
  await mainMenu.getByRole("link", { name: "Urzędy" }).click();
  await expect(clerk.getByRole("heading", { level: 1 })).toHaveText("Urzędy");
  await clerk.getByRole("link", { name: "Gmina Skarbimierz" }).click();
  expect(await axeViolations(clerk)).toEqual([]);
  await clerk.getByLabel("Wiadomość (nieobowiązkowa)").fill("Referat Promocji, stanowisko ds. NGO");
  await clerk.getByRole("button", { name: "Poproś o status urzędnika" }).click();
  await expect(
    clerk.getByText("Twoja prośba o status urzędnika czeka na decyzję administratora urzędu."),
  ).toBeVisible();

  const admin = await adminPage(browser);
  await (await accountMenu(admin)).getByRole("link", { name: "Urzędnicy", exact: true }).click();
  const request = admin
    .getByRole("region", { name: /Irena Urzędniczka/ })
    .filter({ hasText: "Referat Promocji" })
    .last();
  await expect(request).toContainText("Do: Gmina Skarbimierz");
  expect(await axeViolations(admin)).toEqual([]);
  await request.getByRole("button", { name: "Zatwierdź: Irena Urzędniczka" }).click();
  await expect(request).toHaveCount(0);

  await clerk.reload();
  await expect(clerk.getByText("Pracujesz w tym urzędzie: urzędnik.")).toBeVisible();

  // Official functions need two-factor authentication: the account page says so and sets it up.
  await clerk.goto("/konto");
  const section = clerk.getByRole("region", { name: "Uwierzytelnianie dwuskładnikowe" });
  await expect(section.getByText(/Twoja rola wymaga uwierzytelniania dwuskładnikowego/)).toBeVisible();
  await section.getByRole("button", { name: "Skonfiguruj uwierzytelnianie dwuskładnikowe" }).click();
  await expect(section.getByRole("img", { name: "Kod QR z kluczem dla aplikacji uwierzytelniającej" })).toBeVisible();
  expect(await axeViolations(clerk)).toEqual([]);
  const secret = (await section.locator("code").innerText()).replace(/\s/g, "");
  // Switching on asks for the password again, as every change of two-factor authentication does.
  await section.getByLabel("Obecne hasło").fill(testPassword);
  await section.getByLabel("Kod z aplikacji").fill("123");
  await section.getByRole("button", { name: "Włącz" }).click();
  await expect(section.getByRole("alert").filter({ hasText: "Popraw" }).getByRole("link")).toHaveText(
    "Ten kod jest nieprawidłowy. Wpisz aktualny kod z aplikacji.",
  );
  await section.getByLabel("Kod z aplikacji").fill(await freshCode(secret));
  await section.getByRole("button", { name: "Włącz" }).click();
  const codes = clerk.getByRole("region", { name: "Twoje kody zapasowe" });
  await expect(codes).toBeFocused();
  await expect(codes.getByRole("listitem")).toHaveCount(10);
  expect(await axeViolations(clerk)).toEqual([]);

  // From now on, signing in asks for a code.
  await (await accountMenu(clerk)).getByRole("button", { name: "Wyloguj się" }).click();
  await expect(
    clerk.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Zaloguj się" }),
  ).toBeVisible();
  await signInWithCode(clerk, email, testPassword, secret);
  await expect(clerk.getByRole("region", { name: "Uwierzytelnianie dwuskładnikowe" })).toContainText("Włączone od");
});

test("an institution's page and its management page pass axe; the latter is hidden from others", async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  await admin.goto("/urzedy/gmina-lubsza");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Urząd Gminy Lubsza");
  expect(await axeViolations(admin)).toEqual([]);
  await admin.getByRole("link", { name: "Urzędnicy i dane urzędu" }).click();
  // A whole page loads (the link is a plain one): axe looks once it is there, title and all.
  await expect(admin).toHaveURL(/\/urzedy\/gmina-lubsza\/urzednicy$/);
  await admin.waitForLoadState();
  expect(await axeViolations(admin)).toEqual([]);

  const { page: resident } = await personPage(browser, "Rafał Ciekawski");
  const response = await resident.goto("/urzedy/gmina-lubsza/urzednicy");
  expect(response?.status()).toBe(404);
});

test("an organisation fills its record from KRS in a minute, seeing the changes first", async ({ browser }) => {
  const { page: owner } = await personPage(browser, "Ewa Rejestrowa");
  // A real extract (tests/fixtures/krs), served by the KRS stand-in.
  const organisation = await registerOrganisation(owner, "Fundacja Echo", "159405");
  await owner.getByRole("link", { name: "Edytuj dane organizacji" }).click();
  const panel = owner.getByRole("region", { name: "Dane z Krajowego Rejestru Sądowego" });
  await panel.getByRole("button", { name: "Sprawdź dane w KRS" }).click();
  const table = panel.getByRole("table");
  await expect(table.getByRole("row", { name: /^Nazwa/ })).toContainText('"ECHO" - FUNDACJA POMOCY NIEPEŁNOSPRAWNYM');
  await expect(table.getByRole("row", { name: /^Status OPP/ })).toContainText("tak");
  await expect(panel.getByText("Według KRS siedziba jest poza tym województwem")).toBeVisible();
  expect(await axeViolations(owner)).toEqual([]);
  await panel.getByRole("button", { name: "Zapisz dane z KRS" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Zapisano dane z KRS" })).toBeVisible();

  await owner.goto(organisation.url);
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText('"ECHO" - FUNDACJA POMOCY NIEPEŁNOSPRAWNYM');
  await expect(owner.getByText("ZARZĄD FUNDACJI")).toBeVisible();
  await expect(owner.getByText(/Dane rejestrowe pochodzą z KRS/)).toBeVisible();
  expect(await axeViolations(owner)).toEqual([]);
});
