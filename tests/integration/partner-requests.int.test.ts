// Partner requests: posting for a verified organisation or an office, editing,
// closing and renewing by the author party, moderation, and expiry. Every
// action is tried by a visitor, the wrong organisation, an unverified one,
// an office without two-factor authentication and the right role; a refusal
// changes nothing.
import { db } from "@/lib/db/client";
import { addDays, warsawDay } from "@/lib/partnerships/requests/dates";
import { matchingRequestIds, publicRequestBySlug } from "@/lib/partnerships/list/queries";
import { expirePartnerRequests } from "@/lib/partnerships/requests/expiry";
import { requestVersion, shownRequestSelect } from "@/lib/partnerships/requests/moderation";
import { requestFormView } from "@/lib/partnerships/requests/form-options";
import { openRequestsOfParty } from "@/lib/partnerships/requests/queries";
import { partnerRequestPageView } from "@/lib/partnerships/requests/page-view";
import type { PartnerRequestFieldsInput } from "@/lib/partnerships/requests/schemas";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createPartnerRequestRow } from "@/tests/factories/partner-requests";
import { createActor, createMember, createModerator, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings, createPartnershipSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
// The form's reply rules are worded with the request's formatter; outside a request, the same one made directly.
jest.mock("next-intl/server", () => ({
  getFormatter: async ({ locale }: { locale: string }) =>
    jest.requireActual("next-intl").createFormatter({ locale, timeZone: "Europe/Warsaw" }),
}));

import {
  closeInstitutionRequestAction,
  closeOrganisationRequestAction,
  createRequestForInstitutionAction,
  createRequestForOrganisationAction,
  hidePartnerRequestAction,
  renewOrganisationRequestAction,
  restorePartnerRequestAction,
  updateInstitutionRequestAction,
  updateOrganisationRequestAction,
} from "@/lib/partnerships/requests/actions";

const today = () => warsawDay(new Date());
let key = 0;
const newKey = () => `test-key-${String(++key).padStart(8, "0")}`;

let verified: { id: string };
let unverified: { id: string };
let other: { id: string };
let office: { id: string };
let editor: TestActor;
let owner: TestActor;
let otherOwner: TestActor;
let unverifiedOwner: TestActor;
let member: TestActor;
let official: TestActor;
let officialWithout2fa: TestActor;
let moderator: TestActor;
let sphereId: string;

function fields(overrides: Partial<PartnerRequestFieldsInput> = {}): PartnerRequestFieldsInput {
  return {
    title: "Kuchnia dla seniorów – szukamy wolontariuszy",
    initiative: "Codzienne obiady dla samotnych seniorów, gotowane i rozwożone przez wolontariuszy.",
    callName: "Otwarty konkurs ofert – pomoc społeczna 2027",
    callUrl: "https://bip.example.org/konkurs",
    roles: ["VOLUNTEERS", "IN_KIND_RESOURCES"],
    partnerLegalForms: ["ASSOCIATION", "FOUNDATION"],
    requiresPublicBenefit: false,
    welcomesLocalGovernment: true,
    sphereIds: [sphereId],
    area: "TERRITORIES",
    territoryCodes: ["1601011", "1607"],
    radiusKm: "",
    neededCompetences: ["VOLUNTEER_COORDINATION"],
    neededResources: ["KITCHEN", "CAR"],
    offeredCompetences: ["SOCIAL_ASSISTANCE"],
    offeredResources: ["EVENT_HALL"],
    partnerGives: "Dwóch wolontariuszy dziennie i samochód do rozwożenia obiadów.",
    partnerGets: "Szkolenie sanitarne, ubezpieczenie i udział w projekcie.",
    budgetSharePercent: "15",
    budgetNote: "Na paliwo i ubezpieczenie.",
    startsOn: addDays(today(), 40),
    endsOn: addDays(today(), 200),
    timelineNote: "",
    repliesCloseOn: addDays(today(), 30),
    maxPartners: "2",
    ...overrides,
  };
}

const requestCount = () => db().partnerRequest.count();

beforeAll(async () => {
  await createInstanceSettings();
  await createPartnershipSettings({ maxReplyDays: 90 });
  sphereId = (await db().publicBenefitSphere.findFirstOrThrow({ where: { code: "13" } })).id;
  verified = await createOrganisation({ name: "Fundacja Zweryfikowana", verifiedAt: new Date() });
  unverified = await createOrganisation({ name: "Stowarzyszenie Czekające" });
  other = await createOrganisation({ name: "Inna Fundacja", verifiedAt: new Date() });
  office = await createInstitution({ name: "Powiat Nyski", kind: "POWIAT_OFFICE", territoryCode: "1607" });
  editor = await createMember(verified.id, "EDITOR");
  owner = await createMember(verified.id, "OWNER");
  member = await createMember(verified.id, "MEMBER");
  otherOwner = await createMember(other.id, "OWNER");
  unverifiedOwner = await createMember(unverified.id, "OWNER");
  official = await createOfficial(office.id);
  officialWithout2fa = await createOfficial(office.id, "OFFICIAL", { twoFactor: false });
  moderator = await createModerator();
});

describe("posting a request", () => {
  it("is refused to visitors, members who are not owners or editors, and another organisation's owner", async () => {
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [member, "FORBIDDEN"],
      [otherOwner, "FORBIDDEN"],
      [await createActor(), "FORBIDDEN"],
    ] as const) {
      actAs(actor);
      const result = await createRequestForOrganisationAction({
        ...fields(),
        organisationId: verified.id,
        submissionKey: newKey(),
      });
      expect(result?.serverError).toBe(code);
    }
    expect(await requestCount()).toBe(0);
  });

  it("tells an unverified organisation why, and saves nothing", async () => {
    actAs(unverifiedOwner);
    const result = await createRequestForOrganisationAction({
      ...fields(),
      organisationId: unverified.id,
      submissionKey: newKey(),
    });
    expect(result?.data).toEqual({ refused: "organisationNotVerified" });
    expect(await requestCount()).toBe(0);
  });

  it("refuses a closing day that is today or beyond the longest reply period, on its field", async () => {
    actAs(editor);
    for (const [day, message] of [
      [today(), "partnerRequestClosesNotAfterToday"],
      [addDays(today(), 91), "partnerRequestClosesTooLate"],
    ] as const) {
      const result = await createRequestForOrganisationAction({
        ...fields({ repliesCloseOn: day }),
        organisationId: verified.id,
        submissionKey: newKey(),
      });
      expect(result?.validationErrors).toEqual({ repliesCloseOn: { _errors: [message] } });
    }
    const result = await createRequestForOrganisationAction({
      ...fields({ territoryCodes: ["1201011"] }),
      organisationId: verified.id,
      submissionKey: newKey(),
    });
    expect(result?.validationErrors).toEqual({ territoryCodes: { _errors: ["partnerRequestTerritoryUnknown"] } });
    expect(await requestCount()).toBe(0);
  });

  it("is posted by an editor of a verified organisation, once per press of the button", async () => {
    actAs(editor);
    const submissionKey = newKey();
    const first = await createRequestForOrganisationAction({ ...fields(), organisationId: verified.id, submissionKey });
    const again = await createRequestForOrganisationAction({ ...fields(), organisationId: verified.id, submissionKey });
    expect(first?.data).toEqual(again?.data);
    const { slug } = first!.data as { slug: string };
    expect(slug).toMatch(/^kuchnia-dla-seniorow-szukamy-wolontariuszy-[a-z2-9]{5}$/);
    const stored = await db().partnerRequest.findUniqueOrThrow({
      where: { slug },
      include: { spheres: true, territories: { orderBy: { territoryCode: "asc" } } },
    });
    expect(stored).toMatchObject({
      organisationId: verified.id,
      institutionId: null,
      authorId: editor.id,
      status: "OPEN",
      visibility: "PUBLISHED",
      radiusKm: null,
      budgetSharePercent: 15,
      maxPartners: 2,
      neededResources: ["KITCHEN", "CAR"],
      callUrl: "https://bip.example.org/konkurs",
    });
    expect(stored.territories.map((t) => t.territoryCode)).toEqual(["1601011", "1607"]);
    expect(stored.spheres.map((s) => s.sphereId)).toEqual([sphereId]);
    expect(
      await db().auditEvent.count({ where: { action: "partnership.request_created", subjectId: stored.id } }),
    ).toBe(1);
    expect(await requestCount()).toBe(1);
  });

  it("asks an official to switch on two-factor authentication, and lets one with it post for the office by distance", async () => {
    actAs(officialWithout2fa);
    const input = {
      ...fields({ area: "RADIUS", radiusKm: "40", territoryCodes: ["1601011"] }),
      institutionId: office.id,
      submissionKey: newKey(),
    };
    expect((await createRequestForInstitutionAction(input))?.serverError).toBe("TWO_FACTOR_REQUIRED");
    // An organisation's owner cannot post for an office either.
    actAs(owner);
    expect((await createRequestForInstitutionAction(input))?.serverError).toBe("FORBIDDEN");
    actAs(official);
    const { slug } = (await createRequestForInstitutionAction(input))!.data as { slug: string };
    const stored = await db().partnerRequest.findUniqueOrThrow({ where: { slug }, include: { territories: true } });
    // The area kept is the distance; the ticked gmina of another choice is dropped.
    expect(stored).toMatchObject({ institutionId: office.id, organisationId: null, radiusKm: 40 });
    expect(stored.territories).toEqual([]);
    const view = await partnerRequestPageView({ slug, locale: "pl", viewer: null });
    expect(view?.area).toEqual({ kind: "radius", radiusKm: 40, from: { name: "nyski", kind: "POWIAT" } });
  });
});

describe("editing, closing and renewing", () => {
  it("lets only the author party change its request; another kind's action does not find it", async () => {
    const request = await createPartnerRequestRow({ organisationId: verified.id, title: "Przed zmianą" });
    const input = { ...fields({ title: "Po zmianie tytułu" }), requestId: request.id };
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [otherOwner, "FORBIDDEN"],
      [member, "FORBIDDEN"],
    ] as const) {
      actAs(actor);
      expect((await updateOrganisationRequestAction(input))?.serverError).toBe(code);
    }
    actAs(official);
    expect((await updateInstitutionRequestAction(input))?.serverError).toBe("NOT_FOUND");
    expect((await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).title).toBe("Przed zmianą");
    actAs(owner);
    expect((await updateOrganisationRequestAction(input))?.data).toEqual({ slug: request.slug, held: false });
    expect((await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).title).toBe(
      "Po zmianie tytułu",
    );
    expect(
      await db().auditEvent.count({ where: { action: "partnership.request_edited", subjectId: request.id } }),
    ).toBe(1);
  });

  it("does not let the number of partners fall below those accepted", async () => {
    const request = await createPartnerRequestRow({ organisationId: verified.id, maxPartners: 3, acceptedCount: 2 });
    actAs(owner);
    const result = await updateOrganisationRequestAction({ ...fields({ maxPartners: "1" }), requestId: request.id });
    expect(result?.validationErrors).toEqual({ maxPartners: { _errors: ["partnerRequestMaxBelowAccepted"] } });
  });

  it("closes with a note, after which nothing changes it", async () => {
    const request = await createPartnerRequestRow({ institutionId: office.id });
    actAs(otherOwner);
    expect((await closeOrganisationRequestAction({ requestId: request.id, note: "" }))?.serverError).toBe("NOT_FOUND");
    actAs(officialWithout2fa);
    expect((await closeInstitutionRequestAction({ requestId: request.id, note: "" }))?.serverError).toBe(
      "TWO_FACTOR_REQUIRED",
    );
    actAs(official);
    await closeInstitutionRequestAction({ requestId: request.id, note: "Mamy już partnerów, dziękujemy." });
    expect(await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "CLOSED",
      closingNote: "Mamy już partnerów, dziękujemy.",
    });
    expect((await closeInstitutionRequestAction({ requestId: request.id, note: "" }))?.data).toEqual({
      refused: "notEditable",
    });
    expect((await updateInstitutionRequestAction({ ...fields(), requestId: request.id }))?.data).toEqual({
      refused: "notEditable",
    });
  });

  it("renews an expired request within the longest period from now, and asks again when it next runs out", async () => {
    const request = await createPartnerRequestRow({
      organisationId: verified.id,
      status: "EXPIRED",
      repliesCloseOn: new Date(`${addDays(today(), -2)}T00:00:00Z`),
      expiryNoticeAt: new Date(),
    });
    actAs(otherOwner);
    expect(
      (await renewOrganisationRequestAction({ requestId: request.id, repliesCloseOn: addDays(today(), 20) }))
        ?.serverError,
    ).toBe("FORBIDDEN");
    actAs(owner);
    expect(
      (await renewOrganisationRequestAction({ requestId: request.id, repliesCloseOn: addDays(today(), 91) }))
        ?.validationErrors,
    ).toEqual({ repliesCloseOn: { _errors: ["partnerRequestClosesTooLate"] } });
    await renewOrganisationRequestAction({ requestId: request.id, repliesCloseOn: addDays(today(), 20) });
    const renewed = await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(renewed).toMatchObject({ status: "OPEN", expiryNoticeAt: null });
    expect(renewed.renewedAt).not.toBeNull();
    expect(renewed.repliesCloseOn.toISOString().slice(0, 10)).toBe(addDays(today(), 20));
  });
});

describe("moderation", () => {
  it("hides a request with a reason its party is told, and restores it only as the moderator read it", async () => {
    const request = await createPartnerRequestRow({ organisationId: verified.id, title: "Reklama sklepu" });
    const input = { requestId: request.id, reason: "Reklama działalności gospodarczej." };
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [owner, "FORBIDDEN"],
    ] as const) {
      actAs(actor);
      expect((await hidePartnerRequestAction(input))?.serverError).toBe(code);
    }
    actAs(moderator);
    expect((await hidePartnerRequestAction(input))?.data).toEqual({ hidden: true });
    expect(
      await db().notificationEvent.count({ where: { type: "partnership.request_moderated", subjectId: request.id } }),
    ).toBe(1);
    expect(await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: null })).toBeNull();
    expect(await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: otherOwner })).toBeNull();
    const seenByOwner = await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: owner });
    expect(seenByOwner?.withheld).toEqual({ reason: "Reklama działalności gospodarczej." });

    const shown = (await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: moderator }))!.viewer
      .shown!;
    expect(shown).toBe(
      requestVersion(
        await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id }, select: shownRequestSelect }),
      ),
    );
    // The party corrects it meanwhile: the moderator's decision on the old text is refused.
    actAs(owner);
    await updateOrganisationRequestAction({ ...fields({ title: "Warsztaty kulinarne" }), requestId: request.id });
    actAs(moderator);
    expect((await restorePartnerRequestAction({ requestId: request.id, shown }))?.data).toEqual({
      refused: "changedSinceShown",
    });
    const reread = (await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: moderator }))!.viewer
      .shown!;
    expect((await restorePartnerRequestAction({ requestId: request.id, shown: reread }))?.data).toEqual({
      restored: true,
    });
    expect((await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).visibility).toBe("PUBLISHED");
    expect((await restorePartnerRequestAction({ requestId: request.id, shown: reread }))?.data).toEqual({
      refused: "notHidden",
    });
  });
});

describe("expiry", () => {
  it("expires requests past their day or the longest period, asks their party once, and leaves the others", async () => {
    const pastDay = await createPartnerRequestRow({
      organisationId: other.id,
      repliesCloseOn: new Date(`${addDays(today(), -1)}T00:00:00Z`),
    });
    const tooOld = await createPartnerRequestRow({
      institutionId: office.id,
      openedAt: new Date(Date.now() - 100 * 24 * 3600 * 1000),
      repliesCloseOn: new Date(`${addDays(today(), 5)}T00:00:00Z`),
    });
    const renewed = await createPartnerRequestRow({
      organisationId: other.id,
      openedAt: new Date(Date.now() - 100 * 24 * 3600 * 1000),
      renewedAt: new Date(Date.now() - 24 * 3600 * 1000),
    });
    const closesToday = await createPartnerRequestRow({
      organisationId: other.id,
      repliesCloseOn: new Date(`${today()}T00:00:00Z`),
    });
    expect(await expirePartnerRequests()).toBeGreaterThanOrEqual(2);
    const status = async (id: string) => (await db().partnerRequest.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(pastDay.id)).toBe("EXPIRED");
    expect(await status(tooOld.id)).toBe("EXPIRED");
    expect(await status(renewed.id)).toBe("OPEN");
    expect(await status(closesToday.id)).toBe("OPEN");
    const notices = await db().notificationEvent.findMany({
      where: { type: "partnership.request_expired", subjectId: { in: [pastDay.id, tooOld.id] } },
    });
    expect(notices).toHaveLength(2);
    expect(notices.find((n) => n.subjectId === tooOld.id)?.audience).toEqual({
      institutions: [{ id: office.id, roles: ["ADMINISTRATOR", "OFFICIAL"] }],
    });
    expect(await expirePartnerRequests()).toBe(0);
    expect(await db().notificationEvent.count({ where: { type: "partnership.request_expired" } })).toBe(2);
  });
});

describe("the request's page", () => {
  it("shows a published request to visitors with the counts, and the tools only to its party and the moderators", async () => {
    const request = await createPartnerRequestRow({
      organisationId: verified.id,
      interestCount: 4,
      acceptedCount: 1,
      maxPartners: 3,
      initiative: "Festyn <script>alert(1)</script> **rodzinny**",
    });
    const visitor = await partnerRequestPageView({ slug: request.slug, locale: "en", viewer: null });
    expect(visitor).toMatchObject({
      interestCount: 4,
      acceptedCount: 1,
      maxPartners: 3,
      listed: true,
      party: { kind: "organisation", name: "Fundacja Zweryfikowana" },
      viewer: { mayEdit: false, moderates: false, shown: null },
    });
    expect(visitor?.initiativeHtml).toContain("<strong>rodzinny</strong>");
    expect(visitor?.initiativeHtml).not.toContain("<script>");
    expect((await partnerRequestPageView({ slug: request.slug, locale: "en", viewer: editor }))?.viewer.mayEdit).toBe(
      true,
    );
    expect((await partnerRequestPageView({ slug: request.slug, locale: "en", viewer: member }))?.viewer.mayEdit).toBe(
      false,
    );
  });
});

describe("the request form's pages", () => {
  it("offer a new request for the parties one acts for, and an edit only to the request's party", async () => {
    const forEditor = await requestFormView(editor, "pl");
    expect(forEditor.request).toBeNull();
    expect(forEditor.form.target).toEqual({ create: true });
    expect(forEditor.form.parties.map((p) => [p.value, p.verified])).toEqual([[`organisation:${verified.id}`, true]]);
    expect(forEditor.form.defaultValues.party).toBe(`organisation:${verified.id}`);
    expect(forEditor.form.rules.maxReplyDays).toBe(90);
    expect(forEditor.form.territories.every((unit) => [4, 7].includes(unit.code.length))).toBe(true);
    expect((await requestFormView(member, "pl")).form.parties).toEqual([]);
    expect((await requestFormView(officialWithout2fa, "pl")).form.parties).toEqual([]);

    const openedAt = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    const request = await createPartnerRequestRow({ institutionId: office.id, title: "Festyn powiatowy", openedAt });
    const forOfficial = await requestFormView(official, "en", request.slug);
    expect(forOfficial?.request).toEqual({ slug: request.slug, title: "Festyn powiatowy" });
    expect(forOfficial?.form.target).toEqual({ requestId: request.id, kind: "institution" });
    expect(forOfficial?.form.defaultValues.title).toBe("Festyn powiatowy");
    expect(forOfficial?.form.parties).toEqual([]);
    // An edit may move the closing day within the period counted from the opening, as the server checks it.
    expect(forOfficial?.form.rules.latestDay).toBe(addDays(warsawDay(openedAt), 90));
    expect(forEditor.form.rules.latestDay).toBe(addDays(today(), 90));
    expect(await requestFormView(editor, "en", request.slug)).toBeNull();
    expect(await requestFormView(official, "en", "no-such-request")).toBeNull();
  });
});

describe("a party's public page", () => {
  it("lists the office's and the organisation's listed requests only, soonest closing first", async () => {
    const day = (days: number) => new Date(`${addDays(today(), days)}T00:00:00Z`);
    const office = await createInstitution({ name: "Starostwo Testowe", kind: "POWIAT_OFFICE", territoryCode: "1608" });
    const verified = await createOrganisation({ name: "Fundacja Z Zapytaniem", verifiedAt: new Date() });
    const unverified = await createOrganisation({ name: "Stowarzyszenie Bez Weryfikacji" });
    const later = await createPartnerRequestRow({
      institutionId: office.id,
      title: "Później",
      repliesCloseOn: day(40),
    });
    const sooner = await createPartnerRequestRow({
      institutionId: office.id,
      title: "Wcześniej",
      repliesCloseOn: day(5),
    });
    await createPartnerRequestRow({ institutionId: office.id, status: "CLOSED" });
    await createPartnerRequestRow({ institutionId: office.id, visibility: "HIDDEN" });
    await createPartnerRequestRow({ institutionId: office.id, repliesCloseOn: day(-1) });
    const organisations = await createPartnerRequestRow({ organisationId: verified.id, repliesCloseOn: day(10) });
    const ofUnverified = await createPartnerRequestRow({ organisationId: unverified.id });
    expect((await openRequestsOfParty({ kind: "institution", id: office.id })).map((r) => r.id)).toEqual([
      sooner.id,
      later.id,
    ]);
    const [first] = await openRequestsOfParty({ kind: "institution", id: office.id });
    expect(Object.keys(first!).sort()).toEqual(["id", "repliesCloseOn", "roles", "slug", "title"]);
    expect((await openRequestsOfParty({ kind: "organisation", id: verified.id })).map((r) => r.id)).toEqual([
      organisations.id,
    ]);
    // An organisation not (or no longer) verified has its requests out of the lists, and off its page.
    expect(ofUnverified.organisationId).toBe(unverified.id);
    expect(await openRequestsOfParty({ kind: "organisation", id: unverified.id })).toEqual([]);
  });
});

describe("an organisation that loses its verification", () => {
  it("takes its requests out of the lists, and may close them but not change or renew them", async () => {
    const lapsing = await createOrganisation({ name: "Fundacja Wygasła", verifiedAt: new Date() });
    const lapsingOwner = await createMember(lapsing.id, "OWNER");
    const request = await createPartnerRequestRow({ organisationId: lapsing.id, title: "Szukamy partnera do festynu" });
    const listed = async () =>
      (await matchingRequestIds({}, "closing", { offset: 0, limit: 100 })).includes(request.id);
    expect(await listed()).toBe(true);
    await db().organisation.update({ where: { id: lapsing.id }, data: { verifiedAt: null } });

    expect(await listed()).toBe(false);
    expect(await publicRequestBySlug(request.slug)).toBeNull();
    expect((await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: null }))?.listed).toBe(false);
    actAs(lapsingOwner);
    expect((await updateOrganisationRequestAction({ ...fields(), requestId: request.id }))?.data).toEqual({
      refused: "organisationNotVerified",
    });
    expect(
      (await renewOrganisationRequestAction({ requestId: request.id, repliesCloseOn: addDays(today(), 20) }))?.data,
    ).toEqual({ refused: "organisationNotVerified" });
    const unchanged = await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(unchanged).toMatchObject({ title: "Szukamy partnera do festynu", renewedAt: null });
    await closeOrganisationRequestAction({ requestId: request.id, note: "Kończymy." });
    expect((await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("CLOSED");
  });
});

describe("a closing note written while hidden", () => {
  it("makes a restore based on what the moderator saw before it fail", async () => {
    const request = await createPartnerRequestRow({ organisationId: verified.id });
    actAs(moderator);
    await hidePartnerRequestAction({ requestId: request.id, reason: "Do wyjaśnienia." });
    const shown = (await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: moderator }))!.viewer
      .shown!;
    actAs(owner);
    await closeOrganisationRequestAction({ requestId: request.id, note: "Treść, której moderator nie widział." });
    actAs(moderator);
    expect((await restorePartnerRequestAction({ requestId: request.id, shown }))?.data).toEqual({
      refused: "changedSinceShown",
    });
  });
});

describe("posting limits (security review)", () => {
  it("refuses a person suspended from writing, and more than ten requests an hour from one person", async () => {
    const busy = await createOrganisation({ name: "Fundacja Pracowita", verifiedAt: new Date() });
    const busyOwner = await createMember(busy.id, "OWNER");
    const post = () =>
      createRequestForOrganisationAction({ ...fields(), organisationId: busy.id, submissionKey: newKey() });
    actAs(busyOwner);
    for (let i = 0; i < 10; i += 1) expect((await post())?.data).toMatchObject({ slug: expect.any(String) });
    expect((await post())?.data).toEqual({ refused: "slowDown" });
    expect(await db().partnerRequest.count({ where: { organisationId: busy.id } })).toBe(10);

    const suspended = await createMember(busy.id, "EDITOR");
    await db().forumSuspension.create({
      data: { userId: suspended.id, until: new Date(Date.now() + 86_400_000), reason: "Spam." },
    });
    actAs(suspended);
    expect((await post())?.data).toEqual({ refused: "suspended" });
    const request = await db().partnerRequest.findFirstOrThrow({ where: { organisationId: busy.id } });
    expect((await updateOrganisationRequestAction({ ...fields(), requestId: request.id }))?.data).toEqual({
      refused: "suspended",
    });
  });
});
