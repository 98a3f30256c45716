// Issue 26, S3: the commission's ranking. The demo official chairs a
// commission whose two members scored two offers (stored directly: the cards
// have a spec of their own); by keyboard the chair proposes a cut amount, is
// asked for its reason, sees the pool's remainder change as they type, saves,
// closes the commission and downloads the protocol. Axe on the page in three
// languages at 320 px.
import { expect, test } from "@playwright/test";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded-url";
import { setDatabaseUrl } from "@/lib/env";
import type { TestActor } from "@/tests/factories/people";
import {
  competitionUnderEvaluation,
  createCard,
  createCommission,
  createCommissionMember,
  createDeclaration,
} from "@/tests/factories/evaluation";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { demoOfficial, OFFICIAL_STATE } from "./two-factor-helpers";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const rankingPath = {
  pl: "/konkursy/{slug}/ranking",
  en: "/en/competitions/{slug}/ranking",
  de: "/de/ausschreibungen/{slug}/rangliste",
} as const;
const rankingUrl = (locale: keyof typeof rankingPath) => rankingPath[locale].replace("{slug}", slug);

let slug = "";

test.beforeAll(async () => {
  setDatabaseUrl(embeddedDatabaseUrl(Number(process.env.E2E_PG_PORT ?? 54330)));
  const office = await db().institution.findFirstOrThrow({ where: { territoryCode: "16" }, select: { id: true } });
  const official = await db().user.findUniqueOrThrow({ where: { email: demoOfficial.email }, select: { id: true } });
  // Two offers of 10 000 zł in a task of 15 000 zł: one must be cut.
  const setup = await competitionUnderEvaluation({ institutionId: office.id, offers: 2, tasks: [{ pool: 1_500_000 }] });
  const commission = await createCommission({ competitionId: setup.competition.id });
  const chair = await createCommissionMember({
    commissionId: commission.id,
    role: "CHAIR",
    actor: official as TestActor,
  });
  const members = [
    await createCommissionMember({ commissionId: commission.id }),
    await createCommissionMember({ commissionId: commission.id }),
  ];
  const scores = [
    [80, 80, 40],
    [60, 60, 20],
  ];
  for (const [i, { offer }] of setup.offers.entries()) {
    // The chair works on an offer only with a no-conflict declaration for it (§3.3).
    await createDeclaration({ memberId: chair.member.id, offerId: offer.id });
    for (const seat of members) {
      await createDeclaration({ memberId: seat.member.id, offerId: offer.id });
      await createCard({ memberId: seat.member.id, offerId: offer.id, scores: scores[i]! });
    }
  }
  slug = setup.competition.slug;
});

test.afterAll(async () => {
  await disconnectDb();
});

test("the ranking page passes axe in three languages at 320 px", async ({ browser }) => {
  const page = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await page.setViewportSize({ width: 320, height: 800 });
  for (const locale of ["pl", "en", "de"] as const) {
    await page.goto(rankingUrl(locale));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test("the chair proposes by keyboard with the pool said as typed, closes and downloads the protocol", async ({
  browser,
}) => {
  const page = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await page.goto(rankingUrl("pl"));
  await expect(page.getByRole("table", { name: "Ranking ofert w zadaniu 1" })).toBeVisible();
  const pool = page.getByRole("status").filter({ hasText: /Pozostało|Przekroczono/ });
  await expect(pool).toContainText("Pozostało 15 000,00 zł z 15 000,00 zł");

  const first = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^1\. Oferta 1/ }) });
  await first.getByLabel("Proponowana kwota (zł)").focus();
  await page.keyboard.type("10000");
  await expect(pool).toContainText("Pozostało 5000,00 zł z 15 000,00 zł");
  await page.keyboard.press("Enter");
  await expect(first.getByText("Propozycja zapisana.")).toBeVisible();

  const second = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^2\. Oferta 2/ }) });
  await second.getByLabel("Proponowana kwota (zł)").focus();
  await page.keyboard.type("6000");
  await expect(pool).toContainText("Przekroczono pulę 15 000,00 zł o 1000,00 zł");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("5000");
  await expect(pool).toContainText("Pozostało 0,00 zł z 15 000,00 zł");
  await page.keyboard.press("Enter");
  await expect(second.getByText("Podaj uzasadnienie obniżenia kwoty.")).toBeVisible();
  await second.getByLabel("Uzasadnienie obniżenia kwoty").fill("Koszty wyżywienia zawyżone.");
  await second.getByRole("button", { name: "Zapisz propozycję" }).press("Enter");
  await expect(second.getByText("Propozycja zapisana.")).toBeVisible();

  await page
    .getByLabel("Dlaczego komisja działała bez osób wskazanych przez organizacje")
    .selectOption("NONE_NOMINATED");
  await page.getByRole("button", { name: "Zamknij prace komisji" }).press("Enter");
  // The chair's forms give way to the closed state (and the office's reopening) once the page is refreshed.
  await expect(page.getByText(/Komisja zakończyła prace/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wznowienie prac komisji" })).toBeVisible();

  const href = await page.getByRole("link", { name: "Pobierz protokół (PDF)" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
