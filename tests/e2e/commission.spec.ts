// Issue 26 (S2): two members of a competition's commission each open the one
// admitted offer, declare that they have no conflict of interest and score it
// on the card, by keyboard only; the live total follows what they type; the
// offer's PDF opens through the commission's route only after the
// declaration. The commission is stored directly (appointing has its
// integration test). Axe on the commission page, the declaration and the card
// in three languages at 320 px.
import { expect, test, type Page } from "@playwright/test";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded-url";
import { setDatabaseUrl } from "@/lib/env";
import { freezeVersion } from "@/lib/offers/submission/versions";
import { createCompetition } from "@/tests/factories/competitions";
import { createFormalReview } from "@/tests/factories/evaluation";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import { YEARS } from "@/tests/helpers/offer-arbitraries";
import { sectionsOf, submittableDocument } from "@/tests/helpers/offer-drafts";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { ADMIN_STATE, OFFICIAL_STATE, demoAdmin, demoOfficial } from "./two-factor-helpers";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const prefixes = { pl: "", en: "/en", de: "/de" } as const;
const commissionPath = {
  pl: "konkursy/{slug}/komisja",
  en: "competitions/{slug}/commission",
  de: "ausschreibungen/{slug}/kommission",
};
const offerPath = {
  pl: "konkursy/{slug}/komisja/oferty/{id}",
  en: "competitions/{slug}/commission/offers/{id}",
  de: "ausschreibungen/{slug}/kommission/angebote/{id}",
};
const url = (paths: Record<keyof typeof prefixes, string>, locale: keyof typeof prefixes) =>
  `${prefixes[locale]}/${paths[locale].replace("{slug}", slug).replace("{id}", offerId)}`;

let slug = "";
let competitionId = "";
let offerId = "";

test.beforeAll(async () => {
  setDatabaseUrl(embeddedDatabaseUrl(Number(process.env.E2E_PG_PORT ?? 54330)));
  const office = await db().institution.findFirstOrThrow({ where: { territoryCode: "16" }, select: { id: true } });
  const competition = await createCompetition({
    institutionId: office.id,
    opensInDays: -30,
    deadlineInDays: -1,
    overrides: {
      allowedYears: YEARS,
      selectionCriteria: [
        { key: "k1", name: "Realność wykonania zadania", maxPoints: 10, onlySupport: false },
        { key: "k2", name: "Koszty zadania", maxPoints: 5, onlySupport: false },
      ],
    },
  });
  slug = competition.slug;
  competitionId = competition.id;
  const lead = await createOrganisation({ name: `Fundacja Oceniana ${slug.slice(-8)}`, verifiedAt: new Date() });
  const document = submittableDocument(lead.id);
  const offer = await createOffer({
    taskId: competition.tasks[0]!.id,
    leadOrganisationId: lead.id,
    sections: sectionsOf(document),
    title: document.description.title ?? "Oferta",
  });
  const submittedAt = new Date(Date.now() - 2 * 86_400_000);
  const frozen = freezeVersion(
    {
      offerId: offer.id,
      number: 1,
      institutionId: office.id,
      competitionId: competition.id,
      taskId: competition.tasks[0]!.id,
      kind: "SINGLE",
      submittedAt: submittedAt.toISOString(),
    },
    document,
  );
  const version = await db().offerVersion.create({
    data: {
      offerId: offer.id,
      number: 1,
      templateVersion: "2057-2018-zal1@1",
      schemaVersion: 1,
      content: { header: frozen.header, document: frozen.document } as object,
      checksum: frozen.checksum.hex,
      shortChecksum: frozen.checksum.short,
      submittedAt,
      totalCost: 1_200_000n,
      requestedGrant: 1_000_000n,
      ownFinancial: 0n,
      ownNonFinancial: 0n,
      recipientPayments: 0n,
      years: document.years,
      rulesSnapshot: {},
    },
  });
  await db().offer.update({
    where: { id: offer.id },
    data: { status: "SUBMITTED", submittedAt, currentVersionId: version.id },
  });
  await createFormalReview({ offerId: offer.id, status: "COMPLETE" });
  offerId = offer.id;
  const commission = await db().commission.create({
    data: {
      competitionId: competition.id,
      status: "ACTIVE",
      appointedAt: new Date(),
      criteriaSnapshot: [
        { index: 0, name: "Realność wykonania zadania", maxTenths: 100, onlySupport: false },
        { index: 1, name: "Koszty zadania", maxTenths: 50, onlySupport: false },
      ],
    },
  });
  for (const [person, role] of [
    [demoOfficial, "CHAIR"],
    [demoAdmin, "MEMBER"],
  ] as const) {
    const user = await db().user.findUniqueOrThrow({
      where: { email: person.email },
      select: { id: true, name: true },
    });
    await db().commissionMember.create({
      data: {
        commissionId: commission.id,
        userId: user.id,
        name: user.name,
        email: person.email,
        role,
        origin: "OFFICE",
        acceptedAt: new Date(),
      },
    });
  }
});

test.afterAll(async () => {
  await disconnectDb();
});

async function axeEverywhere(page: Page, path: Record<keyof typeof prefixes, string>) {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const locale of ["pl", "en", "de"] as const) {
    await page.goto(url(path, locale));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Tabs forward until `target` has the focus (at most 60 steps). */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>) {
  for (let i = 0; i < 60; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("the element never got the focus");
}

async function declareAndScore(page: Page, points: [string, string], total: string) {
  await page.goto(url(commissionPath, "pl"));
  const link = page.getByRole("table").getByRole("link").first();
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Oświadczenie o braku konfliktu interesów" })).toBeVisible();
  // Nothing of the offer before the declaration: its PDF is not found.
  expect((await page.request.get(`/api/commission/${competitionId}/offers/${offerId}/pdf`)).status()).toBe(404);
  await tabTo(page, page.getByRole("checkbox", { name: "Potwierdzam zapoznanie się z oświadczeniem" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Oświadczam brak konfliktu interesów" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Karta oceny" })).toBeVisible();
  expect((await page.request.get(`/api/commission/${competitionId}/offers/${offerId}/pdf`)).status()).toBe(200);

  const pointsFields = page.getByRole("textbox", { name: "Punkty" });
  const why = page.getByRole("textbox", { name: "Uzasadnienie" });
  for (const index of [0, 1]) {
    await tabTo(page, pointsFields.nth(index));
    await page.keyboard.type(points[index]!);
    await page.keyboard.press("Tab");
    await page.keyboard.type(`Uzasadnienie kryterium ${index + 1}.`);
  }
  await expect(why.nth(1)).toBeFocused();
  await expect(page.getByText(`Suma: ${total} z 15 pkt`)).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Złóż kartę oceny" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Karta złożona.")).toBeVisible();
}

test("the chair and a member each declare and score the offer by keyboard", async ({ browser }) => {
  const chair = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await axeEverywhere(chair, commissionPath);
  await axeEverywhere(chair, offerPath);
  await declareAndScore(chair, ["8", "4,5"], "12,5");
  await axeEverywhere(chair, offerPath);

  const member = await (await newClientContext(browser, ADMIN_STATE)).newPage();
  await declareAndScore(member, ["6,5", "3"], "9,5");

  const cards = await db().evaluationCard.findMany({
    where: { offerId },
    select: { status: true, totalTenths: true },
    orderBy: { totalTenths: "desc" },
  });
  expect(cards).toEqual([
    { status: "SUBMITTED", totalTenths: 125 },
    { status: "SUBMITTED", totalTenths: 95 },
  ]);
});
