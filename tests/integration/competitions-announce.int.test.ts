// Announcing an open competition: who may (the office's officials only), the
// statutory checks before publishing (every required part, three
// publications, the 21 days after the last of them counted on the Polish
// calendar), what publishing keeps and tells, extensions with their history,
// the "same kind this and last year" rows computed from the office's own
// earlier competitions, and the announcement as PDF.

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  addRequirementAction,
  createCompetitionAction,
  extendDeadlineAction,
  publishCompetitionAction,
  saveCommissionCallAction,
  saveHistoryRowAction,
  savePublicationAction,
  removeDocumentAction,
  saveTaskAction,
  updateCompetitionAction,
  updateCompetitionParametersAction,
} from "@/lib/competitions/actions";
import { downloadAnnouncement } from "@/lib/competitions/announcement-handler";
import { downloadDocument, uploadDocument } from "@/lib/competitions/documents/handlers";
import { competitionHistory } from "@/lib/competitions/history";
import { getCompetitionBySlug, getPublishedCompetitionBySlug, readinessOf } from "@/lib/competitions/queries";
import type { CompetitionBasicsInput } from "@/lib/competitions/schemas";
import { db } from "@/lib/db/client";
import { addDays } from "@/lib/time/calendar-days";
import { dateToPolishLocal, polishDay } from "@/lib/time/polish-local";
import { createCompetition } from "@/tests/factories/competitions";
import { createInstitution } from "@/tests/factories/institutions";
import { createOffer } from "@/tests/factories/offers";
import { pdfFile } from "@/tests/factories/document-files";
import { createOrganisation } from "@/tests/factories/organisations";
import { createAdministrator, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";
import { routeContext } from "@/tests/helpers/route-context";

const DAY = 24 * 3600 * 1000;
const year = new Date().getUTCFullYear() + 1;

/** An office in a gmina no other test office has (one office per territory). */
async function anotherOffice() {
  const free = await db().territory.findFirstOrThrow({
    where: { kind: "RURAL_GMINA", code: { startsWith: "16" }, institutions: { none: {} } },
    select: { code: true },
  });
  return createInstitution({ territoryCode: free.code });
}

async function sphereId(code: string) {
  return (await db().publicBenefitSphere.findFirstOrThrow({ where: { code, validTo: null }, select: { id: true } })).id;
}

function basics(overrides: Partial<CompetitionBasicsInput> = {}): CompetitionBasicsInput {
  return {
    title: "Wspieranie aktywności seniorów w roku " + year,
    reference: "WS.524.1." + year,
    summary: "Otwarty konkurs ofert na wsparcie aktywności osób starszych w gminie.",
    awardRules: "Dotacje przyznaje wójt po opinii komisji.",
    implementationTerms: "Zadania realizuje się na terenie gminy.",
    implementationStartsOn: `${year}-02-01`,
    implementationEndsOn: `${year}-12-15`,
    allowedYears: String(year),
    offersOpenAt: dateToPolishLocal(new Date(Date.now() + DAY)),
    offersDeadline: dateToPolishLocal(new Date(Date.now() + 40 * DAY)),
    selectionProcedure: "Komisja ocenia oferty według kryteriów.",
    selectionCriteria: [
      { name: "Jakość oferty", maxPoints: "10", onlySupport: false },
      { name: "Wkład własny", maxPoints: "5", onlySupport: true },
    ],
    selectionDueOn: `${year}-01-20`,
    draftBudgetBasis: false,
    contactName: "Anna Urzędniczka",
    contactEmail: "Konkursy@Gmina.example",
    contactPhone: "",
    sphereIds: [],
    territoryCodes: ["1609032"],
    ...overrides,
  };
}

let institution: { id: string };
let official: TestActor;

beforeAll(async () => {
  await createInstanceSettings();
  institution = await createInstitution({ territoryCode: "1609032" });
  official = await createOfficial(institution.id);
});

/** A draft with one task, through the actions, as the official makes it. */
async function draft(overrides: Partial<CompetitionBasicsInput> = {}) {
  actAs(official);
  const created = await createCompetitionAction({ institutionId: institution.id, ...basics(overrides) });
  expect(created.validationErrors).toBeUndefined();
  const { id, slug } = created.data!;
  const task = await saveTaskAction({
    competitionId: id,
    number: "1",
    kindName: "Aktywizacja osób starszych",
    description: "Zajęcia dla seniorów.",
    sphereId: await sphereId("10"),
    kindKey: "",
    form: "SUPPORT",
    pool: "200 000",
    minGrant: "5 000",
    maxGrant: "40 000",
    minOwnContributionBp: "10",
    maxAdminCostBp: "",
  });
  expect(task.data).toHaveProperty("taskId");
  return { id, slug };
}

async function publishAll(competitionId: string, day: string) {
  for (const channel of ["BIP", "NOTICE_BOARD", "WEBSITE"] as const) {
    const saved = await savePublicationAction({
      competitionId,
      channel,
      publishedOn: day,
      url: channel === "BIP" ? "https://bip.gmina.example/konkurs" : "",
    });
    expect(saved.data).toEqual({ saved: true });
  }
}

describe("announcing a competition", () => {
  it("is refused to a visitor, an organisation's member, another office's official and (for drafts of an office) nobody outside it", async () => {
    const organisation = await createOrganisation();
    const otherOffice = await anotherOffice();
    const { id } = await draft();
    for (const actor of [null, await createMember(organisation.id, "OWNER"), await createOfficial(otherOffice.id)]) {
      actAs(actor);
      const created = await createCompetitionAction({ institutionId: institution.id, ...basics() });
      expect(created.data).toBeUndefined();
      expect(created.serverError).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
      const published = await publishCompetitionAction({ competitionId: id });
      expect(published.serverError).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
      const extended = await extendDeadlineAction({
        competitionId: id,
        newDeadline: dateToPolishLocal(new Date(Date.now() + 60 * DAY)),
        reason: "Przedłużenie z powodu świąt.",
        actReference: "",
        documentId: "",
      });
      expect(extended.serverError).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
    expect((await db().competition.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    // The platform's administrator holds competitions.manage in every office (as for consultations).
    actAs(await createAdministrator());
    const byAdministrator = await saveCommissionCallAction({
      competitionId: id,
      description: "Nabór przedstawicieli organizacji do komisji konkursowej.",
      requirements: "",
      opensAt: dateToPolishLocal(new Date(Date.now() + DAY)),
      closesAt: dateToPolishLocal(new Date(Date.now() + 10 * DAY)),
    });
    expect(byAdministrator.data).toEqual({ saved: true });
  });

  it("stores money as grosze and shares as basis points, and keeps a draft from the public", async () => {
    const { id, slug } = await draft();
    const parameters = await updateCompetitionParametersAction({
      competitionId: id,
      minGrant: "1 000,50",
      maxGrant: "50000",
      minOwnContributionBp: "12,5",
      minOwnFinancialBp: "",
      nonFinancialCounts: true,
      maxAdminCostBp: "10",
      adminCapBase: "TOTAL_COST",
      resultsTableWaived: false,
      jointOffersAllowed: true,
      recipientPaymentsAllowed: false,
      confirmationRequired: true,
      confirmationDueAt: "",
      confirmationChannels: ["PAPER", "TRUSTED_PROFILE"],
    });
    expect(parameters.data).toEqual({ saved: true });
    const competition = (await getCompetitionBySlug(slug))!;
    expect(competition).toMatchObject({
      status: "DRAFT",
      contactEmail: "konkursy@gmina.example",
      minGrant: 100_050n,
      maxGrant: 5_000_000n,
      minOwnContributionBp: 1250,
      maxAdminCostBp: 1000,
      totalPool: 20_000_000n,
      maxGrantCeiling: 4_000_000n,
    });
    expect(competition.tasks[0]).toMatchObject({ pool: 20_000_000n, minGrant: 500_000n, kindKey: "10" });
    expect(competition.selectionCriteria).toEqual([
      { key: "k1", name: "Jakość oferty", maxPoints: 10, onlySupport: false },
      { key: "k2", name: "Wkład własny", maxPoints: 5, onlySupport: true },
    ]);
    expect(await getPublishedCompetitionBySlug(slug)).toBeNull();
  });

  it("refuses a deadline typed in the spring clock-change gap, naming the field", async () => {
    actAs(official);
    const refused = await createCompetitionAction({
      institutionId: institution.id,
      ...basics({ offersOpenAt: "2027-03-01T08:00", offersDeadline: "2027-03-28T02:30" }),
    });
    expect(refused.validationErrors).toMatchObject({ offersDeadline: { _errors: ["competitionTimeInDstGap"] } });
  });

  it("publishes only with all three publications and the deadline at least 21 Polish days after the last", async () => {
    const deadline = new Date(Date.now() + 30 * DAY);
    const { id, slug } = await draft({ offersDeadline: dateToPolishLocal(deadline) });
    await addRequirementAction({
      competitionId: id,
      label: "Statut",
      description: "",
      condition: "NOT_IN_KRS",
      perApplicant: true,
      required: true,
    });
    const missing = await readinessOf((await getCompetitionBySlug(slug))!);
    expect(missing.filter((p) => p.code === "PUBLICATION_MISSING").map((p) => p.values.channel)).toEqual([
      "BIP",
      "NOTICE_BOARD",
      "WEBSITE",
    ]);
    expect(await publishCompetitionAction({ competitionId: id })).toMatchObject({
      data: { refused: "NOT_PUBLISHABLE" },
    });
    // The last publication 20 days before the deadline's Polish day: one day short.
    const deadlineDay = polishDay(deadline);
    await publishAll(id, addDays(deadlineDay, -21));
    await savePublicationAction({
      competitionId: id,
      channel: "WEBSITE",
      publishedOn: addDays(deadlineDay, -20),
      url: "",
    });
    const early = await readinessOf((await getCompetitionBySlug(slug))!);
    expect(early).toContainEqual({
      code: "DEADLINE_TOO_EARLY",
      severity: "error",
      values: { earliest: addDays(deadlineDay, 1), lastPublication: addDays(deadlineDay, -20), minDays: 21 },
    });
    expect(await publishCompetitionAction({ competitionId: id })).toMatchObject({
      data: { refused: "NOT_PUBLISHABLE" },
    });
    // Exactly 21 days: allowed.
    await savePublicationAction({
      competitionId: id,
      channel: "WEBSITE",
      publishedOn: addDays(deadlineDay, -21),
      url: "",
    });
    const published = await publishCompetitionAction({ competitionId: id });
    expect(published.data).toEqual({ slug });
    const competition = (await getPublishedCompetitionBySlug(slug))!;
    expect(competition.status).toBe("PUBLISHED");
    expect(competition.publishedAt).not.toBeNull();
    expect(competition.rulesSnapshot).toMatchObject({ "competition.announcementMinDays": 21 });
    // Frozen once published.
    const edit = await updateCompetitionAction({ competitionId: id, ...basics() });
    expect(edit.data).toEqual({ refused: "COMPETITION_PUBLISHED" });
  });

  it("tells followers of its topics and the organisations it fits when published", async () => {
    const fitting = await createOrganisation({
      sphereCodes: ["10"],
      seatTerritoryCode: "1609032",
      verifiedAt: new Date(),
    });
    const elsewhere = await createOrganisation({
      sphereCodes: ["10"],
      seatTerritoryCode: "1661011",
      verifiedAt: new Date(),
    });
    const otherSphere = await createOrganisation({
      sphereCodes: ["13"],
      seatTerritoryCode: "1609032",
      verifiedAt: new Date(),
    });
    const { id } = await draft({ sphereIds: [await sphereId("10")] });
    await publishAll(id, polishDay(new Date()));
    expect((await publishCompetitionAction({ competitionId: id })).data).toHaveProperty("slug");
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { type: "competition.published", subjectId: id },
    });
    const audience = event.audience as { organisations: { id: string }[]; topic: { territoryCodes: string[] } };
    const told = audience.organisations.map((o) => o.id);
    expect(told).toContain(fitting.id);
    expect(told).not.toContain(elsewhere.id);
    expect(told).not.toContain(otherSphere.id);
    expect(audience.topic.territoryCodes).toEqual(["1609032"]);
  });

  it("extends a published deadline with its history, telling followers and drafting organisations", async () => {
    const competition = await createCompetition({ institutionId: institution.id, deadlineInDays: 25 });
    const drafting = await createOrganisation();
    await createOffer({ taskId: competition.tasks[0]!.id, leadOrganisationId: drafting.id });
    actAs(official);
    const input = (days: number) => ({
      competitionId: competition.id,
      newDeadline: dateToPolishLocal(new Date(competition.offersDeadline.getTime() + days * DAY)),
      reason: "Przedłużenie z powodu pytań oferentów.",
      actReference: "Zarządzenie nr 12/2027",
      documentId: "",
    });
    expect((await extendDeadlineAction(input(-1))).data).toEqual({ refused: "DEADLINE_NOT_LATER" });
    expect((await extendDeadlineAction(input(7))).data).toEqual({ slug: competition.slug });
    expect((await extendDeadlineAction(input(3))).data).toEqual({ refused: "DEADLINE_NOT_LATER" });
    const history = await competitionHistory(competition.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      previousDeadline: competition.offersDeadline,
      reason: "Przedłużenie z powodu pytań oferentów.",
      actReference: "Zarządzenie nr 12/2027",
    });
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { type: "competition.extended", subjectId: competition.id },
    });
    expect(event.audience).toMatchObject({
      followersOf: { type: "Competition", id: competition.id },
      organisations: [{ id: drafting.id, roles: ["OWNER", "EDITOR"] }],
    });
    // A draft cannot be extended: it is simply edited.
    const { id } = await draft();
    expect((await extendDeadlineAction({ ...input(7), competitionId: id })).data).toEqual({
      refused: "COMPETITION_NOT_PUBLISHED",
    });
  });

  it("refuses to extend a deadline that has passed: the office has seen the offers by then", async () => {
    const competition = await createCompetition({ institutionId: institution.id, deadlineInDays: 25 });
    // The deadline passed a minute ago by the database's clock.
    await db()
      .$executeRaw`UPDATE "Competition" SET "offersOpenAt" = now() - interval '30 days', "offersDeadline" = now() - interval '1 minute' WHERE id = ${competition.id}`;
    actAs(official);
    const extended = await extendDeadlineAction({
      competitionId: competition.id,
      newDeadline: dateToPolishLocal(new Date(Date.now() + 7 * DAY)),
      reason: "Ponowne otwarcie naboru po terminie.",
      actReference: "",
      documentId: "",
    });
    expect(extended.data).toEqual({ refused: "DEADLINE_PASSED" });
    expect(await competitionHistory(competition.id)).toEqual([]);
  });

  it("computes the same-kind rows from the office's earlier grants and keeps what the office edited", async () => {
    const office = await anotherOffice();
    const officer = await createOfficial(office.id);
    const earlier = await createCompetition({
      institutionId: office.id,
      status: "DECIDED",
      overrides: { allowedYears: [year - 1] },
      tasks: [{ sphereCode: "10" }],
    });
    const other = await createCompetition({
      institutionId: (await anotherOffice()).id,
      status: "DECIDED",
      overrides: { allowedYears: [year - 1] },
      tasks: [{ sphereCode: "10" }],
    });
    const undecided = await createCompetition({
      institutionId: office.id,
      status: "PUBLISHED",
      overrides: { allowedYears: [year - 1] },
      tasks: [{ sphereCode: "10" }],
    });
    const recipient = await createOrganisation();
    const offer = await createOffer({
      taskId: earlier.tasks[0]!.id,
      leadOrganisationId: recipient.id,
      submitted: true,
      totalCost: 4_500_000,
    });
    await db().taskAward.createMany({
      data: [
        {
          taskId: earlier.tasks[0]!.id,
          offerId: offer.id,
          recipientName: "A",
          amount: 3_800_000n,
          decidedAt: new Date(),
        },
        { taskId: earlier.tasks[0]!.id, recipientName: "B", amount: 2_500_000n, decidedAt: new Date() },
        { taskId: other.tasks[0]!.id, recipientName: "C", amount: 9_900_000n, decidedAt: new Date() },
        // Decided by the office but not yet published: not a public grant, so not a row of pkt 7.
        { taskId: undecided.tasks[0]!.id, recipientName: "D", amount: 1_100_000n, decidedAt: new Date() },
      ],
    });
    actAs(officer);
    const created = await createCompetitionAction({ institutionId: office.id, ...basics() });
    const { id, slug } = created.data!;
    await saveTaskAction({
      competitionId: id,
      number: "1",
      kindName: "Aktywizacja seniorów",
      description: "",
      sphereId: await sphereId("10"),
      kindKey: "",
      form: "SUPPORT",
      pool: "100000",
      minGrant: "",
      maxGrant: "",
      minOwnContributionBp: "",
      maxAdminCostBp: "",
    });
    let task = (await getCompetitionBySlug(slug))!.tasks[0]!;
    expect(task.history).toHaveLength(1);
    expect(task.history[0]).toMatchObject({
      year: year - 1,
      computed: true,
      grants: 6_300_000n,
      costs: 4_500_000n + 2_500_000n,
      sourceTaskIds: [earlier.tasks[0]!.id],
    });
    const edited = await saveHistoryRowAction({
      competitionId: id,
      taskId: task.id,
      rowId: task.history[0]!.id,
      year: String(year - 1),
      label: "Aktywizacja seniorów (z programu)",
      costs: "80 000",
      grants: "63 000",
    });
    expect(edited.data).toEqual({ saved: true });
    // Saving the announcement recomputes, but the office's row stays as typed.
    await updateCompetitionAction({ competitionId: id, ...basics({ title: "Seniorzy aktywni " + year }) });
    task = (await getCompetitionBySlug(slug))!.tasks[0]!;
    expect(task.history).toHaveLength(1);
    expect(task.history[0]).toMatchObject({ computed: false, costs: 8_000_000n, editedById: officer.id });
    // Another office's task is never reached through this competition.
    const foreign = await saveHistoryRowAction({
      competitionId: id,
      taskId: other.tasks[0]!.id,
      year: String(year),
      label: "Obce",
      costs: "1",
      grants: "1",
    });
    expect(foreign.serverError).toBe("NOT_FOUND");
  });

  it("gives the announcement as PDF to everyone once published, a draft only to its office", async () => {
    const published = await createCompetition({ institutionId: institution.id });
    const { id: draftId } = await draft();
    const get = (id: string) =>
      downloadAnnouncement(new Request(`http://localhost/api/competitions/${id}/announcement`), routeContext({ id }));
    actAs(null);
    const response = await get(published.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await get(draftId)).status).toBe(404);
    actAs(await createOfficial((await anotherOffice()).id));
    expect((await get(draftId)).status).toBe(404);
    actAs(official);
    expect((await get(draftId)).status).toBe(200);
  });

  it("takes documents from the office's officials only, hides a draft's, and keeps them once published", async () => {
    const { id } = await draft();
    const upload = (title: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.set("title", title);
      form.set("kind", "REGULATIONS");
      form.set("file", new File([bytes as BlobPart], "regulamin.pdf"));
      return uploadDocument(
        new Request(`http://localhost/api/competitions/${id}/documents`, { method: "POST", body: form }),
        routeContext({ id }),
      );
    };
    const download = (documentId: string) =>
      downloadDocument(new Request("http://localhost/d"), routeContext({ id, documentId }));
    actAs(await createOfficial((await anotherOffice()).id));
    expect((await upload("Regulamin", pdfFile("Regulamin"))).status).toBe(403);
    actAs(official);
    const created = await upload("Regulamin konkursu", pdfFile("Regulamin"));
    expect(created.status).toBe(201);
    const documentId = ((await created.json()) as { id: string }).id;
    expect(await db().competitionDocument.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({
      kind: "REGULATIONS",
      title: "Regulamin konkursu",
    });
    expect((await upload("Skrypt", new TextEncoder().encode("<script>"))).status).toBe(400);
    actAs(null);
    expect((await download(documentId)).status).toBe(404);
    actAs(official);
    expect((await download(documentId)).status).toBe(200);
    // Published (stored directly here): anyone downloads it, nobody removes it, a change act may still be added.
    await db().competition.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect((await removeDocumentAction({ competitionId: id, documentId })).data).toEqual({
      refused: "COMPETITION_PUBLISHED",
    });
    expect((await upload("Zarządzenie o zmianie", pdfFile("Zmiana"))).status).toBe(201);
    actAs(null);
    expect((await download(documentId)).status).toBe(200);
  });
});
