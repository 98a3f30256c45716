import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { seedOpenCompetition, type SeededCompetition } from "./competitions-data";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let competition: SeededCompetition;

test.beforeAll(async () => {
  competition = await seedOpenCompetition();
});

/** Each language's address of the list, the competition's page and its questions. */
const pages = (slug: string) => ({
  pl: ["/konkursy", `/konkursy/${slug}`, `/konkursy/${slug}/pytania`],
  en: ["/en/competitions", `/en/competitions/${slug}`, `/en/competitions/${slug}/questions`],
  de: ["/de/ausschreibungen", `/de/ausschreibungen/${slug}`, `/de/ausschreibungen/${slug}/fragen`],
});

async function axeAt320(page: Page, path: string) {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(path);
  expect(await axeViolations(page), path).toEqual([]);
  // Nothing wider than the screen: no sideways scrolling at 320 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

test("a visitor finds an open competition by its filters and reads it; no page has an axe violation at 320 px", async ({
  browser,
}) => {
  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto("/konkursy");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Konkursy ofert");
  await expect(visitor.getByRole("link", { name: "Nabór ofert trwa" })).toHaveAttribute("aria-current", "page");
  await visitor.getByLabel("Słowa", { exact: true }).fill(`seniorzy ${competition.stamp}`);
  await visitor.getByLabel("Forma zlecenia zadania").selectOption({ label: "Wspieranie (z wkładem własnym)" });
  await visitor.getByRole("textbox", { name: "Dotacja co najmniej (zł)" }).fill("40 000");
  await visitor.getByRole("button", { name: "Pokaż konkursy" }).click();
  await expect(visitor).toHaveURL(/form=SUPPORT/);
  await expect(visitor.getByRole("link", { name: competition.title })).toBeVisible();
  // One grosz over what any task allows finds nothing (typed as Polish money, with a decimal comma).
  await visitor.getByRole("textbox", { name: "Dotacja co najmniej (zł)" }).fill("40 000,01");
  await visitor.getByRole("button", { name: "Pokaż konkursy" }).click();
  await expect(visitor.getByRole("link", { name: competition.title })).toHaveCount(0);
  await visitor.goBack();
  await visitor.getByRole("link", { name: competition.title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(competition.title);
  await expect(visitor.getByRole("heading", { name: "Zadanie 1. Wspieranie aktywności osób starszych" })).toBeVisible();
  await expect(visitor.getByText(/^Termin składania ofert: .* \(czas polski\)/).first()).toBeVisible();
  await expect(visitor.getByRole("link", { name: /^Zaloguj się, aby obserwować konkurs/ })).toBeVisible();

  for (const [, paths] of Object.entries(pages(competition.slug))) {
    for (const path of paths) await axeAt320(visitor, path);
  }
});

test("an organisation asks, the office answers publicly, and everyone reads the answer without the asker", async ({
  browser,
}) => {
  const questions = `/konkursy/${competition.slug}/pytania`;
  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto(questions);
  // Too short: the summary names the field and the question stays typed.
  await ngo.getByLabel(/^Pytanie/).fill("Czy?");
  await ngo.getByRole("button", { name: "Wyślij pytanie" }).click();
  await expect(ngo.getByRole("link", { name: "Pytanie musi mieć co najmniej 10 znaków." })).toBeVisible();
  await expect(ngo.getByLabel(/^Pytanie/)).toHaveValue("Czy?");
  const question = `Czy koszty dojazdu wolontariuszy (${competition.stamp}) są kosztami zadania?`;
  await ngo.getByLabel(/^Pytanie/).fill(question);
  await ngo.getByRole("button", { name: "Wyślij pytanie" }).click();
  await expect(ngo.getByText("Pytanie wysłano do urzędu.", { exact: false })).toBeVisible();
  await expect(ngo.getByText("Czeka na odpowiedź urzędu.")).toBeVisible();
  expect(await axeViolations(ngo)).toEqual([]);

  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto(questions);
  const pending = official.getByRole("listitem").filter({ hasText: question });
  await expect(pending).toContainText("Fundacja");
  await pending.getByLabel(/^Odpowiedź/).fill("Tak, jeśli są ujęte w kalkulacji kosztów.");
  await pending.getByRole("button", { name: "Opublikuj odpowiedź" }).click();
  await expect(official.getByText("Żadne pytanie nie czeka na odpowiedź.")).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);

  const visitor = await (await newClientContext(browser)).newPage();
  await visitor.goto(questions);
  const answered = visitor.getByRole("listitem").filter({ hasText: question });
  await expect(answered).toContainText("Tak, jeśli są ujęte w kalkulacji kosztów.");
  await expect(answered).not.toContainText("Fundacja");
  await visitor.goto(`/konkursy/${competition.slug}`);
  await expect(visitor.getByRole("link", { name: /^Pytania i odpowiedzi \(1 odpowiedź\)/ })).toBeVisible();
});
