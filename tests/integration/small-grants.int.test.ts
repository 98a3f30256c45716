// Small grants (art. 19a): who may do what (visitor, another organisation,
// another office's official, the right role), remarks inside the window taken
// and after it refused by the server's clock, the limits read from dated
// LegalRule rows (a newer row applying from its first Polish day), the facts
// the submit checks with, the case the submit opens and the minutely job.

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { checkOffer } from "@/lib/offers/calc/check-offer";
import { emptyOfferDocument } from "@/lib/offers/document/schema";
import {
  answerSmallGrantRemarkAction,
  submitSmallGrantOfferAction,
  createSmallGrantDraftAction,
  decideSmallGrantAction,
  publishSmallGrantAction,
  saveSmallGrantBudgetAction,
  submitSmallGrantRemarkAction,
} from "@/lib/small-grants/actions";
import { openSmallGrantCase } from "@/lib/small-grants/cases";
import { submitSmallGrantOffer } from "@/lib/small-grants/submission";
import { addCoApplicant } from "@/lib/offers/co-applicants/mutations";
import { submissionReview } from "@/lib/offers/submission/review";
import { publishDueBy } from "@/lib/small-grants/clock";
import { advanceSmallGrants } from "@/lib/small-grants/lifecycle-job";
import { asRuleValues, smallGrantFacts, smallGrantRules } from "@/lib/small-grants/limits";
import {
  newSmallGrantView,
  officeSmallGrantsView,
  publicSmallGrant,
  publicSmallGrantsList,
} from "@/lib/small-grants/queries";
import { smallGrantViewer } from "@/lib/small-grants/viewer";
import { polishLocalToDate } from "@/lib/time/polish-local";
import { createInstitution } from "@/tests/factories/institutions";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createSmallGrantCase } from "@/tests/factories/small-grants";
import { actAs } from "@/tests/helpers/session";

const polish = (local: string) => polishLocalToDate(local)!;
const year = Number(new Date().toISOString().slice(0, 4));

let office: { id: string; slug: string };
let otherOffice: { id: string };
let applicant: { id: string };
let otherOrganisation: { id: string };
let official: TestActor;
let otherOfficial: TestActor;
let owner: TestActor;
let outsider: TestActor;

async function budget(institutionId: string, planned = 200_000_000, intakeOpen = true) {
  // The year of the Polish "now", which is the UTC year except in the last hour or two of 31 December.
  await db().smallGrantBudget.upsert({
    where: { institutionId_year: { institutionId, year } },
    create: { institutionId, year, plannedGrantsTotal: BigInt(planned), intakeOpen },
    update: { plannedGrantsTotal: BigInt(planned), intakeOpen },
  });
}

beforeAll(async () => {
  office = await createInstitution({ name: "Urząd Marszałkowski (test)" });
  otherOffice = await createInstitution({ name: "Urząd Gminy Obok", territoryCode: "1609042" });
  applicant = await createOrganisation({ name: "Zdrowie bez Barier (test)", verifiedAt: new Date() });
  otherOrganisation = await createOrganisation({ name: "Inne Stowarzyszenie", verifiedAt: new Date() });
  official = await createOfficial(office.id);
  otherOfficial = await createOfficial(otherOffice.id);
  owner = await createMember(applicant.id, "OWNER");
  outsider = await createActor();
  await budget(office.id);
});

describe("the office's plan and intake", () => {
  const input = () => ({
    institutionId: office.id,
    year,
    plannedGrantsTotal: "2 500 000,00",
    intakeOpen: true,
    suspendedNote: "",
    sphereIds: [],
  });

  it("refuse a visitor, an organisation's owner and another office's official, saving nothing", async () => {
    actAs(null);
    expect((await saveSmallGrantBudgetAction(input())).serverError).toBe("UNAUTHENTICATED");
    actAs(owner);
    expect((await saveSmallGrantBudgetAction(input())).serverError).toBe("FORBIDDEN");
    actAs(otherOfficial);
    expect((await saveSmallGrantBudgetAction(input())).serverError).toBe("FORBIDDEN");
    const row = await db().smallGrantBudget.findUniqueOrThrow({
      where: { institutionId_year: { institutionId: office.id, year } },
    });
    expect(row.plannedGrantsTotal).toBe(200_000_000n);
  });

  it("are saved by the office's official in grosze, and a bad amount is refused with its field", async () => {
    actAs(official);
    expect(
      (await saveSmallGrantBudgetAction({ ...input(), plannedGrantsTotal: "dużo" })).validationErrors,
    ).toMatchObject({
      plannedGrantsTotal: { _errors: ["smallGrantPlannedInvalid"] },
    });
    expect((await saveSmallGrantBudgetAction(input())).data).toEqual({ saved: true });
    const row = await db().smallGrantBudget.findUniqueOrThrow({
      where: { institutionId_year: { institutionId: office.id, year } },
    });
    expect(row.plannedGrantsTotal).toBe(250_000_000n);
    expect(await db().auditEvent.count({ where: { action: "smallGrant.budget_saved", subjectId: row.id } })).toBe(1);
    await budget(office.id);
  });
});

describe("a new small-grant draft", () => {
  it("is refused to a visitor, to a member of another organisation and to a mere member", async () => {
    const input = { organisationId: applicant.id, institutionId: office.id };
    actAs(null);
    expect((await createSmallGrantDraftAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(await createMember(otherOrganisation.id, "OWNER"));
    expect((await createSmallGrantDraftAction(input)).serverError).toBe("FORBIDDEN");
    actAs(await createMember(applicant.id, "MEMBER"));
    expect((await createSmallGrantDraftAction(input)).serverError).toBe("FORBIDDEN");
    actAs(official);
    expect((await createSmallGrantDraftAction(input)).serverError).toBe("FORBIDDEN");
  });

  it("is refused for an office whose intake is closed this year", async () => {
    actAs(owner);
    expect(
      (await createSmallGrantDraftAction({ organisationId: applicant.id, institutionId: otherOffice.id })).data,
    ).toEqual({
      refused: "INTAKE_CLOSED",
    });
  });

  it("is refused for an unverified organisation, which the new-offer page does not offer", async () => {
    const unverified = await createOrganisation({ name: "Niezweryfikowane (test)" });
    const unverifiedOwner = await createMember(unverified.id, "OWNER");
    actAs(unverifiedOwner);
    expect(
      (await createSmallGrantDraftAction({ organisationId: unverified.id, institutionId: office.id })).data,
    ).toEqual({
      refused: "LEAD_UNVERIFIED",
    });
    expect(await db().offer.count({ where: { leadOrganisationId: unverified.id } })).toBe(0);
    expect((await newSmallGrantView(unverifiedOwner)).organisations).toEqual([]);
  });

  it("is created for the owner: the simplified template, no task, addressed to the office, a row per section", async () => {
    actAs(owner);
    const result = await createSmallGrantDraftAction({ organisationId: applicant.id, institutionId: office.id });
    const offerId = (result.data as { offerId: string }).offerId;
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId }, include: { sections: true } });
    expect(offer).toMatchObject({
      template: "SIMPLIFIED_2018",
      institutionId: office.id,
      competitionId: null,
      taskId: null,
      status: "DRAFT",
      leadOrganisationId: applicant.id,
    });
    expect(offer.sections.map((s) => s.key).sort()).toEqual(
      ["applicants", "costs", "description", "funding", "profile", "results", "resultsTable", "statements"].sort(),
    );
  });
});

describe("publication", () => {
  it("is refused to a visitor, the applicant and another office's official; the official publishes once", async () => {
    const smallGrant = await createSmallGrantCase({ institutionId: office.id, organisationId: applicant.id });
    const input = { caseId: smallGrant.id };
    actAs(null);
    expect((await publishSmallGrantAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(owner);
    expect((await publishSmallGrantAction(input)).serverError).toBe("FORBIDDEN");
    actAs(otherOfficial);
    expect((await publishSmallGrantAction(input)).serverError).toBe("FORBIDDEN");
    expect((await db().smallGrantCase.findUniqueOrThrow({ where: { id: smallGrant.id } })).stage).toBe("RECEIVED");

    actAs(official);
    const published = await publishSmallGrantAction(input);
    expect(published.data).toMatchObject({ slug: expect.stringMatching(/^maly-grant-testowy/) });
    const row = await db().smallGrantCase.findUniqueOrThrow({ where: { id: smallGrant.id } });
    expect(row.stage).toBe("PUBLISHED");
    // Seven days after the day of publication, to the end of that Polish day.
    const days = (row.remarksUntil!.getTime() - row.publishedAt!.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(7);
    expect(days).toBeLessThanOrEqual(8);
    expect((await publishSmallGrantAction(input)).data).toEqual({ refused: "ALREADY_PUBLISHED" });
    expect(await db().notificationEvent.count({ where: { type: "small_grant.published", subjectId: row.id } })).toBe(1);
  });

  it("shows the offer without the template's personal fields", async () => {
    const sections = {
      description: { title: "Dzień zdrowia seniora", place: "Opole" },
      applicants: {
        list: [
          { organisationId: applicant.id, name: "Zdrowie bez Barier", email: "biuro@example.org", phone: "77 123" },
        ],
        contact: { name: "Anna Kowalska", phone: "600 100 200", email: "anna@example.org" },
      },
    };
    const smallGrant = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      title: "Dzień zdrowia seniora",
      publishedDaysAgo: 1,
      sections,
    });
    const page = await publicSmallGrant(smallGrant.publicSlug!);
    const text = JSON.stringify(page);
    expect(page?.document.applicants.list[0]).toEqual({ organisationId: applicant.id, name: "Zdrowie bez Barier" });
    expect(page?.document.applicants.contact).toEqual({});
    expect(page?.document.description.place).toBe("Opole");
    for (const personal of ["biuro@example.org", "77 123", "Anna Kowalska", "600 100 200", "anna@example.org"])
      expect(text).not.toContain(personal);
    // An unpublished case has no public page.
    const unpublished = await createSmallGrantCase({ institutionId: office.id, organisationId: applicant.id });
    expect(await smallGrantViewer(null, unpublished.id)).toBeNull();
  });
});

describe("remarks", () => {
  it("are taken inside the window from anyone signed in, refused to visitors, and refused after it", async () => {
    const open = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      publishedDaysAgo: 2,
    });
    const closed = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      publishedDaysAgo: 8,
    });
    const body = "Warto dodać badania przesiewowe słuchu.";
    actAs(null);
    expect((await submitSmallGrantRemarkAction({ caseId: open.id, body, actingFor: "" })).serverError).toBe(
      "UNAUTHENTICATED",
    );
    actAs(outsider);
    expect(
      (await submitSmallGrantRemarkAction({ caseId: open.id, body: "za krótka", actingFor: "" })).validationErrors,
    ).toMatchObject({ body: { _errors: ["smallGrantRemarkTooShort"] } });
    const sent = await submitSmallGrantRemarkAction({ caseId: open.id, body: `  ${body}\u200b `, actingFor: "" });
    expect(sent.data).toMatchObject({ submitted: expect.any(String) });
    const remark = await db().smallGrantRemark.findFirstOrThrow({ where: { caseId: open.id } });
    expect(remark.body).toBe(body);
    expect(remark.authorId).toBe(outsider.id);
    // For an organisation the person does not act for: refused, nothing written.
    expect(
      (await submitSmallGrantRemarkAction({ caseId: open.id, body, actingFor: otherOrganisation.id })).serverError,
    ).toBe("FORBIDDEN");
    // For a verified organisation the person represents: signed with its name.
    const neighbours = await createOrganisation({ name: "Sąsiedzi Seniorów (test)", verifiedAt: new Date() });
    await db().organisationMembership.create({
      data: { organisationId: neighbours.id, userId: owner.id, role: "OWNER" },
    });
    const ownerOfTwo = {
      ...owner,
      organisations: [
        ...owner.organisations,
        { organisationId: neighbours.id, role: "OWNER" as const, verified: true },
      ],
    };
    actAs(ownerOfTwo);
    await submitSmallGrantRemarkAction({ caseId: open.id, body, actingFor: neighbours.id });
    expect(
      (await db().smallGrantRemark.findFirstOrThrow({ where: { caseId: open.id, organisationId: neighbours.id } }))
        .authorName,
    ).toBe("Sąsiedzi Seniorów (test)");
    // Not for the offeror itself on its own offer (UX review F-S1): refused in words, and not offered in the form.
    expect((await submitSmallGrantRemarkAction({ caseId: open.id, body, actingFor: applicant.id })).data).toEqual({
      refused: "OWN_OFFER",
    });
    expect(await db().smallGrantRemark.count({ where: { caseId: open.id, organisationId: applicant.id } })).toBe(0);
    const ownersView = await smallGrantViewer({ ...ownerOfTwo, name: "Właściciel" }, open.id);
    expect(ownersView?.signedIn && ownersView.remark?.organisations.map((o) => o.id)).toEqual([neighbours.id]);

    actAs(outsider);
    expect((await submitSmallGrantRemarkAction({ caseId: closed.id, body, actingFor: "" })).data).toEqual({
      refused: "REMARKS_CLOSED",
    });
    expect(await db().smallGrantRemark.count({ where: { caseId: closed.id } })).toBe(0);
    const viewer = await smallGrantViewer({ ...outsider, name: "Ktoś" }, closed.id);
    expect(viewer).toMatchObject({ signedIn: true, remark: null });
    expect(await smallGrantViewer({ ...outsider, name: "Ktoś" }, open.id)).toMatchObject({
      signedIn: true,
      manages: false,
      remark: { caseId: open.id },
    });
    expect(
      await db().notificationEvent.count({ where: { type: "small_grant.remark_submitted", subjectId: open.id } }),
    ).toBe(2);
  });

  it("are answered by the office's official only, and not after the decision", async () => {
    const smallGrant = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      publishedDaysAgo: 1,
    });
    const remark = await db().smallGrantRemark.create({
      data: { caseId: smallGrant.id, authorName: "Jan Nowak", body: "Proszę doprecyzować grupę docelową." },
    });
    const input = { remarkId: remark.id, answer: "Grupą docelową są osoby po 65. roku życia." };
    actAs(null);
    expect((await answerSmallGrantRemarkAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(owner);
    expect((await answerSmallGrantRemarkAction(input)).serverError).toBe("FORBIDDEN");
    actAs(otherOfficial);
    expect((await answerSmallGrantRemarkAction(input)).serverError).toBe("FORBIDDEN");
    actAs(official);
    expect((await answerSmallGrantRemarkAction(input)).data).toEqual({ answered: true });
    expect((await db().smallGrantRemark.findUniqueOrThrow({ where: { id: remark.id } })).answeredById).toBe(
      official.id,
    );
    await db().smallGrantCase.update({ where: { id: smallGrant.id }, data: { stage: "REFUSED" } });
    expect((await answerSmallGrantRemarkAction(input)).data).toEqual({ refused: "CASE_DECIDED" });
  });
});

describe("the decision", () => {
  it("waits for the end of the window, is the office's alone, and cannot exceed the amount asked", async () => {
    const running = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      publishedDaysAgo: 3,
    });
    const ended = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      publishedDaysAgo: 8,
      requestedGrant: 850_000,
    });
    const accept = { caseId: ended.id, decision: "ACCEPTED" as const, amount: "8 000", reason: "" };
    actAs(null);
    expect((await decideSmallGrantAction(accept)).serverError).toBe("UNAUTHENTICATED");
    actAs(owner);
    expect((await decideSmallGrantAction(accept)).serverError).toBe("FORBIDDEN");
    actAs(otherOfficial);
    expect((await decideSmallGrantAction(accept)).serverError).toBe("FORBIDDEN");
    actAs(official);
    expect((await decideSmallGrantAction({ ...accept, caseId: running.id })).data).toEqual({
      refused: "REMARKS_STILL_OPEN",
    });
    expect((await decideSmallGrantAction({ ...accept, amount: "8 500,01" })).validationErrors).toMatchObject({
      amount: { _errors: ["smallGrantAmountAboveRequested"] },
    });
    expect(
      (await decideSmallGrantAction({ caseId: ended.id, decision: "REFUSED", amount: "", reason: "" }))
        .validationErrors,
    ).toMatchObject({ reason: { _errors: ["smallGrantReasonRequired"] } });
    expect((await decideSmallGrantAction(accept)).data).toEqual({ decided: true });
    const row = await db().smallGrantCase.findUniqueOrThrow({ where: { id: ended.id } });
    expect(row).toMatchObject({ stage: "ACCEPTED", awardedAmount: 800_000n, decidedById: official.id });
    expect((await decideSmallGrantAction(accept)).data).toEqual({ refused: "ALREADY_DECIDED" });
    const list = await publicSmallGrantsList();
    expect(list.decided.map((c) => c.id)).toContain(ended.id);
    expect(list.open.map((c) => c.id)).toContain(running.id);
  });
});

describe("the office's page", () => {
  it("lists the year's offers with their clocks and what is used of the share; other years and offices apart", async () => {
    const institution = await createInstitution({ name: "Urząd Widoku", territoryCode: "1607053" });
    await budget(institution.id, 10_000_000);
    const received = await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: applicant.id,
      requestedGrant: 300_000,
    });
    const ended = await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: applicant.id,
      publishedDaysAgo: 8,
    });
    await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: applicant.id,
      receivedAt: new Date(Date.UTC(year - 1, 5, 1)),
    });
    const view = await officeSmallGrantsView(institution.slug, year);
    expect(view?.cases.map((c) => c.id).sort()).toEqual([received.id, ended.id].sort());
    expect(view?.cases.find((c) => c.id === ended.id)?.mayDecide).toBe(true);
    expect(view?.cases.find((c) => c.id === received.id)?.mayDecide).toBe(false);
    expect(view).toMatchObject({ used: 1_150_000, ceiling: 2_000_000, budget: { intakeOpen: true } });
    expect((await officeSmallGrantsView(institution.slug, year - 1))?.cases).toHaveLength(1);
    expect(await officeSmallGrantsView("no-such-office", year)).toBeNull();
  });
});

describe("the limits", () => {
  it("come from the LegalRule rows, a newer row applying from its first Polish day", async () => {
    const before = await smallGrantRules(polish("2029-12-31T23:59"));
    expect(before).toMatchObject({ "smallGrant.maxGrant": 1_000_000, "smallGrant.maxShareOfPlannedBp": 2_000 });
    const old = await db().legalRule.findFirstOrThrow({ where: { key: "smallGrant.maxGrant", validTo: null } });
    await db().legalRule.update({ where: { id: old.id }, data: { validTo: new Date("2030-01-01T00:00:00Z") } });
    const newer = await db().legalRule.create({
      data: {
        key: "smallGrant.maxGrant",
        unit: "grosze",
        valueInt: 2_000_000n,
        validFrom: new Date("2030-01-01T00:00:00Z"),
        source: "Nowelizacja (test)",
      },
    });
    publicDataChanged();
    try {
      expect((await smallGrantRules(polish("2029-12-31T23:59")))["smallGrant.maxGrant"]).toBe(1_000_000);
      const after = await smallGrantRules(polish("2030-01-01T00:30"));
      expect(after["smallGrant.maxGrant"]).toBe(2_000_000);
      // 15 000 zł: above the old limit, within the new one.
      const doc = emptyOfferDocument("SIMPLIFIED_2018", [2030]);
      doc.funding = { grant: 1_500_000, ownFinancial: 0 };
      expect(checkOffer(doc, { kind: "SINGLE", rules: asRuleValues(before) }).map((p) => p.code)).toContain(
        "SG_GRANT_ABOVE_MAX",
      );
      expect(checkOffer(doc, { kind: "SINGLE", rules: asRuleValues(after) }).map((p) => p.code)).not.toContain(
        "SG_GRANT_ABOVE_MAX",
      );
    } finally {
      await db().legalRule.delete({ where: { id: newer.id } });
      await db().legalRule.update({ where: { id: old.id }, data: { validTo: null } });
      publicDataChanged();
    }
  });

  it("count what the organisation and everyone got from this office this year, for the submit's checks", async () => {
    const institution = await createInstitution({ name: "Urząd Liczący", territoryCode: "1609052" });
    await budget(institution.id, 10_000_000);
    const draft = await createOffer({
      template: "SIMPLIFIED_2018",
      institutionId: institution.id,
      leadOrganisationId: applicant.id,
      requestedGrant: 500_000,
    });
    // Pending: the amount asked; accepted: the amount granted; refused: nothing; another organisation: only the pool.
    await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: applicant.id,
      requestedGrant: 300_000,
    });
    const accepted = await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: applicant.id,
      requestedGrant: 900_000,
    });
    await db().smallGrantCase.update({
      where: { id: accepted.id },
      data: { stage: "ACCEPTED", awardedAmount: 700_000n },
    });
    await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: applicant.id,
      stage: "REFUSED",
      requestedGrant: 999_000,
    });
    await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: otherOrganisation.id,
      requestedGrant: 200_000,
    });
    // Last year's and another office's do not count.
    await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: applicant.id,
      requestedGrant: 400_000,
      receivedAt: new Date(Date.UTC(year - 1, 5, 1)),
    });
    await createSmallGrantCase({
      institutionId: otherOffice.id,
      organisationId: applicant.id,
      requestedGrant: 400_000,
    });

    const facts = await smallGrantFacts(draft.id);
    expect(facts).toEqual({
      intakeOpen: true,
      organisationYearUsed: 1_000_000,
      poolUsed: 1_200_000,
      plannedTotal: 10_000_000,
    });
    // 20 % of 100 000 zł = 20 000 zł; 12 000 zł used; the draft asks 5 000 zł (room for 8 000 zł); 10 000 zł exceeds it.
    const rules = asRuleValues(await smallGrantRules(new Date()));
    const doc = emptyOfferDocument("SIMPLIFIED_2018", [year]);
    doc.funding = { grant: 1_000_000, ownFinancial: 0 };
    // The organisation's 10 000 zł used + 10 000 zł asked is exactly its 20 000 zł: allowed; the share is not.
    const problems = checkOffer(doc, { kind: "SINGLE", rules, facts: { smallGrant: facts } });
    expect(problems.filter((p) => p.code.startsWith("SG_"))).toMatchObject([
      { code: "SG_POOL_SHARE_EXCEEDED", values: { available: 800_000 } },
    ]);
    doc.funding = { grant: 800_000, ownFinancial: 0 };
    expect(
      checkOffer(doc, { kind: "SINGLE", rules, facts: { smallGrant: { ...facts, organisationYearUsed: 1_200_001 } } })
        .map((p) => p.code)
        .filter((code) => code.startsWith("SG_")),
    ).toEqual(["SG_ORGANISATION_YEAR_LIMIT"]);
    await budget(institution.id, 10_000_000, false);
    expect((await smallGrantFacts(draft.id)).intakeOpen).toBe(false);
  });
});

/** "Dzień zdrowia seniora": every field the simplified template requires, 8 500 zł of grant over 60 days. */
function simplifiedSections(organisationId: string, grant = 850_000) {
  return {
    applicants: {
      list: [
        {
          organisationId,
          name: "Zdrowie bez Barier (test)",
          legalForm: "stowarzyszenie",
          register: { kind: "KRS", number: "0000654321" },
          seatAddress: "Opole",
          website: { na: true },
          correspondenceAddress: { na: true },
          email: "biuro@example.org",
          phone: "77 000 00 00",
        },
      ],
      contact: { name: "Jan Nowak", phone: "600 000 000", email: "jan@example.org" },
    },
    description: {
      title: "Dzień zdrowia seniora",
      startsOn: "2027-05-01",
      endsOn: "2027-06-29",
      place: "Opole",
      synopsis: "Badania przesiewowe dla seniorów.",
      goals: "Profilaktyka",
    },
    results: { expected: "200 osób zbadanych" },
    resultsTable: [],
    profile: { previousActivity: "Od 2015 r." },
    costs: {
      lines: [
        { id: "1", category: "ACTION", name: "Badania", unit: "osoba", unitCost: 5_000, qtyMilli: { "2027": 200_000 } },
      ],
    },
    funding: { grant, ownFinancial: 1_000_000 - grant },
    statements: { s1: true, s2: true, s3: "NO_ARREARS", s4: "NO_ARREARS", s5: "KRS", s6: true, s7: true },
  };
}
const allAtZero = (sections: object) => Object.fromEntries(Object.keys(sections).map((key) => [key, 0]));

describe("submitting a small-grant offer", () => {
  it("is the lead's owner's or editor's alone, refuses a stale page, and names the limit broken in words", async () => {
    const institution = await createInstitution({ name: "Urząd Przyjmujący", territoryCode: "1609062" });
    await budget(institution.id, 20_000_000);
    const sections = simplifiedSections(applicant.id);
    const draft = await createOffer({
      template: "SIMPLIFIED_2018",
      institutionId: institution.id,
      leadOrganisationId: applicant.id,
      sections,
    });
    const input = { offerId: draft.id, revisions: allAtZero(sections), locale: "pl" as const };
    actAs(null);
    expect((await submitSmallGrantOfferAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(await createMember(otherOrganisation.id, "OWNER"));
    expect((await submitSmallGrantOfferAction(input)).serverError).toBe("FORBIDDEN");
    actAs(await createOfficial(institution.id));
    expect((await submitSmallGrantOfferAction(input)).serverError).toBe("FORBIDDEN");
    actAs(await createMember(applicant.id, "MEMBER"));
    expect((await submitSmallGrantOfferAction(input)).serverError).toBe("FORBIDDEN");

    actAs(owner);
    expect(
      (await submitSmallGrantOfferAction({ ...input, revisions: { ...input.revisions, funding: 3 } })).data,
    ).toEqual({
      refused: "STALE_DRAFT",
    });
    // Another 16 000 zł already pending at this office: 20 % of 200 000 zł leaves 24 000 zł, but only
    // 4 000 zł remain of the organisation's 20 000 zł a year.
    await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: applicant.id,
      requestedGrant: 1_600_000,
    });
    const refused = await submitSmallGrantOfferAction(input);
    expect(refused.validationErrors).toMatchObject({
      "funding.grant": { _errors: [expect.stringMatching(/najwyżej o 4\s?000,00\szł/)] },
    });
    expect((await db().offer.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    await db().smallGrantCase.updateMany({
      where: { offer: { institutionId: institution.id, id: { not: draft.id } } },
      data: { stage: "REFUSED" },
    });

    const submitted = await submitSmallGrantOfferAction(input);
    expect(submitted.data).toMatchObject({
      shortChecksum: expect.stringMatching(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/),
    });
    const offer = await db().offer.findUniqueOrThrow({
      where: { id: draft.id },
      include: { currentVersion: true, smallGrantCase: true },
    });
    expect(offer).toMatchObject({ status: "SUBMITTED", requestedGrant: 850_000n, title: "Dzień zdrowia seniora" });
    expect(offer.currentVersion).toMatchObject({ number: 1, requestedGrant: 850_000n, totalCost: 1_000_000n });
    expect(offer.smallGrantCase).toMatchObject({ stage: "RECEIVED", receivedAt: offer.currentVersion!.submittedAt });
    expect(offer.smallGrantCase!.publishDueBy).toEqual(publishDueBy(offer.currentVersion!.submittedAt, 7));
    expect((await submitSmallGrantOfferAction(input)).data).toEqual({ refused: "OFFER_NOT_DRAFT" });
    // Published, its page shows the office the submitted text without the contact person.
    actAs(await createOfficial(institution.id));
    const { data } = await publishSmallGrantAction({ caseId: offer.smallGrantCase!.id });
    const page = await publicSmallGrant((data as { slug: string }).slug);
    expect(page?.document.description.title).toBe("Dzień zdrowia seniora");
    expect(JSON.stringify(page)).not.toContain("Jan Nowak");
  });
});

describe("submitting for an organisation no longer verified", () => {
  it("is refused, naming it, and writes no version", async () => {
    const lead = await createOrganisation({ name: "Cofnięta Weryfikacja (test)", verifiedAt: new Date() });
    const sections = simplifiedSections(lead.id);
    const draft = await createOffer({
      template: "SIMPLIFIED_2018",
      institutionId: office.id,
      leadOrganisationId: lead.id,
      sections,
    });
    await db().organisation.update({ where: { id: lead.id }, data: { verifiedAt: null } });
    actAs(await createMember(lead.id, "OWNER"));
    const refused = await submitSmallGrantOfferAction({
      offerId: draft.id,
      revisions: allAtZero(sections),
      locale: "pl",
    });
    expect(JSON.stringify(refused.validationErrors)).toContain("Cofnięta Weryfikacja (test) nie jest zweryfikowana");
    expect(await db().offerVersion.count({ where: { offerId: draft.id } })).toBe(0);
  });
});

describe("the case the submit opens and the minutely job", () => {
  it("open a case with the working-day clock of the receipt day and tell the office's officials", async () => {
    const offer = await createOffer({
      template: "SIMPLIFIED_2018",
      institutionId: office.id,
      leadOrganisationId: applicant.id,
      title: "Warsztaty",
      submitted: true,
      submittedAt: polish("2027-03-25T11:00"),
    });
    const created = await db().$transaction((tx) =>
      openSmallGrantCase(tx, offer, { submittedAt: polish("2027-03-25T11:00"), submittedById: owner.id }),
    );
    const row = await db().smallGrantCase.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.publishDueBy).toEqual(publishDueBy(polish("2027-03-25T11:00"), 7));
    expect(row.publishDueBy.toISOString()).toBe("2027-04-06T22:00:00.000Z");
    expect(await db().notificationEvent.count({ where: { type: "small_grant.received", subjectId: row.id } })).toBe(1);
  });

  it("close ended windows and warn of a nearing publish-by day once", async () => {
    const ended = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      publishedDaysAgo: 9,
    });
    const due = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      receivedAt: new Date(Date.now() - 8 * 86_400_000),
    });
    const first = await advanceSmallGrants();
    expect(first.closed).toBeGreaterThanOrEqual(1);
    expect((await db().smallGrantCase.findUniqueOrThrow({ where: { id: ended.id } })).stage).toBe("REMARKS_CLOSED");
    await advanceSmallGrants();
    expect(await db().notificationEvent.count({ where: { type: "small_grant.publish_due", subjectId: due.id } })).toBe(
      1,
    );
  });
});

describe("two submissions at the same moment", () => {
  it("cannot both take the organisation's last room under its yearly limit", async () => {
    const institution = await createInstitution({ name: "Urząd Równoczesny", territoryCode: "1601052" });
    await budget(institution.id, 20_000_000);
    const organisation = await createOrganisation({ name: "Równoczesna Fundacja", verifiedAt: new Date() });
    const representative = await createMember(organisation.id, "OWNER");
    // 4 000 zł pending already; each offer asks 8 500 zł: one fits under 20 000 zł a year, both do not.
    await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: organisation.id,
      requestedGrant: 400_000,
    });
    const drafts = [];
    for (let i = 0; i < 2; i++) {
      const sections = simplifiedSections(organisation.id);
      const draft = await createOffer({
        template: "SIMPLIFIED_2018",
        institutionId: institution.id,
        leadOrganisationId: organisation.id,
        sections,
      });
      drafts.push({ offerId: draft.id, revisions: allAtZero(sections) });
    }
    const outcomes = await Promise.allSettled(
      drafts.map((input) => submitSmallGrantOffer(input, { id: representative.id }, "pl")),
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const ids = drafts.map((draft) => draft.offerId);
    expect(await db().offer.count({ where: { id: { in: ids }, status: "SUBMITTED" } })).toBe(1);
  });
});

describe("the submit page of a small-grant offer", () => {
  it("reviews it against the small-grant limits of the office's intake (it has no competition)", async () => {
    const sections = simplifiedSections(applicant.id, 1_200_000);
    const draft = await createOffer({
      template: "SIMPLIFIED_2018",
      institutionId: office.id,
      leadOrganisationId: applicant.id,
      sections,
    });
    const review = await submissionReview(draft.id, owner, "pl");
    expect(review).toMatchObject({ smallGrant: true, competition: null, accepting: true });
    expect(review!.errors.map((error) => error.text).join(" ")).toMatch(/10\s000,00\szł/);
    expect(await submissionReview(draft.id, outsider, "pl")).toBeNull();
  });
});

describe("a small grant's applicants", () => {
  it("are one organisation: a co-applicant is refused when added, and a draft naming one is not submitted", async () => {
    const institution = await createInstitution({ name: "Urząd Jednego Oferenta", territoryCode: "1603062" });
    await budget(institution.id);
    const organisation = await createOrganisation({ name: "Fundacja Samodzielna", verifiedAt: new Date() });
    const partner = await createOrganisation({ name: "Stowarzyszenie Dopisane", verifiedAt: new Date() });
    const representative = await createMember(organisation.id, "OWNER");
    const sections = simplifiedSections(organisation.id);
    const draft = await createOffer({
      template: "SIMPLIFIED_2018",
      institutionId: institution.id,
      leadOrganisationId: organisation.id,
      sections,
    });
    await expect(addCoApplicant(draft.id, partner.id, representative)).rejects.toMatchObject({
      refusal: "JOINT_NOT_ALLOWED",
    });
    expect(await db().offerCoApplicant.count({ where: { offerId: draft.id } })).toBe(0);
    // A row written before small grants refused co-applicants: the submit would publish the partner's name unasked.
    await db().offerCoApplicant.create({ data: { offerId: draft.id, organisationId: partner.id, position: 0 } });
    await expect(
      submitSmallGrantOffer({ offerId: draft.id, revisions: allAtZero(sections) }, { id: representative.id }, "pl"),
    ).rejects.toMatchObject({ refusal: "JOINT_NOT_ALLOWED" });
    expect(await db().offer.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } })).toEqual({
      status: "DRAFT",
    });
  });
});
