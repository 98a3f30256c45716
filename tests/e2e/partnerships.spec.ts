import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { MODERATOR_STATE, NGO_STATE } from "./two-factor-helpers";

const ORGANISATION = "/organizacje/opolskie-centrum-wolontariatu";

test("an organisation's owner says what it offers and needs partners for, and everyone sees it on its page", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const owner = await (await newClientContext(browser, NGO_STATE)).newPage();
  await owner.goto(`${ORGANISATION}/edycja`);
  await owner.getByRole("link", { name: "Profil partnerski" }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(/^Profil partnerski: /);
  expect(await axeViolations(owner)).toEqual([]);

  const open = owner.getByLabel(/^Szukamy partnerów/);
  if (!(await open.isChecked())) await open.check();
  const offered = owner.getByRole("group", { name: "Kompetencje, które oferujemy" });
  const tags = owner.getByLabel(/^Słowa kluczowe/);
  // Letters only, different on every run (the demo database is shared by the journeys).
  const tag = `festyn ${[...String(Date.now() % 100000)].map((digit) => "abcdefghij"[Number(digit)]).join("")}`;
  await tags.fill(`${(await tags.inputValue()) ? `${await tags.inputValue()}, ` : ""}${tag}`);
  await owner.getByRole("button", { name: "Zapisz profil partnerski" }).click();
  await expect(owner.getByText("Profil partnerski zapisany.")).toBeVisible();
  await expect(offered).toBeVisible();

  // Anyone sees the section on the organisation's page, in every language.
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(ORGANISATION);
  const section = visitor.getByRole("region", { name: "Partnerstwa" });
  await expect(section.getByText(/Otwarta na partnerstwa/)).toBeVisible();
  await expect(section.getByText(tag)).toBeVisible();
  expect(await axeViolations(visitor)).toEqual([]);

  // The edit page in English and German, and at 320 px without sideways scrolling.
  for (const url of [
    "/en/organisations/opolskie-centrum-wolontariatu/partnerships",
    "/de/organisationen/opolskie-centrum-wolontariatu/partnerschaften",
  ]) {
    await owner.goto(url);
    await expect(owner.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(owner)).toEqual([]);
  }
  await owner.setViewportSize({ width: 320, height: 640 });
  await owner.goto(`${ORGANISATION}/partnerstwa`);
  const overflow = await owner.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(owner)).toEqual([]);
});

test("the moderators' queue of partner requests reads well in every language and at 320 px", async ({ browser }) => {
  const moderator = await (await newClientContext(browser, MODERATOR_STATE)).newPage();
  const titles = {
    "/moderacja/partnerstwa": "Moderacja zapytań o partnera",
    "/en/moderation/partnerships": "Partner requests moderation",
    "/de/moderation/partnerschaften": "Moderation der Partnersuchen",
  };
  for (const [url, title] of Object.entries(titles)) {
    const response = await moderator.goto(url);
    expect(response?.status()).toBe(200);
    await expect(moderator.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(await axeViolations(moderator)).toEqual([]);
  }
  await moderator.setViewportSize({ width: 320, height: 640 });
  await moderator.goto("/moderacja/partnerstwa");
  const overflow = await moderator.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(moderator)).toEqual([]);
});
