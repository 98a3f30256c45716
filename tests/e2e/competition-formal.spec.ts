// Issue 26, S1: the formal check and a correction. A competition with one
// submitted offer of the demo NGO's organisation is stored directly, its
// deadline already passed (announcing and submitting have specs of their
// own). The demo official opens the check, asks for a correction of III.4;
// the NGO representative sees it at once on the offer, corrects III.4 (part
// V stays read-only) and submits; the official sees what changed and marks
// the offer complete, which the NGO sees. Axe on every new page in three
// languages at 320 px.
import { expect, test, type Page } from "@playwright/test";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded-url";
import { setDatabaseUrl } from "@/lib/env";
import { checkOfferWithTotals } from "@/lib/offers/calc/check-offer";
import { storeSubmittedVersion } from "@/lib/offers/submission/submit-steps";
import { createCompetition } from "@/tests/factories/competitions";
import { YEARS } from "@/tests/helpers/offer-arbitraries";
import { createSubmittableDraft, submittableDocument } from "@/tests/helpers/offer-drafts";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const prefixes = { pl: "", en: "/en", de: "/de" } as const;
const paths = {
  check: {
    pl: "konkursy/{slug}/ocena-formalna",
    en: "competitions/{slug}/formal-check",
    de: "ausschreibungen/{slug}/formale-pruefung",
  },
  formal: {
    pl: "konkursy/{slug}/oferty/{id}/ocena-formalna",
    en: "competitions/{slug}/offers/{id}/formal",
    de: "ausschreibungen/{slug}/angebote/{id}/formale-pruefung",
  },
  offer: { pl: "oferty/{id}", en: "offers/{id}", de: "angebote/{id}" },
  correction: { pl: "oferty/{id}/korekta", en: "offers/{id}/correction", de: "angebote/{id}/korrektur" },
} as const;
function url(page: keyof typeof paths, locale: keyof typeof prefixes, params: Record<string, string>): string {
  let path: string = paths[page][locale];
  for (const [key, value] of Object.entries(params)) path = path.replace(`{${key}}`, value);
  return `${prefixes[locale]}/${path}`;
}

async function axeEverywhere(page: Page, make: (locale: keyof typeof prefixes) => string) {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const locale of ["pl", "en", "de"] as const) {
    await page.goto(make(locale));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

let offerId = "";
let slug = "";

test.beforeAll(async () => {
  setDatabaseUrl(embeddedDatabaseUrl(Number(process.env.E2E_PG_PORT ?? 54330)));
  const office = await db().institution.findFirstOrThrow({ where: { territoryCode: "16" }, select: { id: true } });
  // No confirmation asked: every suggestion of the checklist is "met" for the complete offer.
  const competition = await createCompetition({
    institutionId: office.id,
    overrides: { allowedYears: YEARS, confirmationRequired: false },
  });
  const lead = await db().organisation.findUniqueOrThrow({
    where: { slug: "opolskie-centrum-wolontariatu" },
    select: { id: true },
  });
  const owner = await db().user.findUniqueOrThrow({ where: { email: "ngo@demo.example.org" }, select: { id: true } });
  const offer = await createSubmittableDraft(competition.tasks[0]!.id, lead.id);
  // Frozen as the submission freezes it (the submit mutation itself needs Next.js's modules, not loaded here).
  const document = submittableDocument(lead.id);
  await db().$transaction((tx) =>
    storeSubmittedVersion(
      tx,
      { ...offer, kind: "SINGLE", versions: [] },
      {
        document,
        funding: checkOfferWithTotals(document, { kind: "SINGLE" }).funding,
        now: new Date(),
        submittedById: owner.id,
        rulesSnapshot: { params: {}, rules: {} },
      },
    ),
  );
  // The deadline just after the submission: the offer came on time, and the formal check is open.
  await db().$executeRaw`UPDATE "Competition" SET
    "offersDeadline" = (SELECT "submittedAt" FROM "Offer" WHERE id = ${offer.id}) + interval '1 millisecond'
    WHERE id = ${competition.id}`;
  offerId = offer.id;
  slug = competition.slug;
});

test.afterAll(async () => {
  await disconnectDb();
});

test("the official opens the formal check and asks for a correction of III.4", async ({ browser }) => {
  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto(url("check", "pl", { slug }));
  await official.getByRole("button", { name: "Otwórz ocenę formalną" }).click();
  await expect(
    official
      .getByText("Załącznik:")
      .first()
      .or(official.getByText(/Oferta złożona w terminie/)),
  ).toBeVisible();
  await axeEverywhere(official, (locale) => url("check", locale, { slug }));

  await official.goto(url("formal", "pl", { slug, id: offerId }));
  await official.getByRole("checkbox", { name: /III\.4/ }).check();
  await official.getByLabel("Co poprawić").fill("III.4: rozpisz działania na miesiące.");
  await official.getByRole("button", { name: "Wezwij do korekty" }).click();
  await expect(official.getByText("Oczekuje na korektę oferenta do")).toBeVisible();
  await axeEverywhere(official, (locale) => url("formal", locale, { slug, id: offerId }));
});

test("the applicant sees it at once, corrects only III.4 and submits a new version", async ({ browser }) => {
  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto(url("offer", "pl", { id: offerId }));
  await expect(ngo.getByText("Urząd wzywa do korekty")).toBeVisible();
  await ngo.getByRole("link", { name: "Popraw ofertę" }).click();
  await expect(ngo.getByRole("heading", { level: 1, name: "Korekta oferty" })).toBeVisible();
  // Part V is shown as submitted, as text: nothing in it can be typed into.
  const costs = ngo.locator('section[aria-labelledby="section-costs"]');
  await expect(costs.getByRole("table").first()).toBeVisible();
  await expect(costs.getByRole("textbox")).toHaveCount(0);
  const plan = ngo.locator('section[aria-labelledby="section-plan"]').getByRole("textbox").first();
  await plan.fill("Warsztaty: styczeń–marzec");
  await plan.press("Tab");
  await ngo.getByRole("button", { name: "Złóż korektę" }).click();
  await expect(ngo.getByText(/Korekta złożona: powstała wersja 2/)).toBeVisible();
  await axeEverywhere(ngo, (locale) => url("correction", locale, { id: offerId }));
});

test("the official sees what changed and marks the offer complete, which the applicant sees", async ({ browser }) => {
  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto(url("formal", "pl", { slug, id: offerId }));
  await expect(official.getByText(/Zmienione części: .*III\.4/)).toBeVisible();
  await official.getByRole("button", { name: "Oferta kompletna formalnie" }).click();
  // Decided: the buttons go (the status words alone may already be on the page, in the versions' list).
  await expect(official.getByRole("button", { name: "Oferta kompletna formalnie" })).toBeHidden();
  await expect(official.getByText("Kompletna formalnie").first()).toBeVisible();

  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto(url("offer", "pl", { id: offerId }));
  await expect(ngo.getByText("Oferta kompletna formalnie")).toBeVisible();
});
