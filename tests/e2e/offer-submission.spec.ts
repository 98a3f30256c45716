// Issue 25: submitting an offer. The competition and the complete joint draft
// are stored directly (announcing and drafting have specs of their own): the
// submission is refused until the co-applicant (the demo Zielona Odra editor)
// accepts the invitation; then the demo NGO owner reviews and submits the draft, gets the checksum and
// downloads the PDF and the confirmation; the demo official sees only the
// count before the deadline and the offer after it. Axe on every page in
// three languages at 320 px.
import { expect, test, type Page } from "@playwright/test";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded-url";
import { setDatabaseUrl } from "@/lib/env";
import { createCompetition } from "@/tests/factories/competitions";
import { createSubmittableDraft } from "@/tests/helpers/offer-drafts";
import { YEARS } from "@/tests/helpers/offer-arbitraries";
import { signIn } from "./accounts-helpers";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { NGO_STATE, OFFICIAL_STATE } from "./two-factor-helpers";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const prefixes = { pl: "", en: "/en", de: "/de" } as const;
const paths = {
  offer: { pl: "oferty/{id}", en: "offers/{id}", de: "angebote/{id}" },
  submit: { pl: "oferty/{id}/zlozenie", en: "offers/{id}/submit", de: "angebote/{id}/einreichen" },
  confirmation: { pl: "oferty/{id}/potwierdzenie", en: "offers/{id}/confirmation", de: "angebote/{id}/bestaetigung" },
  list: { pl: "konkursy/{slug}/oferty", en: "competitions/{slug}/offers", de: "ausschreibungen/{slug}/angebote" },
  mine: { pl: "oferty", en: "offers", de: "angebote" },
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
let competitionId = "";

test.beforeAll(async () => {
  setDatabaseUrl(embeddedDatabaseUrl(Number(process.env.E2E_PG_PORT ?? 54330)));
  const office = await db().institution.findFirstOrThrow({ where: { territoryCode: "16" }, select: { id: true } });
  const competition = await createCompetition({ institutionId: office.id, overrides: { allowedYears: YEARS } });
  const lead = await db().organisation.findUniqueOrThrow({
    where: { slug: "opolskie-centrum-wolontariatu" },
    select: { id: true },
  });
  const partner = await db().organisation.findUniqueOrThrow({
    where: { slug: "zielona-odra" },
    select: { id: true, name: true },
  });
  const offer = await createSubmittableDraft(competition.tasks[0]!.id, lead.id, [partner]);
  // Invited by the lead and not answered yet, as the lead's adding leaves it.
  await db().offerCoApplicant.updateMany({ where: { offerId: offer.id }, data: { acceptedAt: null } });
  offerId = offer.id;
  slug = competition.slug;
  competitionId = competition.id;
});

test.afterAll(async () => {
  await disconnectDb();
});

test("the co-applicant sees the invitation, not the draft, and accepts it; until then the lead cannot submit", async ({
  browser,
}) => {
  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await ngo.goto(url("submit", "pl", { id: offerId }));
  await expect(ngo.getByText(/czeka na zgodę: Fundacja Ekologiczna „Zielona Odra”/).first()).toBeVisible();

  const odra = await (await newClientContext(browser)).newPage();
  await signIn(odra, "t.nadodrzanska@demo.example.org", "demo-odra");
  await expect(odra).not.toHaveURL(/logowanie/);
  // 'Moje oferty' says the invitation waits for its decision and names the offerors with their part.
  await axeEverywhere(odra, (locale) => url("mine", locale, {}));
  await odra.goto(url("mine", "pl", {}));
  const card = odra.getByRole("listitem").filter({ has: odra.getByRole("link", { name: "Seniorzy w sieci" }) });
  await expect(card.getByText("Zaproszenie czeka na decyzję Twojej organizacji")).toBeVisible();
  await expect(card.getByText(/Zielona Odra” – współoferent, zaproszenie czeka na decyzję/)).toBeVisible();
  await axeEverywhere(odra, (locale) => url("offer", locale, { id: offerId }));
  await odra.goto(url("offer", "pl", { id: offerId }));
  await expect(odra.getByRole("heading", { level: 1 })).toHaveText("Zaproszenie do oferty wspólnej");
  await expect(odra.getByText("VII. Oświadczenia")).toHaveCount(0);
  // The way back and the way to ask the lead first (UX review F-C5).
  await expect(
    odra.getByRole("navigation", { name: "Jesteś tutaj" }).getByRole("link", { name: "Moje oferty" }),
  ).toBeVisible();
  await expect(
    odra.getByRole("link", { name: "Fundacja Opolskie Centrum Wolontariatu (profil organizacji i dane kontaktowe)" }),
  ).toHaveAttribute("href", "/organizacje/opolskie-centrum-wolontariatu");
  await odra.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
  await expect(odra.getByRole("heading", { level: 1 })).toHaveText("Seniorzy w sieci");
  // Said in words where focus lands, with the way to the organisation's own block of II (UX review F-C4).
  const joined = odra.getByRole("status").filter({
    hasText: "Przyjęto zaproszenie: Fundacja Ekologiczna „Zielona Odra” jest teraz współoferentem tej oferty.",
  });
  await expect(joined).toBeVisible();
  await expect.poll(() => joined.evaluate((status) => status.parentElement === document.activeElement)).toBe(true);
  await odra.getByRole("link", { name: "Uzupełnij dane swojej organizacji (część II)" }).click();
  await expect(odra.getByRole("group", { name: /^Współoferent 1: Fundacja Ekologiczna „Zielona Odra”/ })).toBeFocused();
  // Withdrawing is last on the page, its button not a copy of its heading.
  await expect(odra.getByRole("heading", { name: "Udział Twojej organizacji" })).toBeVisible();
  await expect(odra.getByRole("button", { name: "Wycofaj naszą organizację" })).toBeVisible();
});

test("the organisation reviews and submits its offer, gets the checksum and downloads the PDF and the confirmation", async ({
  browser,
}) => {
  const ngo = await (await newClientContext(browser, NGO_STATE)).newPage();
  await axeEverywhere(ngo, (locale) => url("submit", locale, { id: offerId }));
  await ngo.goto(url("submit", "pl", { id: offerId }));
  await expect(
    ngo.getByText("Oferta spełnia wszystkie warunki konkursu, które platforma może sprawdzić."),
  ).toBeVisible();
  await ngo.getByRole("button", { name: "Złóż ofertę" }).focus();
  await ngo.keyboard.press("Enter");
  await expect(ngo).toHaveURL(/\/oferty\/[a-z0-9]+\/potwierdzenie$/);
  await expect(ngo.getByText(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/)).toBeVisible();

  const pdf = ngo.waitForEvent("download");
  await ngo.getByRole("link", { name: "Oferta w wersji 1 (PDF)" }).click();
  // Named by the competition and the offeror, then the version and its checksum (UX review F-D1).
  expect((await pdf).suggestedFilename()).toMatch(
    /^oferta-[a-z0-9-]+-fundacja-opolskie-centrum-wolontariatu-wersja-1-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}\.pdf$/,
  );
  const confirmation = ngo.waitForEvent("download");
  await ngo.getByRole("button", { name: "Pobierz potwierdzenie z wybranymi osobami (PDF)" }).click();
  expect((await confirmation).suggestedFilename()).toMatch(/^potwierdzenie-/);
  await axeEverywhere(ngo, (locale) => url("confirmation", locale, { id: offerId }));
});

test("the office sees only how many offers there are before the deadline, and the offer after it", async ({
  browser,
}) => {
  const official = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await official.goto(url("list", "pl", { slug }));
  await expect(official.getByText("1 złożona oferta.")).toBeVisible();
  await expect(official.getByRole("link", { name: "Seniorzy w sieci" })).toHaveCount(0);
  await db()
    .$executeRaw`UPDATE "Competition" SET "offersDeadline" = clock_timestamp() - interval '1 second' WHERE id = ${competitionId}`;
  await axeEverywhere(official, (locale) => url("list", locale, { slug }));
  await official.goto(url("list", "pl", { slug }));
  await official.getByRole("link", { name: "Seniorzy w sieci" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Seniorzy w sieci");
  await expect(official.getByText("VII. Oświadczenia")).toBeVisible();
  expect(await axeViolations(official)).toEqual([]);
});
