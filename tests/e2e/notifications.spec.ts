import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { personPage, registerOrganisation, uniqueKrs } from "./organisations-helpers";

test.describe.configure({ timeout: 90_000 });

test("an owner hears of a request to join through the bell, reads it by keyboard, and marks it read", async ({ browser }) => {
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
  const entry = owner.getByRole("listitem").filter({ hasText: `Cezary Proszący prosi o dołączenie do organizacji ${organisation.name}.` });
  await expect(entry).toContainText("Nowe");
  expect(await axeViolations(owner)).toEqual([]);

  await entry.getByRole("button", { name: /^Oznacz jako przeczytane/ }).focus();
  await owner.keyboard.press("Enter");
  await expect(entry).not.toContainText("Nowe");
  await expect(bell).toHaveAccessibleName("Powiadomienia");
  await entry.getByRole("link").focus();
  await owner.keyboard.press("Enter");
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(`Członkowie: ${organisation.name}`);
});
