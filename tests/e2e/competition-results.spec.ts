// Issue 26, S4: the office decides a task and publishes the results; a
// visitor reads them; the applicant sees its own outcome, asks for the
// reasons and reads the office's answer. The competition is stored past its
// deadline with two formally complete offers and a closed commission (the
// formal check and the commission have specs of their own). Axe on every new
// page in three languages at 320 px.
import { expect, test, type Page } from "@playwright/test";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded-url";
import { setDatabaseUrl } from "@/lib/env";
import { createCompetition } from "@/tests/factories/competitions";
import { createCommission, createFormalReview } from "@/tests/factories/evaluation";
import { createOffer } from "@/tests/factories/offers";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const DAY = 24 * 3600 * 1000;
const paths = {
  decision: {
    pl: "/konkursy/{slug}/rozstrzygniecie",
    en: "/en/competitions/{slug}/decision",
    de: "/de/ausschreibungen/{slug}/entscheidung",
  },
  results: {
    pl: "/konkursy/{slug}/wyniki",
    en: "/en/competitions/{slug}/results",
    de: "/de/ausschreibungen/{slug}/ergebnisse",
  },
  reasons: {
    pl: "/konkursy/{slug}/uzasadnienie",
    en: "/en/competitions/{slug}/reasons",
    de: "/de/ausschreibungen/{slug}/begruendung",
  },
} as const;
const url = (page: keyof typeof paths, locale: "pl" | "en" | "de") => paths[page][locale].replace("{slug}", slug);

async function axeEverywhere(page: Page, name: keyof typeof paths) {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const locale of ["pl", "en", "de"] as const) {
    await page.goto(url(name, locale));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page), url(name, locale)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

let slug = "";
let title = "";

test.beforeAll(async () => {
  setDatabaseUrl(embeddedDatabaseUrl(Number(process.env.E2E_PG_PORT ?? 54330)));
  const office = await db().institution.findFirstOrThrow({ where: { territoryCode: "16" }, select: { id: true } });
  const competition = await createCompetition({
    institutionId: office.id,
    opensInDays: -40,
    deadlineInDays: -10,
    tasks: [{ pool: 5_000_000, kindName: "Wspieranie aktywności osób starszych" }],
  });
  slug = competition.slug;
  title = competition.title;
  const task = competition.tasks[0]!;
  const leads = await db().organisation.findMany({
    where: { slug: { in: ["opolskie-centrum-wolontariatu", "zielona-odra"] } },
    select: { id: true, slug: true },
  });
  for (const lead of leads) {
    const offer = await createOffer({
      taskId: task.id,
      leadOrganisationId: lead.id,
      title: lead.slug === "zielona-odra" ? "Zielone spacery seniorów" : "Seniorzy w sieci",
      submitted: true,
      submittedAt: new Date(Date.now() - 12 * DAY),
      requestedGrant: 3_000_000,
      totalCost: 4_000_000,
    });
    await createFormalReview({ offerId: offer.id, status: "COMPLETE" });
  }
  await createCommission({ competitionId: competition.id, status: "CLOSED" });
});

test.afterAll(async () => {
  await disconnectDb();
});

test("the office decides the task within the pool (a cut needs its reason) and publishes the results", async ({
  browser,
}) => {
  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await axeEverywhere(official, "decision");
  await official.goto(url("decision", "pl"));
  const seniors = official.getByRole("group", { name: /Seniorzy w sieci/ });
  const green = official.getByRole("group", { name: /Zielone spacery seniorów/ });
  await seniors.getByLabel("Przyznana dotacja (zł)").fill("30 000");
  await green.getByLabel("Przyznana dotacja (zł)").fill("25 000");
  // Over the pool by 5 000 zł: said at once, politely.
  await expect(official.getByText(/Przekroczono pulę o 5\s?000,00\s*zł/)).toBeVisible();
  await green.getByLabel("Przyznana dotacja (zł)").fill("20 000");
  await expect(official.getByText(/Pozostało 0,00\s*zł z 50\s000,00\s*zł/)).toBeVisible();
  await official.getByRole("button", { name: "Zapisz rozstrzygnięcie zadania" }).click();
  // A cut without its reason is named at the field, and nothing typed is lost.
  await expect(
    official.getByRole("link", { name: "Podaj powód przyznania kwoty niższej niż wnioskowana." }),
  ).toBeVisible();
  await expect(green.getByLabel("Przyznana dotacja (zł)")).toHaveValue("20 000");
  await green.getByLabel("Uzasadnienie").fill("Koszty promocji zawyżone.");
  await official.getByRole("button", { name: "Zapisz rozstrzygnięcie zadania" }).click();
  await expect(official.getByText("Rozstrzygnięte: przyznano dotacje.")).toBeVisible();

  await official.getByRole("button", { name: "Ogłoś wyniki" }).click();
  await expect(official.getByRole("button", { name: "Wróć" })).toBeFocused();
  await official.getByRole("button", { name: "Tak, ogłoś wyniki" }).click();
  await expect(official.getByRole("link", { name: "Zobacz stronę wyników" })).toBeVisible();
  await official.getByLabel("Biuletyn Informacji Publicznej").fill(new Date().toISOString().slice(0, 10));
  await official.getByRole("button", { name: "Zapisz dni publikacji" }).click();
  await expect(official.getByText("Dni publikacji zapisane.")).toBeVisible();
});

test("a visitor reads the results; the applicant sees its outcome, asks for the reasons and reads the answer", async ({
  browser,
}) => {
  const visitor = await (await newClientContext(browser)).newPage();
  await axeEverywhere(visitor, "results");
  await visitor.goto(url("results", "pl"));
  const awards = visitor.getByRole("table", { name: "Dotacje przyznane w zadaniu 1" });
  await expect(awards.getByRole("row").filter({ hasText: "Seniorzy w sieci" })).toContainText(/30\s000,00/);
  await expect(visitor.getByRole("link", { name: /^Zaloguj się, aby zobaczyć wyniki swoich ofert/ })).toBeVisible();

  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto(url("results", "pl"));
  await expect(ngo.getByRole("heading", { name: "Twoje oferty" })).toBeVisible();
  await ngo.getByRole("link", { name: "Zażądaj uzasadnienia" }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toContainText(title);
  await axeEverywhere(ngo, "reasons");
  await ngo.goto(url("reasons", "pl"));
  const offer = ngo.getByLabel("Której oferty dotyczy żądanie");
  await offer.selectOption(
    (await offer.getByRole("option", { name: /Zielone spacery seniorów/ }).getAttribute("value"))!,
  );
  await ngo.getByLabel(/^Treść żądania/).fill("Dlaczego oferta Zielonej Odry otrzymała mniej, niż wnioskowała?");
  await ngo.getByRole("button", { name: "Wyślij żądanie" }).click();
  await expect(ngo.getByText("Żądanie wysłane do urzędu.")).toBeVisible();
  await expect(ngo.getByText("Czeka na odpowiedź urzędu.")).toBeVisible();

  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto(url("decision", "pl"));
  await official.getByLabel(/^Odpowiedź/).fill("Komisja obniżyła koszty promocji o 10 000 zł.");
  await official.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(official.getByText("Odpowiedź zapisana i wysłana.")).toBeVisible();

  await ngo.reload();
  await expect(ngo.getByText("Komisja obniżyła koszty promocji o 10 000 zł.")).toBeVisible();
});
