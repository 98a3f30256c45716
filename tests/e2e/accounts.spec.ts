import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createConfirmedAccount, signIn, testPassword } from "./accounts-helpers";
import { axeViolations } from "./axe";
import { demoAdmin, demoOfficial, freshCode, signInWithCode } from "./two-factor-helpers";
import { accountMenu } from "./header";

const password = testPassword;

test("a person signs up, is signed in by confirming the address from the mailbox, and signs out from the header", async ({
  page,
}) => {
  const email = `maria.${Date.now()}@example.org`;

  await page.goto("/rejestracja");
  await page.getByLabel("Imię i nazwisko").fill("Maria Testowa");
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByLabel(/Akceptuję regulamin platformy/).check();
  await page.getByLabel(/Potwierdzam zapoznanie się/).check();
  await page.getByRole("button", { name: "Załóż konto" }).click();
  await expect(page.getByRole("heading", { name: "Sprawdź skrzynkę e-mail" })).toBeFocused();

  // The development mailbox holds the message; its link opens the confirmation page.
  await page.goto("/dev/mailbox");
  await page
    .getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) })
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Potwierdź adres e-mail – /);
  const link = page.getByRole("link", { name: /\/potwierdz-adres\?token=/ });
  const verificationUrl = new URL((await link.getAttribute("href"))!);
  expect(await axeViolations(page)).toEqual([]);

  // The HTML part is served on its own, under a policy that runs no script.
  const htmlHref = await page.getByRole("link", { name: "Wersja HTML wiadomości" }).getAttribute("href");
  const html = await page.request.get(htmlHref!);
  expect(html.headers()["content-security-policy"]).toContain("sandbox");
  expect(await html.text()).toContain('<html lang="pl">');

  await page.goto(verificationUrl.pathname + verificationUrl.search);
  await page.getByRole("button", { name: "Potwierdź adres e-mail" }).click();
  // The confirmation signs the person in (issue 18: they had to sign in again): straight to the account, which says so.
  await expect(page).toHaveURL(/\/konto\?welcome=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje konto");
  await expect(page.getByText("Adres e-mail potwierdzony, logowanie zakończone.", { exact: false })).toBeVisible();
  await expect(page.getByRole("main").getByText("Maria Testowa", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Regulamin, wersja \d{4}-\d{2}-\d{2}, zaakceptowano/)).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Konto" }).getByRole("button", { name: "Moje konto" }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The link is single-use.
  await page.goto(verificationUrl.pathname + verificationUrl.search);
  await page.getByRole("button", { name: "Potwierdź adres e-mail" }).click();
  await expect(
    page.getByText("Ten link został już użyty. Jeśli adres jest potwierdzony, po prostu się zaloguj."),
  ).toBeVisible();

  // Signing out is in the header, on any page.
  await page.goto("/organizacje");
  await (await accountMenu(page)).getByRole("button", { name: "Wyloguj się" }).click();
  await expect(
    page.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Zaloguj się" }),
  ).toBeVisible();
  await page.goto("/konto");
  await expect(page).toHaveURL(/\/logowanie\?next=%2Fkonto$/);
});

test("the sign-in form fills in the address a link brings", async ({ page }) => {
  await page.goto("/logowanie?email=maria%40example.org");
  await expect(page.getByLabel("Adres e-mail")).toHaveValue("maria@example.org");
  await expect(page.getByLabel("Hasło")).toHaveValue("");
});

test("bad sign-up input is listed in a linked summary, in the visitor's language, and nothing typed is lost", async ({
  page,
}) => {
  await page.goto("/en/sign-up");
  await page.getByLabel("Full name").fill("Jan Kowalski");
  await page.getByLabel("E-mail address").fill("not-an-address");
  await page.getByRole("button", { name: "Create account" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "The form has" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("The form has 4 errors");
  expect(await axeViolations(page)).toEqual([]);
  await summary.getByRole("link", { name: /Enter an e-mail address in the right form/ }).click();
  await expect(page.getByLabel("E-mail address")).toBeFocused();
  await expect(page.getByLabel("Full name")).toHaveValue("Jan Kowalski");

  // The server refuses a common password with a field error.
  await page.getByLabel("E-mail address").fill(`jan.${Date.now()}@example.org`);
  await page.getByLabel("Password").fill("qwerty123456");
  await page.getByLabel(/I accept the terms of use/).check();
  await page.getByLabel(/I have read the data protection notice/).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The form has 1 error" })).toBeVisible();
  await expect(
    page.getByText("This password is too common and easy to guess.", { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Jan Kowalski");
});

test("a wrong password and an unknown address get the same answer", async ({ page }) => {
  await signIn(page, "mieszkaniec@demo.example.org", "not the password 1");
  // (Next.js's route announcer is an alert too, hence the filter.)
  await expect(page.getByRole("alert").filter({ hasText: "Nie udało się zalogować" })).toContainText(
    "Nieprawidłowy adres e-mail lub hasło.",
  );
  expect(await axeViolations(page)).toEqual([]);
  await signIn(page, "nikt-taki@demo.example.org", "not the password 1");
  await expect(page.getByRole("alert").filter({ hasText: "Nie udało się zalogować" })).toContainText(
    "Nieprawidłowy adres e-mail lub hasło.",
  );
});

test("demo accounts sign in with their documented passwords and two-factor keys, and show their roles", async ({
  page,
}) => {
  // A code works once: this waits for a fresh one when the setup just used the current one.
  test.setTimeout(90_000);
  await signInWithCode(page, demoOfficial.email, demoOfficial.password, demoOfficial.secret);
  await expect(page.getByText("Urząd Marszałkowski Województwa Opolskiego – urzędnik")).toBeVisible();
  await (await accountMenu(page)).getByRole("button", { name: "Wyloguj się" }).click();
  await expect(
    page.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Zaloguj się" }),
  ).toBeVisible();

  await page.goto("/de/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(demoAdmin.email);
  await page.getByLabel("Passwort").fill(demoAdmin.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  // The second step asks for the code, in the page's language, with focus on the field.
  await expect(page.getByRole("status").filter({ hasText: "Zwei-Faktor-Authentifizierung" })).toBeVisible();
  const code = page.getByLabel("Code aus der App oder Wiederherstellungscode");
  await expect(code).toBeFocused();
  await code.fill("000000");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Dieser Code ist ungültig" })).toBeVisible();
  await code.fill(await freshCode(demoAdmin.secret));
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/de\/konto$/);
  await expect(page.getByText("Plattformadministration")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("signing in works by keyboard alone", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail address").focus();
  await page.keyboard.type("ngo@demo.example.org");
  await page.keyboard.press("Tab");
  await page.keyboard.type("demo-ngo");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByText("Fundacja Opolskie Centrum Wolontariatu – owner")).toBeVisible();
});

test("a forgotten password is reset through the mailbox, and a changed one signs the person out", async ({ page }) => {
  const email = `anna.${Date.now()}@example.org`;
  // A fresh account, confirmed through the mailbox.
  await page.goto("/en/sign-up");
  await page.getByLabel("Full name").fill("Anna Reset");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel(/I accept the terms of use/).check();
  await page.getByLabel(/I have read the data protection notice/).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your e-mail" })).toBeVisible();

  // Forgotten password, from the sign-in page.
  await page.goto("/en/sign-in");
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgotten password");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByRole("heading", { name: "Check your e-mail" })).toBeFocused();

  await page.goto("/en/dev/mailbox");
  await page
    .getByRole("row", { name: new RegExp(`Set a new password.*${email.replace(/\./g, "\\.")}`) })
    .getByRole("link")
    .click();
  const href = await page.getByRole("link", { name: /\/en\/reset-password\?token=/ }).getAttribute("href");
  const resetUrl = new URL(href!);
  await page.goto(resetUrl.pathname + resetUrl.search);
  const newPassword = "nowy kajak na Odrze";
  await page.getByLabel("New password").fill("qwerty123456");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The form has 1 error" })).toBeVisible();
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("heading", { name: "Password changed" })).toBeFocused();

  // The reset also confirmed the address: sign in with the new password.
  await page.getByRole("link", { name: "Go to sign-in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  expect(await axeViolations(page)).toEqual([]);

  // Changing the password on the account page ends this session too.
  const third = "trzecie hasło w kolejce";
  const changePassword = page.getByRole("region", { name: "Change password" });
  await changePassword.getByLabel("Current password").fill(newPassword);
  await changePassword.getByLabel("New password").fill(third);
  await changePassword.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?changed=1$/);
  await expect(page.getByText("Your password has been changed. Sign in with the new password.")).toBeVisible();
  // Signing out loads this page afresh: typing before its script has run would
  // post the form natively (it now stays on the page rather than sign in).
  await page.waitForLoadState("networkidle");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(third);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
});

test("a person changes their e-mail address, confirmed from the new mailbox", async ({ page }) => {
  await createConfirmedAccount(page, "Olga Przeprowadzka");
  const newEmail = `olga.nowa.${Date.now()}@example.org`;
  const changeEmail = page.getByRole("region", { name: "Zmiana adresu e-mail" });
  await changeEmail.getByLabel("Nowy adres e-mail").fill(newEmail);
  await changeEmail.getByLabel("Obecne hasło").fill(password);
  await changeEmail.getByRole("button", { name: "Zmień adres" }).click();
  await expect(page.getByRole("status").filter({ hasText: newEmail })).toBeVisible();

  await page.goto("/dev/mailbox");
  await page
    .getByRole("row", { name: new RegExp(`Potwierdź nowy adres e-mail.*${newEmail.replace(/\./g, "\\.")}`) })
    .getByRole("link")
    .click();
  const href = await page.getByRole("link", { name: /\/potwierdz-nowy-adres\?token=/ }).getAttribute("href");
  const url = new URL(href!);
  await page.goto(url.pathname + url.search);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Potwierdź nowy adres" }).click();
  await expect(page.getByRole("heading", { name: "Adres zmieniony" })).toBeFocused();
  await page.getByRole("link", { name: "Przejdź do konta" }).click();
  await expect(page.getByRole("main").getByText(newEmail, { exact: true })).toBeVisible();
});

test("a person downloads their data and deletes their account", async ({ page }) => {
  const email = await createConfirmedAccount(page, "Zofia Usuwająca");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Pobierz moje dane (JSON)" }).click();
  const file = await (await download).path();
  const data = JSON.parse(readFileSync(file, "utf8"));
  expect(data.account).toMatchObject({ email, name: "Zofia Usuwająca" });

  const deletion = page.getByRole("region", { name: "Usunięcie konta" });
  await deletion.getByRole("button", { name: "Usuń konto na zawsze" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Formularz zawiera 2 błędy" })).toBeFocused();
  await deletion.getByLabel("Obecne hasło").fill(password);
  await deletion.getByLabel("Rozumiem, że usunięcia konta nie można cofnąć.").check();
  await deletion.getByRole("button", { name: "Usuń konto na zawsze" }).click();
  await expect(page.getByText("Twoje konto zostało usunięte.")).toBeVisible();
  await signIn(page, email, password);
  await expect(page.getByRole("alert").filter({ hasText: "Nie udało się zalogować" })).toContainText(
    "Nieprawidłowy adres e-mail lub hasło.",
  );
});
