// The fit score on real PostgreSQL: a request's suggestions ranked by what
// candidates offer and where they sit, organisations closed to partnerships
// never suggested, exposure counted; "for you" for an organisation and an
// office; who may see the suggestions; the administrators' settings with
// their validation and audit event; the opt-in digest of fitting requests.
import { db } from "@/lib/db/client";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { defaultChannel } from "@/lib/notifications/preferences";
import { announcePartnerRequest } from "@/lib/partnerships/suggestions/announce";
import { fitOfParty } from "@/lib/partnerships/suggestions/fit-of-party";
import { suggestPartners } from "@/lib/partnerships/suggestions/for-request";
import { requestsForParty } from "@/lib/partnerships/suggestions/for-party";
import { forYouEntries, suggestionsPage } from "@/lib/partnerships/suggestions/page-view";
import { requestRow } from "@/lib/partnerships/suggestions/request-facts";
import { partnershipSettingsSchema } from "@/lib/partnerships/settings/schemas";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createPartnerRequest, createPartnershipProfile } from "@/tests/factories/partner-suggestions";
import { createActor, createAdministrator, createMember, createOfficial, createPerson } from "@/tests/factories/people";
import { createPartnershipSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { setPartnershipSettingsAction } from "@/lib/partnerships/settings/actions";

const NYSA = "1607053";
const KORFANTOW = "1607033";
const OPOLE = "1661011";
const KLUCZBORK = "1604023";
const verifiedAt = new Date("2026-01-01");

let author: { id: string };
let best: { id: string; name: string };
let partial: { id: string };
let closed: { id: string };
let farAway: { id: string };
let otherRegion: { id: string };
let request: { id: string; slug: string };

beforeAll(async () => {
  await createPartnershipSettings();
  author = await createOrganisation({
    name: "Stowarzyszenie Autor",
    seatTerritoryCode: NYSA,
    sphereCodes: ["1"],
    verifiedAt,
  });
  await createPartnershipProfile(author.id, { neededResources: ["MINIBUS"] });
  best = await createOrganisation({
    name: "Fundacja Najlepsza",
    seatTerritoryCode: KORFANTOW,
    sphereCodes: ["1"],
    verifiedAt,
  });
  await createPartnershipProfile(best.id, {
    offeredResources: ["EVENT_HALL", "KITCHEN"],
    offeredCompetences: ["FUNDRAISING"],
    neededResources: ["CAR"],
    pastProjects: 2,
  });
  partial = await createOrganisation({
    name: "Fundacja Częściowa",
    seatTerritoryCode: OPOLE,
    sphereCodes: ["1"],
    verifiedAt,
  });
  await createPartnershipProfile(partial.id, { offeredResources: ["EVENT_HALL"] });
  // Covers every need, shares the sphere, sits next door, but is not open to partnerships.
  closed = await createOrganisation({
    name: "Fundacja Zamknięta",
    seatTerritoryCode: NYSA,
    sphereCodes: ["1"],
    verifiedAt,
  });
  await createPartnershipProfile(closed.id, {
    open: false,
    offeredResources: ["EVENT_HALL", "KITCHEN"],
    offeredCompetences: ["FUNDRAISING"],
  });
  farAway = await createOrganisation({
    name: "Fundacja Daleka",
    seatTerritoryCode: KLUCZBORK,
    sphereCodes: ["1"],
    verifiedAt,
  });
  await createPartnershipProfile(farAway.id, {
    offeredResources: ["EVENT_HALL", "KITCHEN"],
    offeredCompetences: ["FUNDRAISING"],
  });
  // A perfect offer from Wrocław: outside the region a request naming no territory looks in.
  otherRegion = await createOrganisation({
    name: "Fundacja Wrocławska",
    seatTerritoryCode: "0264011",
    sphereCodes: ["1"],
    verifiedAt,
  });
  await createPartnershipProfile(otherRegion.id, {
    offeredResources: ["EVENT_HALL", "KITCHEN"],
    offeredCompetences: ["FUNDRAISING"],
  });
  request = await createPartnerRequest(
    { organisationId: author.id },
    {
      sphereCodes: ["1"],
      radiusKm: 60,
      neededResources: ["EVENT_HALL", "KITCHEN"],
      neededCompetences: ["FUNDRAISING"],
      offeredResources: ["CAR"],
    },
  );
});

describe("a request's suggestions", () => {
  it("rank the candidate covering more needs nearer first, and never suggest one closed to partnerships or the author", async () => {
    const ranked = await suggestPartners((await requestRow(request.id))!);
    const ids = ranked.map((s) => s.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(author.id);
    expect(ids).not.toContain(otherRegion.id);
    expect(ids[0]).toBe(best.id);
    expect(ids.indexOf(best.id)).toBeLessThan(ids.indexOf(partial.id));
    // Beyond the 60 km sought: named, and halved.
    const far = ranked.find((s) => s.id === farAway.id)!;
    expect(far.fit.unmet).toContainEqual(expect.objectContaining({ code: "outsideRadius", radiusKm: 60 }));
    expect(far.fit.score).toBeLessThan(ranked[0]!.fit.score / 2 + 1e-9);
    expect(ranked[0]!.fit.reasons).toContainEqual({
      code: "coversNeeds",
      competences: ["FUNDRAISING"],
      resources: ["EVENT_HALL", "KITCHEN"],
    });
    expect(ranked[0]!.fit.reasons).toContainEqual({ code: "needsWhatYouOffer", competences: [], resources: ["CAR"] });
  });

  it("give the same fit to the interest workflow (fitOfParty), and less to a weaker party", async () => {
    const ranked = await suggestPartners((await requestRow(request.id))!);
    const bestFit = await fitOfParty(request.id, { kind: "organisation", id: best.id });
    expect(bestFit).toBeCloseTo(ranked.find((s) => s.id === best.id)!.fit.score, 10);
    expect(await fitOfParty(request.id, { kind: "organisation", id: partial.id })).toBeLessThan(bestFit);
    expect(await fitOfParty("no-such-request", { kind: "organisation", id: best.id })).toBe(0);
  });

  it("are shown to the author party's owners and editors only, counting the top ones' exposure", async () => {
    const editor = await createMember(author.id, "EDITOR");
    const member = await createMember(author.id, "MEMBER");
    const otherOwner = await createMember(best.id, "OWNER");
    expect((await suggestionsPage(request.slug, null, "pl")).kind).toBe("forbidden");
    expect((await suggestionsPage(request.slug, member, "pl")).kind).toBe("forbidden");
    expect((await suggestionsPage(request.slug, otherOwner, "pl")).kind).toBe("forbidden");
    expect((await suggestionsPage("nie-ma-takiego", editor, "pl")).kind).toBe("notFound");
    expect(await db().partnerSuggestionExposure.count()).toBe(0);
    const page = await suggestionsPage(request.slug, editor, "en");
    if (page.kind !== "ok") throw new Error(page.kind);
    expect(page.suggestions[0]).toMatchObject({ name: "Fundacja Najlepsza", seat: "Korfantów" });
    expect(page.suggestions[0]!.explanation.why).toMatch(
      /offers what you need: fundraising, hall for events and kitchen/i,
    );
    expect(page.suggestions[0]!.explanation.why).toMatch(/seat in the same powiat/);
    const shown = await db().partnerSuggestionExposure.findMany({ select: { organisationId: true, shownCount: true } });
    expect(shown.map((s) => s.organisationId).sort()).toEqual(
      page.suggestions
        .slice(0, 10)
        .map((s) => s.id)
        .sort(),
    );
    expect(shown.every((s) => s.shownCount === 1)).toBe(true);
  });

  it("are shown for an office's request to its officials with two-factor authentication, not without", async () => {
    const office = await createInstitution({ territoryCode: "1607", kind: "POWIAT_OFFICE" });
    const officeRequest = await createPartnerRequest({ institutionId: office.id }, { neededResources: ["KITCHEN"] });
    const official = await createOfficial(office.id);
    const withoutTwoFactor = await createActor({ institutions: [{ id: office.id }], twoFactor: false });
    expect((await suggestionsPage(officeRequest.slug, withoutTwoFactor, "pl")).kind).toBe("forbidden");
    const page = await suggestionsPage(officeRequest.slug, official, "pl");
    if (page.kind !== "ok") throw new Error(page.kind);
    expect(page.suggestions.map((s) => s.id)).toEqual(expect.arrayContaining([best.id, farAway.id]));
    expect(page.suggestions.map((s) => s.id)).not.toContain(closed.id);
  });
});

describe("for you", () => {
  it("lists open requests that fit an organisation, with the reasons from its side, not its own, closed or hidden ones", async () => {
    const closedRequest = await createPartnerRequest({ organisationId: author.id }, { status: "CLOSED" });
    const hiddenRequest = await createPartnerRequest({ organisationId: author.id }, { hidden: true });
    const own = await createPartnerRequest({ organisationId: best.id });
    const found = await requestsForParty({ kind: "organisation", id: best.id });
    const ids = found.map((f) => f.id);
    expect(ids).toContain(request.id);
    expect(ids).not.toContain(closedRequest.id);
    expect(ids).not.toContain(hiddenRequest.id);
    expect(ids).not.toContain(own.id);
    const [entry] = (await forYouEntries({ kind: "organisation", id: best.id }, "pl")).filter(
      (e) => e.id === request.id,
    );
    expect(entry!.explanation.why).toMatch(/^Oferujesz to, czego potrzebuje: /);
  });

  it("shows an office only requests that welcome local government in its territory", async () => {
    const office = await createInstitution({ territoryCode: NYSA, kind: "GMINA_OFFICE" });
    const welcoming = await createPartnerRequest(
      { organisationId: author.id },
      { welcomesLocalGovernment: true, territoryCodes: ["1607"] },
    );
    const elsewhere = await createPartnerRequest(
      { organisationId: author.id },
      { welcomesLocalGovernment: true, territoryCodes: ["1661"] },
    );
    const ids = (await requestsForParty({ kind: "institution", id: office.id })).map((f) => f.id);
    expect(ids).toContain(welcoming.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(request.id);
  });
});

describe("the administrators' settings", () => {
  const values = {
    weightSpheres: "0,3",
    weightDistance: 0.1,
    weightComplementarity: 0.4,
    weightTrackRecord: 0.1,
    weightReciprocity: 0.1,
    exposurePenalty: 0.2,
    dailyInterestLimit: 5,
    maxReplyDays: 60,
  };

  it("refuse visitors and people who are not platform administrators, changing nothing", async () => {
    actAs(null);
    expect((await setPartnershipSettingsAction(values)).serverError).toBe("UNAUTHENTICATED");
    actAs(await createMember(author.id, "OWNER"));
    expect((await setPartnershipSettingsAction(values)).serverError).toBe("FORBIDDEN");
    expect((await db().partnershipSettings.findUniqueOrThrow({ where: { id: 1 } })).maxReplyDays).toBe(90);
  });

  it("refuse bad values with the field named and change nothing", async () => {
    actAs(await createAdministrator());
    const zero = await setPartnershipSettingsAction({
      ...values,
      weightSpheres: 0,
      weightDistance: 0,
      weightComplementarity: 0,
      weightTrackRecord: 0,
      weightReciprocity: 0,
    });
    expect(zero.validationErrors).toMatchObject({ weightSpheres: { _errors: ["partnerWeightsZero"] } });
    const tooBig = await setPartnershipSettingsAction({ ...values, weightDistance: 1.5, maxReplyDays: 3 });
    expect(tooBig.validationErrors).toMatchObject({
      weightDistance: { _errors: ["partnerWeightInvalid"] },
      maxReplyDays: { _errors: ["partnerReplyDaysInvalid"] },
    });
    expect(partnershipSettingsSchema.safeParse({ ...values, dailyInterestLimit: 2.5 }).success).toBe(false);
    expect((await db().partnershipSettings.findUniqueOrThrow({ where: { id: 1 } })).weightDistance).toBe(0.15);
    expect(await db().auditEvent.count({ where: { action: "partnership.settings_changed" } })).toBe(0);
  });

  it("save the weights (a decimal comma too) and a new longest reply period from today, with an audit event", async () => {
    const admin = await createAdministrator();
    actAs(admin);
    await db().partnershipSettings.update({ where: { id: 1 }, data: { maxReplyDaysSince: new Date("2026-01-01") } });
    expect((await setPartnershipSettingsAction(values)).data).toEqual({ saved: true });
    const row = await db().partnershipSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(row).toMatchObject({ weightSpheres: 0.3, exposurePenalty: 0.2, maxReplyDays: 60, updatedById: admin.id });
    expect(row.maxReplyDaysSince.getTime()).toBeGreaterThan(new Date("2026-01-01").getTime());
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "partnership.settings_changed" } });
    expect(event.actorUserId).toBe(admin.id);
    expect(event.details).toMatchObject({ before: { maxReplyDays: 90 }, after: { maxReplyDays: 60 } });
    // The same period again keeps its date.
    const since = row.maxReplyDaysSince;
    await db().partnershipSettings.update({ where: { id: 1 }, data: { maxReplyDaysSince: new Date("2026-02-02") } });
    await setPartnershipSettingsAction({ ...values, weightDistance: 0.2 });
    const again = await db().partnershipSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(again.maxReplyDaysSince.toISOString().slice(0, 10)).toBe("2026-02-02");
    expect(since).not.toEqual(again.maxReplyDaysSince);
    // The new weights rank the next suggestions.
    expect((await suggestPartners((await requestRow(request.id))!))[0]!.id).toBe(best.id);
  });
});

describe("the digest of new requests that fit", () => {
  it("is off unless chosen", () => {
    expect(defaultChannel("partnership.request_fits", "RESIDENT")).toBe("OFF");
  });

  it("tells the opted-in owners and editors of organisations that fit by sphere and place, once", async () => {
    const optedIn = await createPerson({ organisations: [{ id: best.id, role: "EDITOR" }] });
    const notOptedIn = await createPerson({ organisations: [{ id: partial.id, role: "OWNER" }] });
    const optedInFar = await createPerson({ organisations: [{ id: farAway.id, role: "OWNER" }] });
    const optedInMember = await createPerson({ organisations: [{ id: best.id, role: "MEMBER" }] });
    const optedInAuthor = await createPerson({ organisations: [{ id: author.id, role: "OWNER" }] });
    for (const person of [optedIn, optedInFar, optedInMember, optedInAuthor])
      await db().notificationPreference.create({
        data: { userId: person.id, type: "partnership.request_fits", channel: "DAILY" },
      });
    const posted = await createPartnerRequest(
      { organisationId: author.id },
      { title: "Wspólny festyn w powiecie", sphereCodes: ["1"], territoryCodes: ["1607"] },
    );
    expect(await announcePartnerRequest(posted.id)).toBe(1);
    expect(await announcePartnerRequest(posted.id)).toBe(0);
    await fanOutPendingNotifications();
    const delivered = await db().notification.findMany({
      where: { event: { type: "partnership.request_fits", subjectId: posted.id } },
      select: { userId: true, emailChannel: true },
    });
    expect(delivered).toEqual([{ userId: optedIn.id, emailChannel: "DAILY" }]);
    expect(delivered.map((d) => d.userId)).not.toContain(notOptedIn.id);
    // Inside the transaction that posts it, before it commits (as the request mutation calls it).
    const inTransaction = await db().$transaction(async (tx) => {
      const fresh = await tx.partnerRequest.create({
        data: {
          organisationId: author.id,
          slug: "zapytanie-w-transakcji",
          title: "Zapytanie w transakcji",
          initiative: "Opis.",
          roles: ["VOLUNTEERS"],
          partnerGives: "Czas.",
          partnerGets: "Podziękowanie.",
          repliesCloseOn: new Date(Date.now() + 10 * 24 * 3600 * 1000),
          territories: { create: [{ territoryCode: KORFANTOW }] },
        },
      });
      return announcePartnerRequest(fresh.id, tx);
    });
    expect(inTransaction).toBe(1);
    // A closed request is not announced.
    const closedRequest = await createPartnerRequest(
      { organisationId: author.id },
      { status: "CLOSED", sphereCodes: ["1"] },
    );
    expect(await announcePartnerRequest(closedRequest.id)).toBe(0);
  });
});
