// The office's decision and the results (issue 26, S4): who may decide (the
// competition's office only: not another office, not the platform's
// administrator, not an applicant, not a visitor), the commission's opinion
// first, the pool, cut reasons, true annulment grounds, publication refused
// while anything is undecided, then what publication writes and tells, the
// results as everyone reads them, the 30 days for reasons requests (day 30
// taken, day 31 refused) and their answers, and the notice's documents.

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  annulTaskAction,
  answerReasonsAction,
  decideTaskAction,
  publishResultsAction,
  recordChannelsAction,
  recordPaperRequestAction,
  requestReasonsAction,
  saveDecisionSettingsAction,
  withdrawTaskDecisionAction,
} from "@/lib/competitions/decision/actions";
import { handleCompetitionResults } from "@/lib/competitions/decision/open-data";
import { decisionPageView } from "@/lib/competitions/decision/queries";
import { openApiDocument } from "@/lib/directory/openapi";
import { toPublicResults } from "@/lib/competitions/decision/open-data";
import { grantsQuery, handleGrants, listGrants } from "@/lib/competitions/decision/grants";
import { generateNoticeFiles } from "@/lib/competitions/decision/notice-job";
import { requestReasons } from "@/lib/competitions/decision/reasons";
import { resultsView } from "@/lib/competitions/decision/results-view";
import { competitionViewer } from "@/lib/competitions/viewer";
import { offerStageOf } from "@/lib/offers/status-view";
import JSZip from "jszip";
import { db } from "@/lib/db/client";
import { fileStore } from "@/lib/files/store";
import { createCompetition } from "@/tests/factories/competitions";
import { createAssessment, createCommission, createFormalReview } from "@/tests/factories/evaluation";
import { createInstitution } from "@/tests/factories/institutions";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import {
  createActor,
  createAdministrator,
  createMember,
  createPerson,
  createOfficial,
  type TestActor,
} from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { drainQueue } from "@/tests/helpers/jobs";
import { actAs } from "@/tests/helpers/session";

const DAY = 24 * 3600 * 1000;

/** An office in a gmina no other test office has (one office per territory). */
async function anotherOffice() {
  const free = await db().territory.findFirstOrThrow({
    where: { kind: "RURAL_GMINA", code: { startsWith: "16" }, institutions: { none: {} } },
    select: { code: true },
  });
  return createInstitution({ territoryCode: free.code });
}

let officeId: string;
let official: TestActor;
let leadId: string;
let partnerId: string;
let thirdId: string;

beforeAll(async () => {
  await createInstanceSettings();
  officeId = (await anotherOffice()).id;
  official = await createOfficial(officeId);
  leadId = (await createOrganisation({ name: "Stowarzyszenie Rozstrzygane", verifiedAt: new Date() })).id;
  partnerId = (await createOrganisation({ name: "Fundacja Partnerska", verifiedAt: new Date() })).id;
  thirdId = (await createOrganisation({ name: "Klub Trzeci", verifiedAt: new Date() })).id;
});

/** A competition past its deadline with one task of `pool` grosze and offers with their formal state. */
async function closedCompetition(
  offers: { lead: string; coApplicants?: string[]; requested: number; formal: "COMPLETE" | "REJECTED" | "PENDING" }[],
  options: { pool?: number; commission?: "CLOSED" | "ACTIVE" | null; tasks?: number } = {},
) {
  const competition = await createCompetition({
    institutionId: officeId,
    opensInDays: -40,
    deadlineInDays: -10,
    tasks: Array.from({ length: options.tasks ?? 1 }, () => ({ pool: options.pool ?? 10_000_000 })),
  });
  const task = competition.tasks[0]!;
  const created = [];
  for (const spec of offers) {
    const offer = await createOffer({
      taskId: task.id,
      leadOrganisationId: spec.lead,
      coApplicantIds: spec.coApplicants,
      submitted: true,
      submittedAt: new Date(Date.now() - 12 * DAY),
      requestedGrant: spec.requested,
      totalCost: spec.requested * 2,
    });
    await createFormalReview({
      offerId: offer.id,
      status: spec.formal,
      rejectionReason: spec.formal === "REJECTED" ? "Oferta złożona na niewłaściwym formularzu." : undefined,
    });
    created.push(offer);
  }
  const commission = options.commission === undefined ? "CLOSED" : options.commission;
  if (commission) await createCommission({ competitionId: competition.id, status: commission });
  return { competition, task, offers: created };
}

const fund = (offerId: string, amount: string, reason = "") => ({ offerId, amount, reason });

describe("who may decide", () => {
  it("refuses a visitor, an applicant, another office's official and the platform's administrator", async () => {
    const { competition, task, offers } = await closedCompetition([
      { lead: leadId, requested: 5_000_000, formal: "COMPLETE" },
    ]);
    const input = {
      competitionId: competition.id,
      taskId: task.id,
      choices: [fund(offers[0]!.id, "50000")],
      reason: "",
      actReference: "",
    };
    actAs(null);
    expect((await decideTaskAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(await createMember(leadId, "OWNER"));
    expect((await decideTaskAction(input)).serverError).toMatch(/FORBIDDEN|NOT_FOUND/);
    actAs(await createOfficial((await anotherOffice()).id));
    expect((await decideTaskAction(input)).serverError).toMatch(/FORBIDDEN|NOT_FOUND/);
    actAs(await createAdministrator());
    expect((await decideTaskAction(input)).serverError).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(await db().taskDecision.count({ where: { taskId: task.id } })).toBe(0);
    actAs(official);
    expect((await decideTaskAction(input)).data).toEqual({ decided: true });
  });
});

describe("deciding a task", () => {
  beforeEach(() => actAs(official));

  it("waits for the commission's opinion, except to annul a task without offers", async () => {
    const { competition, task, offers } = await closedCompetition(
      [{ lead: leadId, requested: 5_000_000, formal: "COMPLETE" }],
      { commission: "ACTIVE", tasks: 2 },
    );
    expect(
      await decideTaskAction({
        competitionId: competition.id,
        taskId: task.id,
        choices: [fund(offers[0]!.id, "50000")],
        reason: "",
        actReference: "",
      }),
    ).toMatchObject({ data: { refused: "COMMISSION_OPINION_MISSING" } });
    const empty = competition.tasks[1]!;
    expect(
      await annulTaskAction({
        competitionId: competition.id,
        taskId: empty.id,
        ground: "NO_OFFERS",
        reason: "Nie wpłynęła żadna oferta.",
        actReference: "",
      }),
    ).toMatchObject({ data: { annulled: true } });
  });

  it("refuses a sum above the pool and a cut without its reason, writing nothing", async () => {
    const { competition, task, offers } = await closedCompetition(
      [
        { lead: leadId, requested: 6_000_000, formal: "COMPLETE" },
        { lead: thirdId, requested: 5_000_000, formal: "COMPLETE" },
      ],
      { pool: 10_000_000 },
    );
    const base = { competitionId: competition.id, taskId: task.id, reason: "", actReference: "" };
    expect(
      await decideTaskAction({
        ...base,
        choices: [fund(offers[0]!.id, "60000"), fund(offers[1]!.id, "40000,01", "Cięcie")],
      }),
    ).toMatchObject({ data: { refused: "POOL_EXCEEDED" } });
    expect(
      await decideTaskAction({
        ...base,
        choices: [fund(offers[0]!.id, "55000"), fund(offers[1]!.id, "45000", "Cięcie")],
      }),
    ).toMatchObject({ data: { refused: "CUT_REASON_REQUIRED" } });
    expect(await db().offerDecision.count({ where: { taskId: task.id } })).toBe(0);
    expect(await db().taskAward.count({ where: { taskId: task.id } })).toBe(0);
  });

  it("refuses an annulment whose ground is not true", async () => {
    const { competition, task } = await closedCompetition([
      { lead: leadId, requested: 5_000_000, formal: "COMPLETE" },
      { lead: thirdId, requested: 5_000_000, formal: "REJECTED" },
    ]);
    const base = { competitionId: competition.id, taskId: task.id, reason: "Brak ofert.", actReference: "" };
    expect(await annulTaskAction({ ...base, ground: "NO_OFFERS" })).toMatchObject({
      data: { refused: "ANNULMENT_GROUND_FALSE" },
    });
    expect(await annulTaskAction({ ...base, ground: "NO_VALID_OFFER" })).toMatchObject({
      data: { refused: "ANNULMENT_GROUND_FALSE" },
    });
  });

  it("annuls when every offer was rejected formally, recording each offer's formal outcome", async () => {
    const { competition, task, offers } = await closedCompetition([
      { lead: leadId, requested: 5_000_000, formal: "REJECTED" },
    ]);
    expect(
      await annulTaskAction({
        competitionId: competition.id,
        taskId: task.id,
        ground: "NO_VALID_OFFER",
        reason: "Jedyna oferta odrzucona formalnie.",
        actReference: "Zarządzenie nr 1/2027",
      }),
    ).toMatchObject({ data: { annulled: true } });
    expect(await db().offerDecision.findUniqueOrThrow({ where: { offerId: offers[0]!.id } })).toMatchObject({
      outcome: "REJECTED_FORMAL",
      reason: "Oferta złożona na niewłaściwym formularzu.",
    });
  });
});

describe("publishing the results", () => {
  beforeEach(() => actAs(official));

  it("is refused while a task or an offer is undecided, then tells everyone and shows the results", async () => {
    const { competition, task, offers } = await closedCompetition(
      [
        { lead: leadId, coApplicants: [partnerId], requested: 6_000_000, formal: "COMPLETE" },
        { lead: thirdId, requested: 5_000_000, formal: "COMPLETE" },
        { lead: thirdId, requested: 3_000_000, formal: "REJECTED" },
      ],
      { pool: 10_000_000, tasks: 2 },
    );
    const partnerEditor = await createPerson({ organisations: [{ id: partnerId, role: "EDITOR" }] });
    const [joint, single, rejected] = offers as [(typeof offers)[0], (typeof offers)[0], (typeof offers)[0]];
    expect(await publishResultsAction({ competitionId: competition.id })).toMatchObject({
      data: { refused: "TASKS_UNDECIDED" },
    });
    expect(
      await decideTaskAction({
        competitionId: competition.id,
        taskId: task.id,
        choices: [fund(joint.id, "60 000,00"), fund(single.id, "40000", "Koszty promocji zawyżone.")],
        reason: "",
        actReference: "Zarządzenie nr 12/2027",
      }),
    ).toEqual({ data: { decided: true } });
    // The second task had no offer: annulled, without the commission's word.
    await annulTaskAction({
      competitionId: competition.id,
      taskId: competition.tasks[1]!.id,
      ground: "NO_OFFERS",
      reason: "Nie wpłynęła żadna oferta.",
      actReference: "",
    });
    // An offer arriving undecided (a late correction, say) blocks publication.
    const late = await createOffer({ taskId: task.id, leadOrganisationId: partnerId, submitted: true });
    expect(await publishResultsAction({ competitionId: competition.id })).toMatchObject({
      data: { refused: "OFFERS_UNDECIDED" },
    });
    await db().offer.update({ where: { id: late.id }, data: { status: "WITHDRAWN" } });

    expect(await db().offerDecision.findUniqueOrThrow({ where: { offerId: rejected.id } })).toMatchObject({
      outcome: "REJECTED_FORMAL",
    });
    // Until the results are published the applicants see the evaluation going on, not the decision.
    expect(await offerStageOf(single.id)).toEqual({ stage: "UNDER_EVALUATION" });
    const published = await publishResultsAction({ competitionId: competition.id });
    expect(await offerStageOf(single.id)).toEqual({ stage: "FUNDED", amount: 4_000_000 });
    expect(published.data).toMatchObject({ noticeId: expect.any(String) });
    const after = await db().competition.findUniqueOrThrow({ where: { id: competition.id } });
    expect(after.status).toBe("DECIDED");
    expect(after.resultsPublishedAt).not.toBeNull();
    const awards = await db().taskAward.findMany({ where: { taskId: task.id }, orderBy: { amount: "desc" } });
    expect(awards.map((a) => [a.offerId, a.amount, a.status])).toEqual([
      [joint.id, 6_000_000n, "AWARDED"],
      [single.id, 4_000_000n, "ACCEPTANCE_PENDING"],
    ]);
    expect(awards.every((a) => a.acceptanceDueAt !== null)).toBe(true);

    // Every applicant of every offer (the co-applicant too) hears its outcome; followers hear of the results.
    const outcomes = await db().notificationEvent.findMany({ where: { type: "offer.outcome" } });
    const byOffer = new Map(outcomes.map((event) => [event.subjectId, event]));
    expect(byOffer.get(joint.id)?.data).toMatchObject({ outcome: "FUNDED", amount: "60000.00" });
    expect(byOffer.get(joint.id)?.audience).toMatchObject({
      organisations: [
        { id: leadId, roles: ["OWNER", "EDITOR"] },
        { id: partnerId, roles: ["OWNER", "EDITOR"] },
      ],
    });
    expect(byOffer.get(rejected.id)?.data).toMatchObject({ outcome: "REJECTED_FORMAL" });
    expect(
      await db().notificationEvent.count({
        where: { type: "competition.results_published", subjectId: competition.id },
      }),
    ).toBe(1);
    // The outcome is e-mailed to the co-applicant's editor too, whatever their settings: it starts the acceptance time.
    await drainQueue("mail-send");
    const mail = await db().devMailboxMessage.findFirstOrThrow({ where: { to: partnerEditor.email } });
    expect(mail.subject).toBe("Wynik konkursu dla oferty „Oferta testowa”");
    expect(mail.text).toMatch(/60\s000,00/);
    expect(mail.text).toMatch(/czas do/);

    // Decided for good: no change after publication.
    expect(await withdrawTaskDecisionAction({ competitionId: competition.id, taskId: task.id })).toMatchObject({
      data: { refused: "RESULTS_PUBLISHED" },
    });

    const results = (await resultsView({ slug: competition.slug }))!;
    expect(results.tasks[0]!.awards.map((a) => [a.recipientName, a.amount, a.coApplicants.map((c) => c.name)])).toEqual(
      [
        ["Stowarzyszenie Rozstrzygane", 6_000_000, ["Fundacja Partnerska"]],
        ["Klub Trzeci", 4_000_000, []],
      ],
    );
    expect(results.tasks[0]!.unfunded.map((u) => u.outcome)).toEqual(["REJECTED_FORMAL"]);
    expect(results.tasks[1]).toMatchObject({ outcome: "ANNULLED", annulmentGround: "NO_OFFERS" });
    const open = toPublicResults(results);
    expect(open.tasks[0]!.awards[1]).toMatchObject({ amount: "40000.00", organisation: { name: "Klub Trzeci" } });

    // The notice as the BIP document: a PDF and a DOCX, stored once.
    const noticeId = (published.data as { noticeId: string }).noticeId;
    const files = (await generateNoticeFiles(noticeId))!;
    const pdf = await db().storedFile.findUniqueOrThrow({ where: { id: files.pdfFileId } });
    const bytes = await fileStore().get(pdf.storageKey);
    expect(Buffer.from(bytes!).subarray(0, 4).toString()).toBe("%PDF");
    expect(await generateNoticeFiles(noticeId)).toEqual(files);
    const docx = await db().storedFile.findUniqueOrThrow({ where: { id: files.docxFileId } });
    const zip = await JSZip.loadAsync((await fileStore().get(docx.storageKey))!);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Ogłoszenie o wynikach otwartego konkursu ofert");
    expect(xml).toContain("Fundacja Partnerska");
    expect(xml).toContain("art. 18a ust. 1 pkt 1");

    // The applicant's own outcome comes with the page's reader answer.
    const member = await createMember(partnerId, "MEMBER");
    const viewer = await competitionViewer(member, competition.id);
    expect(viewer).toMatchObject({
      signedIn: true,
      results: { mayRequestReasons: true, ownOutcomes: [{ offerId: joint.id, outcome: "FUNDED", amount: 6_000_000 }] },
    });
  });
});

describe("reasons requests", () => {
  it("takes a request on day 30 and refuses it on day 31, counted from the last channel day", async () => {
    actAs(official);
    const { competition, task, offers } = await closedCompetition([
      { lead: leadId, requested: 5_000_000, formal: "COMPLETE" },
    ]);
    await decideTaskAction({
      competitionId: competition.id,
      taskId: task.id,
      choices: [{ offerId: offers[0]!.id, amount: "", reason: "Za mało punktów." }],
      reason: "Jedyna oferta nie uzyskała minimum punktów.",
      actReference: "",
    });
    const { data } = await publishResultsAction({ competitionId: competition.id });
    const noticeId = (data as { noticeId: string }).noticeId;
    // Published on the platform now; recorded in the three channels on 1-3 March 2027 (in the past of the clock
    // is fine: the window counts from the last of them).
    expect(
      await recordChannelsAction({
        competitionId: competition.id,
        noticeId,
        bipOn: "2027-03-01",
        noticeBoardOn: "2027-03-03",
        websiteOn: "2027-03-02",
        bipUrl: "https://bip.example.org/wyniki",
      }),
    ).toEqual({ data: { saved: true } });
    await db().resultsNotice.update({
      where: { id: noticeId },
      data: { publishedAt: new Date("2027-03-01T09:00:00Z") },
    });
    const resident = await createActor();
    // Day 30 after 3 March is 2 April (summer time): the last minute of it is taken, the first of 3 April is not.
    await expect(
      requestReasons(
        competition.id,
        { offerId: offers[0]!.id, body: "Dlaczego?" },
        resident.id,
        null,
        new Date("2027-04-02T21:59:00Z"),
      ),
    ).resolves.toMatchObject({ requestId: expect.any(String) });
    await expect(
      requestReasons(
        competition.id,
        { offerId: null, body: "A cały konkurs?" },
        resident.id,
        null,
        new Date("2027-04-02T22:00:00Z"),
      ),
    ).rejects.toMatchObject({ refusal: "REASONS_REQUEST_LATE" });

    const request = await db().reasonsRequest.findFirstOrThrow({ where: { competitionId: competition.id } });
    expect(request.answerDueOn.toISOString().slice(0, 10)).toBe("2027-04-16");
    // Another office's official cannot answer; the office's can, once; the requester is told.
    actAs(await createOfficial((await anotherOffice()).id));
    const answer = { competitionId: competition.id, requestId: request.id, answer: "Oferta uzyskała 12 z 40 punktów." };
    expect((await answerReasonsAction(answer)).serverError).toMatch(/FORBIDDEN|NOT_FOUND/);
    actAs(official);
    expect(await answerReasonsAction(answer)).toEqual({ data: { answered: true } });
    expect(await answerReasonsAction(answer)).toMatchObject({ data: { refused: "ALREADY_ANSWERED" } });
    const told = await db().notificationEvent.findFirst({
      where: { type: "competition.reasons_answered", subjectId: competition.id },
    });
    expect(told?.audience).toEqual({ users: [resident.id] });
  });

  it("limits one person's requests, so an office is not flooded", async () => {
    actAs(official);
    const { competition, task, offers } = await closedCompetition([
      { lead: leadId, requested: 5_000_000, formal: "COMPLETE" },
    ]);
    await decideTaskAction({
      competitionId: competition.id,
      taskId: task.id,
      choices: [{ offerId: offers[0]!.id, amount: "", reason: "Za mało punktów." }],
      reason: "Jedyna oferta nie uzyskała minimum punktów.",
      actReference: "",
    });
    await publishResultsAction({ competitionId: competition.id });
    const asker = await createActor();
    const ask = () => requestReasons(competition.id, { offerId: null, body: "Dlaczego?" }, asker.id, null);
    for (let i = 0; i < 5; i++) await expect(ask()).resolves.toMatchObject({ requestId: expect.any(String) });
    await expect(ask()).rejects.toMatchObject({ refusal: "TOO_MANY_REQUESTS" });
    expect(await db().reasonsRequest.count({ where: { competitionId: competition.id, requesterId: asker.id } })).toBe(
      5,
    );
  });

  it("lets anyone signed in ask through the action, and nobody before the results", async () => {
    const { competition } = await closedCompetition([{ lead: leadId, requested: 5_000_000, formal: "COMPLETE" }]);
    actAs(null);
    expect(
      (await requestReasonsAction({ competitionId: competition.id, offerId: "", body: "Proszę o uzasadnienie." }))
        .serverError,
    ).toBe("UNAUTHENTICATED");
    actAs(await createActor());
    expect(
      await requestReasonsAction({ competitionId: competition.id, offerId: "", body: "Proszę o uzasadnienie." }),
    ).toMatchObject({
      data: { refused: "RESULTS_NOT_PUBLISHED" },
    });
  });
});

describe("a competition decided before the platform held decisions (the demo's)", () => {
  it("shows its awards on the results page", async () => {
    const competition = await createCompetition({
      institutionId: officeId,
      status: "DECIDED",
      deadlineInDays: -60,
      opensInDays: -90,
    });
    await db().taskAward.create({
      data: {
        taskId: competition.tasks[0]!.id,
        organisationId: leadId,
        recipientName: "Stowarzyszenie Rozstrzygane",
        amount: 1_234_500n,
        decidedAt: new Date(Date.now() - 30 * DAY),
      },
    });
    const results = (await resultsView({ slug: competition.slug }))!;
    expect(results.notices).toEqual([]);
    expect(results.reasonsUntil).toBeNull();
    expect(results.tasks[0]!.awards).toMatchObject([
      { recipientName: "Stowarzyszenie Rozstrzygane", amount: 1_234_500 },
    ]);
  });
});

describe("grants as open data", () => {
  it("lists published awards of an office page by page, not those of an unpublished decision", async () => {
    const office = (await anotherOffice()).id;
    const decided = await createCompetition({
      institutionId: office,
      status: "DECIDED",
      deadlineInDays: -60,
      opensInDays: -90,
    });
    const pending = await createCompetition({ institutionId: office, deadlineInDays: -5, opensInDays: -40 });
    const award = (taskId: string, amount: bigint, daysAgo: number) =>
      db().taskAward.create({
        data: {
          taskId,
          organisationId: leadId,
          recipientName: "Stowarzyszenie Rozstrzygane",
          amount,
          decidedAt: new Date(Date.now() - daysAgo * DAY),
        },
      });
    await award(decided.tasks[0]!.id, 1_000_000n, 20);
    await award(decided.tasks[0]!.id, 2_000_005n, 10);
    await award(pending.tasks[0]!.id, 3_000_000n, 1);
    const first = await listGrants({ institution: office }, null, 1);
    expect(first.items.map((g) => g.amount)).toEqual(["10000.00"]);
    expect(first.next).not.toBeNull();
    const cursor = JSON.parse(Buffer.from(first.next!, "base64url").toString("utf8"));
    const second = await listGrants({ institution: office }, cursor, 1);
    expect(second.items.map((g) => [g.amount, g.source, g.competition?.slug])).toEqual([
      ["20000.05", "competition", decided.slug],
    ]);
    expect(second.next).toBeNull();
    expect((await listGrants({ institution: office, form: "ENTRUSTMENT" }, null, 10)).items).toEqual([]);

    // Through the API: a typo in a parameter is named, not ignored; CSV carries the same page.
    const get = (query: string) =>
      handleGrants(new Request(`http://x/api/v1/grants?${query}`), { params: Promise.resolve({}) });
    const typo = await get(`institutoin=${office}`);
    expect(typo.status).toBe(400);
    expect(await typo.json()).toMatchObject({ error: { code: "INVALID_PARAMETERS", parameters: ["institutoin"] } });
    const csv = await get(`institution=${office}&format=csv`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain("20000.05");
  });
});

describe("the office's settings and the decision page", () => {
  it("shows the commission's proposals to the office only, and keeps settings until the results are out", async () => {
    const { competition, task, offers } = await closedCompetition([
      { lead: leadId, requested: 5_000_000, formal: "COMPLETE" },
    ]);
    const commission = await db().commission.findUniqueOrThrow({ where: { competitionId: competition.id } });
    await createAssessment({ offerId: offers[0]!.id, commissionId: commission.id, proposedAmount: 4_500_000 });
    expect(await decisionPageView(competition.slug, await createOfficial((await anotherOffice()).id))).toBeNull();
    const view = (await decisionPageView(competition.slug, official))!;
    expect(view.tasks[0]!.offers[0]).toMatchObject({
      requested: 5_000_000,
      proposed: 4_500_000,
      cutReason: "Koszty zawyżone w pozycji 3.",
      formal: "COMPLETE",
    });
    actAs(official);
    const settings = {
      competitionId: competition.id,
      acceptanceDays: "14",
      reasonsAnswerDays: "30",
      resultsListUnfunded: false,
    };
    expect(await saveDecisionSettingsAction(settings)).toEqual({ data: { saved: true } });
    expect(await saveDecisionSettingsAction({ ...settings, acceptanceDays: "0" })).toMatchObject({
      validationErrors: expect.anything(),
    });
    await decideTaskAction({
      competitionId: competition.id,
      taskId: task.id,
      choices: [fund(offers[0]!.id, "45000", "Jak zaproponowała komisja.")],
      reason: "",
      actReference: "",
    });
    await publishResultsAction({ competitionId: competition.id });
    expect(await saveDecisionSettingsAction(settings)).toMatchObject({ data: { refused: "RESULTS_PUBLISHED" } });
    // 14 days to accept, counted from today's Polish day.
    const award = await db().taskAward.findFirstOrThrow({ where: { taskId: task.id } });
    expect(award.acceptanceDueAt!.getTime() - Date.now()).toBeGreaterThan(13 * DAY);
    expect(award.acceptanceDueAt!.getTime() - Date.now()).toBeLessThanOrEqual(15 * DAY);
  });
});

describe("the results in the open data", () => {
  it("answers 404 before publication and the results after, as the OpenAPI document describes", async () => {
    const { competition, task, offers } = await closedCompetition([
      { lead: leadId, requested: 5_000_000, formal: "COMPLETE" },
    ]);
    const get = (slug: string) =>
      handleCompetitionResults(new Request(`http://x/api/v1/competitions/${slug}/results`), {
        params: Promise.resolve({ slug }),
      });
    expect((await get(competition.slug)).status).toBe(404);
    actAs(official);
    await decideTaskAction({
      competitionId: competition.id,
      taskId: task.id,
      choices: [fund(offers[0]!.id, "50000")],
      reason: "",
      actReference: "",
    });
    await publishResultsAction({ competitionId: competition.id });
    const answer = await get(competition.slug);
    expect(answer.status).toBe(200);
    expect((await answer.json()).data.tasks[0].awards[0]).toMatchObject({ amount: "50000.00" });
    const document = openApiDocument("https://example.org");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/competitions/{slug}/results", "/grants"]));
    const described = (document.paths["/grants"] as { get: { parameters: { name: string }[] } }).get.parameters
      .map((p) => p.name)
      .sort();
    expect(described).toEqual(Object.keys(grantsQuery.shape).sort());
  });
});

describe("requests that came on paper", () => {
  it("are recorded by the office with the day received (not a future day, not after day 30), and answered by e-mail", async () => {
    actAs(official);
    const { competition, task, offers } = await closedCompetition([
      { lead: leadId, requested: 5_000_000, formal: "COMPLETE" },
    ]);
    await decideTaskAction({
      competitionId: competition.id,
      taskId: task.id,
      choices: [fund(offers[0]!.id, "50000")],
      reason: "",
      actReference: "",
    });
    const published = await publishResultsAction({ competitionId: competition.id });
    const noticeId = (published.data as { noticeId: string }).noticeId;
    // The results went out on 1 October 2026 (before today): requests are taken through 31 October.
    await db().resultsNotice.update({
      where: { id: noticeId },
      data: { publishedAt: new Date("2026-10-01T08:00:00Z") },
    });
    const paper = {
      competitionId: competition.id,
      requesterName: "Jan Kowalski",
      requesterEmail: "jan.kowalski@example.org",
      offerId: offers[0]!.id,
      body: "Proszę o uzasadnienie wyboru.",
    };
    expect(await recordPaperRequestAction({ ...paper, receivedOn: "2100-01-01" })).toMatchObject({
      data: { refused: "RECEIVED_IN_FUTURE" },
    });
    expect(await recordPaperRequestAction({ ...paper, receivedOn: "2026-11-01" })).toMatchObject({
      data: { refused: "REASONS_REQUEST_LATE" },
    });
    // Another office's official cannot record one.
    actAs(await createOfficial((await anotherOffice()).id));
    expect((await recordPaperRequestAction({ ...paper, receivedOn: "2026-10-31" })).serverError).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );
    actAs(official);
    const recorded = await recordPaperRequestAction({ ...paper, receivedOn: "2026-10-31" });
    const requestId = (recorded.data as { requestId: string }).requestId;
    expect(await db().reasonsRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      requesterId: null,
      requesterEmail: "jan.kowalski@example.org",
      recordedById: official.id,
    });
    expect(
      await answerReasonsAction({
        competitionId: competition.id,
        requestId,
        answer: "Oferta uzyskała najwięcej punktów.",
      }),
    ).toEqual({ data: { answered: true } });
    await drainQueue("mail-send");
    const mail = await db().devMailboxMessage.findFirstOrThrow({ where: { to: "jan.kowalski@example.org" } });
    expect(mail.text).toContain("Oferta uzyskała najwięcej punktów.");
  });
});
