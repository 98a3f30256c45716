import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { urlFor } from "./pages";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";
import { locales } from "@/lib/i18n/locales";

test.describe.configure({ timeout: 120_000 });

const OFFICE = "Urząd Marszałkowski Województwa Opolskiego";
const headings = {
  pl: "Odpowiedzi na pomysły i potrzeby organizacji",
  en: "Answers to organisations' ideas and needs",
  de: "Antworten auf Ideen und Bedarfe der Organisationen",
} as const;

test("an organisation's idea is supported by another, answered by the office (under consideration, then accepted) and linked to the consultation it started, which links back", async ({
  browser,
}) => {
  // The demo representative writes for one of their organisations and supports it for the other.
  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto("/pomysly/nowy");
  const title = `Wspólny kalendarz wydarzeń organizacji ${Date.now()}`;
  await ngo.getByLabel("Pomysł lub sugestia").check();
  await ngo.getByLabel(/^Do kogo kierujesz wpis/).selectOption({ label: OFFICE });
  await ngo.getByRole("textbox", { name: "Tytuł (wymagane)" }).fill(title);
  await ngo
    .getByRole("textbox", { name: "Opis (wymagane)" })
    .fill("Proponujemy, by urząd prowadził wspólny kalendarz wydarzeń organizacji pozarządowych regionu.");
  await ngo.getByLabel("w imieniu organizacji: Fundacja Opolskie Centrum Wolontariatu").check();
  await ngo.getByRole("button", { name: "Wyślij wpis" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText(title);
  const entryUrl = ngo.url();

  const support = ngo.getByRole("region", { name: "Poparcie" });
  const forOther = ngo.getByRole("button", { name: "Popieram w imieniu: Fundacja Praw Obywatelskich „Forum”" });
  await expect(forOther).toHaveAttribute("aria-pressed", "false");
  await forOther.click();
  await expect(forOther).toHaveAttribute("aria-pressed", "true");
  await expect(support.getByText("Poparcie: 1 organizacja i żadna osoba.")).toBeVisible();

  // The office's official answers: under consideration, then accepted with a plan.
  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto(entryUrl);
  const answers = official.getByRole("region", { name: "Odpowiedzi adresata" });
  await expect(answers.getByText("Adresat jeszcze nie odpowiedział.")).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);
  await answers.getByLabel("W rozpatrzeniu", { exact: true }).check();
  await answers.getByLabel(/^Odpowiedź \(publiczna\)/).fill("Dziękujemy, rozpatrzymy propozycję z zespołem.");
  await answers.getByRole("button", { name: "Opublikuj odpowiedź" }).click();
  await expect(answers.getByText("Status: wpłynął → w rozpatrzeniu")).toBeVisible();

  await answers.getByLabel("Przyjęty do realizacji", { exact: true }).check();
  await answers.getByLabel(/^Odpowiedź \(publiczna\)/).fill("Przyjmujemy propozycję i ogłaszamy konsultacje.");
  await answers.getByLabel(/^Co zaplanowano/).fill("Konsultacje programu współpracy z kalendarzem wydarzeń.");
  await answers.getByLabel(/^Do kiedy/).fill("2027-06-30");
  await answers.getByRole("button", { name: "Opublikuj odpowiedź" }).click();
  await expect(answers.getByText("Status: w rozpatrzeniu → przyjęty do realizacji")).toBeVisible();
  await expect(answers.getByText("Konsultacje programu współpracy z kalendarzem wydarzeń.")).toBeVisible();

  // Later, the consultation the office started: linked, and its page links back.
  const outcomes = official.getByRole("region", { name: "Co z tego wynikło" });
  const picker = outcomes.getByLabel(/^Konsultacje, aktualność lub dokument/);
  const consultation = picker.locator("optgroup[label='Konsultacje'] option").first();
  const consultationTitle = (await consultation.textContent())!.trim();
  await picker.selectOption({ value: (await consultation.getAttribute("value"))! });
  await outcomes.getByRole("button", { name: "Powiąż" }).click();
  const link = outcomes.getByRole("link", { name: consultationTitle });
  await expect(link).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);

  // Everyone sees the answers and what came of it; the consultation's page links back.
  await ngo.reload();
  await expect(ngo.getByText("Status: w rozpatrzeniu → przyjęty do realizacji")).toBeVisible();
  await ngo.getByRole("region", { name: "Co z tego wynikło" }).getByRole("link", { name: consultationTitle }).click();
  const origins = ngo.getByRole("complementary", { name: /^Wynikło to z pomysł/ });
  await expect(origins.getByRole("link", { name: title })).toBeVisible();
  expect(await axeViolations(ngo)).toEqual([]);
});

test("the office's page shows its answer figures with the chart's numbers in a table, accessible in three languages and at 320 px", async ({
  page,
}) => {
  await page.goto(urlFor("/institutions", "pl"));
  const slug = (await page.getByRole("link", { name: OFFICE }).first().getAttribute("href"))!.split("/").pop()!;
  for (const locale of locales) {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${urlFor("/institutions", locale)}/${slug}`);
    const section = page.getByRole("region", { name: headings[locale] });
    await expect(section.getByRole("img")).toBeVisible();
    await expect(section.getByRole("table").getByRole("row")).toHaveCount(13);
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${urlFor("/institutions", "pl")}/${slug}`);
  await page.getByRole("link", { name: "Wszystkie wpisy skierowane do tego urzędu" }).click();
  await expect(page).toHaveURL(/\/pomysly\?office=/);
});
