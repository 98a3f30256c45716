import { randomUUID } from "node:crypto";
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { listElectionsInProgress } from "@/lib/elections/queries";
import type { ElectionStatus } from "@/lib/generated/prisma/enums";
import { homePageView } from "@/lib/home/page-view";
import { ideasAwaitingAnswer, latestPublicThreads, partnerRequestsClosingFirst } from "@/lib/home/queries";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { countOrganisationsInRegion, listRecentOrganisations } from "@/lib/organisations/queries";
import { createForumCategory, createForumThread } from "@/tests/factories/forum";
import { createIdea } from "@/tests/factories/ideas";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createPartnerRequestRow } from "@/tests/factories/partner-requests";

describe("home page queries", () => {
  it("count the region's organisations and list its verified ones, most recently verified first", async () => {
    await createOrganisation({
      name: "Fundacja Starsza",
      createdAt: new Date("2026-01-01"),
      verifiedAt: new Date("2026-01-05"),
    });
    await createOrganisation({
      name: "Stowarzyszenie Nowsze",
      seatTerritoryCode: "1607053",
      sphereCodes: ["17", "15"],
      createdAt: new Date("2026-02-01"),
      verifiedAt: new Date("2026-02-03"),
    });
    await createOrganisation({ name: "Fundacja z Wrocławia", seatTerritoryCode: "0264011", verifiedAt: new Date() });
    // Issue 18: anyone can register an organisation; the home page shows it once the platform has verified it.
    await createOrganisation({ name: "Stowarzyszenie Niezweryfikowane", createdAt: new Date() });

    expect(await countOrganisationsInRegion("16")).toBe(3);
    const recent = await listRecentOrganisations("16");
    expect(recent.map((o) => o.name)).toEqual(["Stowarzyszenie Nowsze", "Fundacja Starsza"]);
    expect(recent[0]!.seatTerritory.name).toBe("Nysa");
    expect(recent[0]!.spheres.map((s) => s.sphere.code).sort()).toEqual(["15", "17"]);
  });

  it("list the region's offices: voivodeship, powiats, then gminas", async () => {
    await createInstitution({ name: "Urząd Gminy Turawa", kind: "GMINA_OFFICE", territoryCode: "1609132" });
    await createInstitution({
      name: "Urząd Marszałkowski Województwa Opolskiego",
      kind: "VOIVODESHIP_OFFICE",
      territoryCode: "16",
    });
    await createInstitution({ name: "Starostwo Powiatowe w Brzegu", kind: "POWIAT_OFFICE", territoryCode: "1601" });
    await createInstitution({ name: "Urząd Miasta Krakowa", kind: "GMINA_OFFICE", territoryCode: "1261011" });

    expect((await listInstitutionsInRegion("16")).map((i) => i.name)).toEqual([
      "Urząd Marszałkowski Województwa Opolskiego",
      "Starostwo Powiatowe w Brzegu",
      "Urząd Gminy Turawa",
    ]);
  });
});

describe("the home page's public content", () => {
  it("is gathered once and kept for every reader until public data changes", async () => {
    publicDataChanged();
    const first = await homePageView("16");
    const before = first.counts.organisations;
    expect(await homePageView("16")).toBe(first);

    // A row written behind the platform's back (no change announced) is not seen yet…
    await createOrganisation({ name: "Stowarzyszenie Ostatnie", verifiedAt: new Date() });
    expect(await homePageView("16")).toBe(first);
    // …and is, once a change to public data is announced (as every action's pipeline does).
    publicDataChanged();
    const second = await homePageView("16");
    expect(second.counts.organisations).toBe(before + 1);
    expect(second.organisations[0]!.name).toBe("Stowarzyszenie Ostatnie");
  });
});

// The noticeboard's blocks. Offices and organisations here sit outside the
// region (Wrocław), so the region's lists above keep their exact contents.
const DAY = 24 * 3600 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

describe("the home page's noticeboard", () => {
  let office: Awaited<ReturnType<typeof createInstitution>>;
  beforeAll(async () => {
    office = await createInstitution({ name: "Urząd Miasta Wrocławia", territoryCode: "0264011" });
  });

  it("lists elections in progress, voting ending soonest first, never drafts or ones with results out", async () => {
    const election = (title: string, status: ElectionStatus, nominationsStart: number) =>
      db().election.create({
        data: {
          slug: `wybory-${randomUUID().slice(0, 8)}`,
          title,
          councilName: "Rada Działalności Pożytku Publicznego",
          description: "Opis.",
          institutionId: office.id,
          status,
          seats: 9,
          votesPerBallot: 3,
          nominationsStartAt: inDays(nominationsStart),
          nominationsEndAt: inDays(nominationsStart + 10),
          checkEndsAt: inDays(nominationsStart + 15),
          votingStartAt: inDays(nominationsStart + 20),
          votingEndAt: inDays(nominationsStart + 25),
          resultsBy: inDays(nominationsStart + 27),
        },
      });
    await election("Zapowiedziane", "PUBLISHED", 3);
    await election("Zgłoszenia trwają", "PUBLISHED", -2);
    await election("Liczenie głosów", "PUBLISHED", -26);
    await election("Szkic komisji", "DRAFT", -2);
    await election("Wyniki ogłoszone", "RESULTS_PUBLISHED", -40);

    const listed = await listElectionsInProgress(5);
    expect(listed.map((e) => [e.title, e.phase])).toEqual([
      ["Liczenie głosów", "counting"],
      ["Zgłoszenia trwają", "nominations"],
      ["Zapowiedziane", "announced"],
    ]);
    expect((await listElectionsInProgress(2)).map((e) => e.title)).toEqual(["Liczenie głosów", "Zgłoszenia trwają"]);
  });

  it("lists public ideas without an answer, the first due first, never pending, hidden, rejected, merged or answered ones", async () => {
    await createIdea({ title: "Termin za tydzień", answerDueAt: inDays(7) });
    await createIdea({ title: "Termin minął", answerDueAt: inDays(-2) });
    await createIdea({ title: "Termin za miesiąc", answerDueAt: inDays(30) });
    await createIdea({ title: "Już z odpowiedzią", answerDueAt: inDays(1), firstAnsweredAt: new Date() });
    await createIdea({ title: "Czeka na moderatora", visibility: "PENDING" });
    await createIdea({ title: "Ukryty", visibility: "HIDDEN", answerDueAt: inDays(1) });
    await createIdea({ title: "Odrzucony", visibility: "REJECTED" });
    await createIdea({ title: "Połączony", status: "MERGED", answerDueAt: inDays(1) });

    expect((await ideasAwaitingAnswer(5)).map((idea) => idea.title)).toEqual([
      "Termin minął",
      "Termin za tydzień",
      "Termin za miesiąc",
    ]);
    expect(await ideasAwaitingAnswer(1)).toHaveLength(1);
  });

  it("lists open partner requests, replies closing soonest first, never closed, expired, held or hidden ones", async () => {
    const verified = await createOrganisation({
      name: "Fundacja Wrocławska",
      seatTerritoryCode: "0264011",
      verifiedAt: new Date(),
    });
    const unverified = await createOrganisation({ name: "Stowarzyszenie Nowe", seatTerritoryCode: "0264011" });
    const request = (title: string, days: number, extra: Parameters<typeof createPartnerRequestRow>[0] = {}) =>
      createPartnerRequestRow({ title, organisationId: verified.id, repliesCloseOn: inDays(days), ...extra });
    await request("Zamyka się za dziesięć dni", 10);
    await request("Zamyka się za dwa dni", 2, { organisationId: null, institutionId: office.id });
    await request("Zamyka się za miesiąc", 30);
    await request("Zamknięte przez autora", 5, { status: "CLOSED" });
    await request("Wygasłe", 5, { status: "EXPIRED" });
    await request("Termin minął wczoraj", -1);
    await request("Ukryte przez moderatora", 5, { visibility: "HIDDEN" });
    await request("Wstrzymane do moderacji", 5, { visibility: "PENDING" });
    await request("Organizacji niezweryfikowanej", 5, { organisationId: unverified.id });

    const listed = await partnerRequestsClosingFirst(5);
    expect(listed.map((r) => r.title)).toEqual([
      "Zamyka się za dwa dni",
      "Zamyka się za dziesięć dni",
      "Zamyka się za miesiąc",
    ]);
    expect(listed[0]!.institution?.name).toBe("Urząd Miasta Wrocławia");
    expect(listed[1]!.organisation?.name).toBe("Fundacja Wrocławska");
    expect(await partnerRequestsClosingFirst(2)).toHaveLength(2);
  });

  it("lists the latest threads of categories open to visitors, never a closed category's or a held one", async () => {
    const open = await createForumCategory({ openToPublic: true });
    const other = await createForumCategory({ openToPublic: true, position: 2 });
    const closed = await createForumCategory({ access: "REPRESENTATIVES", position: 3 });
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600 * 1000);
    await createForumThread(open.id, { title: "Godzinę temu", lastPostAt: hoursAgo(1) });
    await createForumThread(open.id, { title: "Przypięty, trzy godziny temu", pinned: true, lastPostAt: hoursAgo(3) });
    await createForumThread(open.id, { title: "Pięć godzin temu", lastPostAt: hoursAgo(5) });
    await createForumThread(open.id, { title: "Wstrzymany", lastPostAt: hoursAgo(0), heldAt: new Date() });
    await createForumThread(other.id, { title: "Dwie godziny temu", lastPostAt: hoursAgo(2) });
    await createForumThread(closed.id, { title: "Tylko dla przedstawicieli", lastPostAt: hoursAgo(0) });

    const latest = await latestPublicThreads(5);
    expect(latest.map((thread) => thread.title)).toEqual([
      "Godzinę temu",
      "Dwie godziny temu",
      "Przypięty, trzy godziny temu",
      "Pięć godzin temu",
    ]);
    expect(latest[0]!.categoryName).toEqual({ pl: "Ogólna", en: "General", de: "Allgemein" });
    expect((await latestPublicThreads(2)).map((thread) => thread.title)).toEqual(["Godzinę temu", "Dwie godziny temu"]);
  });

  it("gathers open consultations, closing soonest first, with the other blocks in one view", async () => {
    const consultation = (title: string, status: "DRAFT" | "OPEN" | "SCHEDULED", starts: number, ends: number) =>
      db().consultation.create({
        data: {
          slug: `konsultacje-${randomUUID().slice(0, 8)}`,
          title,
          institutionId: office.id,
          kind: "DOCUMENT",
          summary: "Opis.",
          status,
          startsAt: inDays(starts),
          endsAt: inDays(ends),
          publishedAt: status === "DRAFT" ? null : inDays(starts - 1),
        },
      });
    await consultation("Kończą się za tydzień", "OPEN", -3, 7);
    await consultation("Kończą się jutro", "OPEN", -10, 1);
    await consultation("Szkic urzędnika", "DRAFT", -3, 2);
    await consultation("Zakończone", "OPEN", -20, -1);
    await consultation("Jeszcze nie ruszyły", "SCHEDULED", 2, 12);

    publicDataChanged();
    const view = await homePageView("16");
    expect(view.openConsultations.items.map((c) => c.title)).toEqual(["Kończą się jutro", "Kończą się za tydzień"]);
    expect(view.openConsultations.total).toBe(2);
    // The other blocks come in the same view, each as its own query gives it.
    expect(view.elections.map((e) => e.title)).toEqual((await listElectionsInProgress(5)).map((e) => e.title));
    expect(view.ideas).toHaveLength(3);
    expect(view.partnerRequests).toHaveLength(3);
    expect(view.forumThreads).toHaveLength(4);
  });
});
