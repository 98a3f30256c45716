import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { personPage, registerOrganisation, uniqueKrs } from "./organisations-helpers";
import { ADMIN_STATE, MODERATOR_STATE, NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";

test.describe.configure({ timeout: 90_000 });

test("an owner hears of a request to join through the bell, reads it by keyboard, and marks it read", async ({
  browser,
}) => {
  const { page: owner } = await personPage(browser, "Beata Dzwonek");
  const organisation = await registerOrganisation(owner, `Stowarzyszenie Dzwonków ${uniqueKrs()}`);
  const { page: applicant } = await personPage(browser, "Cezary Proszący");
  await applicant.goto(organisation.url);
  await applicant.getByRole("button", { name: "Poproś o dołączenie" }).click();
  await expect(applicant.getByText("Twoja prośba o dołączenie czeka na decyzję właścicieli.")).toBeVisible();

  // The fan-out runs in a background job: the bell shows the entry a moment later.
  const bell = owner.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: /^Powiadomienia/ });
  await expect(async () => {
    await owner.reload();
    await expect(bell).toHaveAccessibleName("Powiadomienia 1 nieprzeczytane", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  await bell.focus();
  await owner.keyboard.press("Enter");
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Powiadomienia");
  const entry = owner
    .getByRole("listitem")
    .filter({ hasText: `Cezary Proszący prosi o dołączenie do organizacji ${organisation.name}.` });
  await expect(entry).toContainText("Nowe");
  expect(await axeViolations(owner)).toEqual([]);

  await entry.getByRole("button", { name: /^Oznacz jako przeczytane/ }).focus();
  await owner.keyboard.press("Enter");
  await expect(entry).not.toContainText("Nowe");
  await expect(bell).toHaveAccessibleName("Powiadomienia");
  // The button went with the mark: the focus is on what stays of the entry, and the mark was said.
  await expect(entry.getByRole("link")).toBeFocused();
  await expect(owner.getByRole("status").filter({ hasText: "Oznaczono jako przeczytane" })).toBeAttached();
  await owner.keyboard.press("Enter");
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(`Członkowie: ${organisation.name}`);
});

test("a person chooses by keyboard how notifications reach them by e-mail", async ({ browser }) => {
  const { page } = await personPage(browser, "Dorota Ustawna");
  await page.goto("/powiadomienia");
  await expect(page.getByText("Nie masz jeszcze powiadomień.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Ustaw, które powiadomienia przychodzą e-mailem i jak często" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ustawienia powiadomień");
  expect(await axeViolations(page)).toEqual([]);

  const group = page.getByRole("group", { name: "Przyjęte zaproszenia do Twoich organizacji" });
  await expect(group.getByRole("radio", { name: "codzienne podsumowanie" })).toBeChecked();
  await group.getByRole("radio", { name: "codzienne podsumowanie" }).focus();
  // Arrow keys move the choice within a radio group.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(group.getByRole("radio", { name: "nie wysyłaj e-mailem" })).toBeChecked();
  await page.getByRole("button", { name: "Zapisz ustawienia" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Ustawienia zapisane." })).toBeVisible();

  await page.reload();
  await expect(
    page
      .getByRole("group", { name: "Przyjęte zaproszenia do Twoich organizacji" })
      .getByRole("radio", { name: "nie wysyłaj e-mailem" }),
  ).toBeChecked();
  await expect(page.getByText("Zmiana hasła", { exact: true })).toBeVisible(); // always at once, not a choice

  // Following "sport in powiat opolski": a topic of two parts.
  const topics = page.getByRole("region", { name: "Obserwowane tematy" });
  await topics.getByRole("button", { name: "Obserwuj" }).click();
  await expect(topics.getByRole("alert").filter({ hasText: "Popraw" }).getByRole("link")).toHaveText(
    "Wybierz co najmniej jedno: sferę, obszar lub urząd.",
  );
  await topics
    .getByLabel("Sfera pożytku publicznego")
    .selectOption({ label: "Wspierania i upowszechniania kultury fizycznej" });
  await topics.getByLabel("Obszar").selectOption({ label: "powiat opolski" });
  await topics.getByRole("button", { name: "Obserwuj" }).click();
  await expect(
    topics.getByRole("listitem").filter({ hasText: "Wspierania i upowszechniania kultury fizycznej · powiat opolski" }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Following an organisation from its page.
  await page.goto("/organizacje/zielona-odra");
  const follow = page.getByRole("button", { name: "Obserwuj" });
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  await follow.click();
  await expect(page.getByRole("button", { name: "Obserwujesz" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/powiadomienia/ustawienia");
  await expect(
    page
      .getByRole("region", { name: "Obserwowane organizacje" })
      .getByRole("link", { name: "Fundacja Ekologiczna „Zielona Odra”" }),
  ).toBeVisible();
});

/**
 * The demo people's notification centres hold notices of many kinds
 * (consultations, elections, forum, news, library): each leads to a page that
 * answers 200 for its reader, in every language, and none says it is gone.
 */
for (const reader of [
  { name: "the NGO representative", state: NGO_STATE },
  { name: "the moderator", state: MODERATOR_STATE },
  { name: "the official", state: OFFICIAL_STATE },
  { name: "the administrator", state: ADMIN_STATE },
]) {
  test(`every notice of ${reader.name} leads to a page that opens`, async ({ browser }) => {
    const context = await newClientContext(browser, reader.state);
    const page = await context.newPage();
    for (const [centre, listName, gone] of [
      ["/powiadomienia", "Powiadomienia, od najnowszego", "(ten element już nie istnieje)"],
      ["/en/notifications", "Notifications, newest first", "(this item no longer exists)"],
      ["/de/benachrichtigungen", "Benachrichtigungen, neueste zuerst", "(dieses Element gibt es nicht mehr)"],
    ] as const) {
      const list = page.getByRole("list", { name: listName });
      // The demo's notices are fanned out by the background job soon after the start.
      await expect(async () => {
        await page.goto(centre);
        await expect(list.getByRole("listitem").first()).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 30_000 });
      await expect(list.getByText(gone)).toHaveCount(0);
      const hrefs = await list
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of new Set(hrefs)) {
        const response = await page.request.get(href);
        expect(response.status(), `${centre}: ${href}`).toBe(200);
      }
    }
    await context.close();
  });
}

test("a link to a page for signed-in people (as in a notice's e-mail) leads back to it after signing in", async ({
  browser,
}) => {
  const page = await (await newClientContext(browser)).newPage();
  await page.goto("/powiadomienia/ustawienia");
  await expect(page).toHaveURL(/\/logowanie\?next=%2Fpowiadomienia%2Fustawienia$/);
  await page.getByLabel("Adres e-mail").fill("ngo@demo.example.org");
  await page.getByLabel("Hasło").fill("demo-ngo");
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/powiadomienia\/ustawienia$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ustawienia powiadomień");
});
