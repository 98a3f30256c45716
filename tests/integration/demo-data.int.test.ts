import { verifyPassword } from "@/lib/accounts/password";
import { db } from "@/lib/db/client";
import { demoInstitutionOffices, demoOrganisations, demoUsers } from "@/lib/demo/data";
import { demoInstanceDefaults, seedDemoData } from "@/lib/demo/seed";
import { refreshVerifiedFromKrs } from "@/lib/krs/import";
import { organisationRecordSchema } from "@/lib/organisations/schemas";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { ensureAgreementTemplate } from "@/lib/partnerships/agreement/library-template";
import { openSecret } from "@/lib/security/secret-box";
import { ensureInstanceSettings } from "@/lib/settings/seed";
import { dateToPolishLocal } from "@/lib/time/polish-local";

describe("demo data", () => {
  beforeAll(async () => {
    await ensureInstanceSettings(demoInstanceDefaults);
    await seedInstitutions("16");
    // As every start does before the demo seeds (lib/cli/prepare-database.ts).
    await ensureAgreementTemplate();
  });

  it("is seeded idempotently", async () => {
    await seedDemoData();
    await seedDemoData();
    expect(await db().institution.count({ where: { officeName: { not: null } } })).toBe(demoInstitutionOffices.length);
    expect(await db().organisation.count()).toBe(demoOrganisations.length);
    expect(await db().user.count()).toBe(demoUsers.length);
    expect((await db().instanceSettings.findUniqueOrThrow({ where: { id: 1 } })).isDemo).toBe(true);
    // An announced council election with its areas, and one with voting open and its registry frozen.
    const elections = await db().election.findMany({
      include: { areas: true, _count: { select: { nominations: true, voters: true } } },
      orderBy: { votingStartAt: "asc" },
    });
    expect(
      elections.map((election) => [
        election.status,
        election.seats,
        election.areas.length,
        election._count.nominations,
        election._count.voters,
        election.ballotsCast,
      ]),
    ).toEqual([
      ["RESULTS_PUBLISHED", 2, 0, 3, 3, 3],
      // The voivodeship's by-election: every demo organisation may vote (no verification required); two did.
      ["RESULTS_PUBLISHED", 1, 0, 2, demoOrganisations.length, 2],
      ["PUBLISHED", 3, 0, 4, 3, 0],
      ["PUBLISHED", 9, 3, 0, 0, 0],
    ]);
    // The counted one recounts from its own board, with the tie drawn from the seed.
    const { boardFile } = await import("@/lib/elections/results");
    const { verifyBoard } = await import("@/lib/elections/verify");
    const board = (await boardFile(elections[0]!.id))!;
    expect(verifyBoard(board)).toMatchObject({ problems: [], ok: true, ballots: 3 });
    expect(board.result!.ties).toHaveLength(1);
    // The by-election's tie is left to a further round, which the commission has not started yet.
    const tied = (await boardFile(elections[1]!.id))!;
    expect(verifyBoard(tied)).toMatchObject({ ok: true, ballots: 2 });
    expect(tied.result!.ties).toEqual([expect.objectContaining({ resolution: "furtherRound", seats: 1 })]);
    expect(elections.every((election) => /^[0-9a-f]{64}$/.test(election.drawSeed ?? ""))).toBe(true);
    // The forum: four categories (one open to visitors), two threads, four posts, written once.
    expect(
      await db().forumCategory.findMany({
        orderBy: { position: "asc" },
        select: { access: true, openToPublic: true, threadCount: true },
      }),
    ).toEqual([
      { access: "SIGNED_IN", openToPublic: true, threadCount: 1 },
      { access: "SIGNED_IN", openToPublic: false, threadCount: 1 },
      { access: "REPRESENTATIVES", openToPublic: false, threadCount: 0 },
      { access: "OFFICIALS", openToPublic: false, threadCount: 0 },
    ]);
    expect(await db().forumPost.count()).toBe(4);
    // News: six articles, written once: three public (one featured), one scheduled for tomorrow, one waiting for the moderator, one draft.
    const { homeNews } = await import("@/lib/news/queries");
    const home = await homeNews();
    expect(home.featured.map((a) => a.kind)).toEqual(["CALL"]);
    expect(home.latest).toHaveLength(2);
    expect(
      (await db().newsArticle.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } })).map((g) => [
        g.status,
        g._count,
      ]),
    ).toEqual([
      ["DRAFT", 1],
      ["PENDING", 1],
      ["PUBLISHED", 4],
    ]);
    // The library: the programme in two versions and the standard (public), the foundation's proposal, and the published consultation report, filed by itself; every text read.
    expect(
      await db().libraryDocument.findMany({
        orderBy: { title: "asc" },
        select: { kind: true, review: true, _count: { select: { versions: true } } },
      }),
    ).toEqual([
      { kind: "COOPERATION_PROGRAMME", review: "ACCEPTED", _count: { versions: 2 } },
      { kind: "CONSULTATION_REPORT", review: "ACCEPTED", _count: { versions: 1 } },
      { kind: "STANDARD", review: "ACCEPTED", _count: { versions: 1 } },
      { kind: "MODEL_DOCUMENT", review: "PROPOSED", _count: { versions: 1 } },
      // The platform's model partnership agreement, there before the demo (and not mistaken for its library).
      { kind: "MODEL_DOCUMENT", review: "ACCEPTED", _count: { versions: 1 } },
    ]);
    expect(
      await db().libraryDocumentVersion.count({ where: { text: { contains: "rewitalizacja obszarów wiejskich" } } }),
    ).toBe(2);
  });

  it("has partnership profiles for most organisations, varied for the matching, seeded once", async () => {
    const { demoPartnershipProfiles, seedDemoPartnershipProfiles } = await import("@/lib/demo/partnerships");
    const { partnershipSectionView } = await import("@/lib/partnerships/profile/section-view");
    const profiles = await db().partnershipProfile.findMany({ include: { organisation: { select: { slug: true } } } });
    expect(profiles.map((p) => p.organisation.slug).sort()).toEqual(Object.keys(demoPartnershipProfiles).sort());
    const bySlug = new Map(profiles.map((p) => [p.organisation.slug, p]));
    // The verified foundation is open, offers volunteers and needs what others offer (complementarity to find).
    const foundation = bySlug.get("opolskie-centrum-wolontariatu")!;
    expect(foundation).toMatchObject({ openToPartnerships: true });
    expect(foundation.offeredResources).toContain("VOLUNTEERS");
    expect(profiles.filter((p) => p.offeredCompetences.includes("GRANT_ACCOUNTING")).length).toBeGreaterThan(0);
    // A German-minority and a Czech-border organisation, and one not looking for partners now.
    expect(bySlug.get("nasz-slask-dobrodzien")!.workingLanguages).toContain("de");
    expect(bySlug.get("przyjaciele-ziemi-glucholaskiej")!.workingLanguages).toContain("cs");
    expect(profiles.filter((p) => !p.openToPartnerships).map((p) => p.organisation.slug)).toEqual([
      "srebrny-wiek-brzeg",
    ]);
    // Past partners on the platform are linked, under the platform's name.
    const section = (await partnershipSectionView(foundation.organisationId, "pl"))!;
    expect(section.pastProjects[0]!.partners).toContainEqual({
      name: "Stowarzyszenie Kultury Regionalnej „Nasz Śląsk” w Dobrodzieniu",
      slug: "nasz-slask-dobrodzien",
    });
    // A visitor's edit survives the next start.
    await db().partnershipProfile.update({ where: { organisationId: foundation.organisationId }, data: { tags: [] } });
    await seedDemoPartnershipProfiles();
    expect(
      (await db().partnershipProfile.findUniqueOrThrow({ where: { organisationId: foundation.organisationId } })).tags,
    ).toEqual([]);
    expect(await db().partnershipPastProject.count()).toBe(
      Object.values(demoPartnershipProfiles).reduce((sum, p) => sum + (p.pastProjects?.length ?? 0), 0),
    );
  });

  it("has a dozen organisations in several spheres and gminas of the region", async () => {
    const organisations = await db().organisation.findMany({ include: { spheres: true, seatTerritory: true } });
    expect(organisations.length).toBeGreaterThanOrEqual(12);
    expect(new Set(organisations.map((o) => o.seatTerritoryCode)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(organisations.flatMap((o) => o.spheres.map((s) => s.sphereId))).size).toBeGreaterThanOrEqual(10);
    for (const organisation of organisations) {
      expect(organisation.seatTerritory.voivodeshipCode).toBe("16");
      expect(organisation.spheres.length).toBeGreaterThan(0);
    }
  });

  it("has volunteer fire brigades that the directory finds as OSP, abbreviated or in full, in any case", async () => {
    const { searchDirectory } = await import("@/lib/directory/search");
    const names = async (q: string) => (await searchDirectory({ q })).items.map((item) => item.name).sort();
    const brigades = ["Ochotnicza Straż Pożarna w Bierawie", "Ochotnicza Straż Pożarna w Lubszy"];
    expect(await names("OSP")).toEqual(brigades);
    expect(await names("osp lubsza")).toEqual(["Ochotnicza Straż Pożarna w Lubszy"]);
    expect(await names("straży pożarnej")).toEqual(brigades);
  });

  it("has organisations whose records their representatives can save as they are, and never asks KRS about them", async () => {
    await seedDemoData();
    const organisations = await db().organisation.findMany({ include: { spheres: true } });
    expect(organisations).toHaveLength(demoOrganisations.length);
    for (const organisation of organisations) {
      const record = {
        name: organisation.name,
        shortName: organisation.shortName ?? "",
        legalForm: organisation.legalForm,
        krs: organisation.krs ?? "",
        nip: organisation.nip ?? "",
        regon: organisation.regon ?? "",
        seatTerritoryCode: organisation.seatTerritoryCode,
        sphereIds: organisation.spheres.map((s) => s.sphereId),
      };
      const parsed = organisationRecordSchema.safeParse(record);
      expect([organisation.slug, parsed.success ? "saves" : parsed.error.issues.map((issue) => issue.message)]).toEqual(
        [organisation.slug, "saves"],
      );
    }
    expect(await refreshVerifiedFromKrs(300, 0)).toEqual({ refreshed: 0, failed: 0 });
  });

  it("has entries on the ideas board of each kind in several states, with matching counters, seeded once", async () => {
    await seedDemoData();
    await seedDemoData();
    const ideas = await db().idea.findMany({
      include: {
        spheres: true,
        answers: true,
        outcomes: true,
        _count: { select: { personSupports: true, organisationSupports: true } },
      },
    });
    expect(ideas).toHaveLength(10);
    expect(new Set(ideas.map((idea) => idea.kind))).toEqual(new Set(["NEED", "SUGGESTION", "TASK_PROPOSAL"]));
    expect(new Set(ideas.map((idea) => idea.status))).toEqual(
      new Set(["RECEIVED", "UNDER_CONSIDERATION", "ACCEPTED", "IMPLEMENTED", "NOT_TAKEN_UP", "MERGED"]),
    );
    const now = new Date();
    // One overdue, one merged into another, one that led to a consultation, one waiting for the moderator.
    expect(ideas.filter((idea) => !idea.firstAnsweredAt && idea.answerDueAt && idea.answerDueAt < now)).toHaveLength(1);
    const merged = ideas.find((idea) => idea.status === "MERGED")!;
    expect(ideas.some((idea) => idea.id === merged.mergedIntoId)).toBe(true);
    expect(ideas.filter((idea) => idea.outcomes.some((outcome) => outcome.consultationId))).toHaveLength(1);
    expect(ideas.filter((idea) => idea.visibility === "PENDING")).toHaveLength(1);
    expect(new Set(ideas.map((idea) => idea.institutionId).filter(Boolean)).size).toBeGreaterThanOrEqual(4);
    expect(ideas.some((idea) => idea.organisationId) && ideas.some((idea) => !idea.organisationId)).toBe(true);
    for (const idea of ideas) {
      expect([idea.slug, idea.personSupportCount, idea.organisationSupportCount]).toEqual([
        idea.slug,
        idea._count.personSupports,
        idea._count.organisationSupports,
      ]);
      expect([idea.slug, idea.spheres.length > 0]).toEqual([idea.slug, true]);
      // The latest answer says where it stands.
      const last = idea.answers.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
      expect([idea.slug, last?.toStatus ?? "RECEIVED"]).toEqual([idea.slug, idea.status]);
    }
    const task = ideas.find((idea) => idea.kind === "TASK_PROPOSAL" && idea.status === "ACCEPTED")!;
    expect(task.taskScope && task.taskPlaceAndTime && task.taskExpectedResults && task.taskEstimatedCost).toBeTruthy();
  });

  it("has one user per role (and a co-applicant's editor), whose documented passwords work", async () => {
    const users = await db().user.findMany({
      omit: { passwordHash: false },
      include: { organisationMemberships: true, institutionMemberships: true },
    });
    const roles = users.map((u) =>
      u.platformRole !== "RESIDENT"
        ? u.platformRole
        : u.organisationMemberships.length
          ? "NGO"
          : u.institutionMemberships.length
            ? "OFFICIAL"
            : "RESIDENT",
    );
    // Two NGO people: the representative, and Zielona Odra's editor who accepts the joint offer.
    expect(roles.sort()).toEqual(["ADMINISTRATOR", "MODERATOR", "NGO", "NGO", "OFFICIAL", "RESIDENT"]);
    for (const demo of demoUsers) {
      const user = users.find((u) => u.email === demo.email)!;
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash!, demo.password)).toBe(true);
      expect(await verifyPassword(user.passwordHash!, "wrong")).toBe(false);
    }
  });

  it("gives the administrator, the moderator and the official their documented two-factor keys, sealed", async () => {
    for (const demo of demoUsers.filter((u) => u.totpSecret)) {
      const user = await db().user.findUniqueOrThrow({ where: { email: demo.email } });
      expect(user.totpEnabledAt).toBeInstanceOf(Date);
      expect(user.totpSecret).not.toContain(demo.totpSecret);
      expect(openSecret(user.totpSecret!)).toBe(demo.totpSecret);
    }
    // Exactly the people whose roles need it (lib/auth/permissions.ts).
    expect(demoUsers.map((u) => !!u.totpSecret)).toEqual(
      demoUsers.map(
        (u) => u.platformRole === "ADMINISTRATOR" || u.platformRole === "MODERATOR" || u.institution !== undefined,
      ),
    );
    // Sealed under another secret (AUTH_SECRET changed), the key is sealed again at the next seeding.
    await db().user.update({
      where: { email: demoUsers.find((u) => u.totpSecret)!.email },
      data: { totpSecret: "v1.stale" },
    });
    await seedDemoData();
    const resealed = await db().user.findUniqueOrThrow({
      where: { email: demoUsers.find((u) => u.totpSecret)!.email },
    });
    expect(openSecret(resealed.totpSecret!)).toBe(demoUsers.find((u) => u.totpSecret)!.totpSecret);
  });

  it("has an open consultation with remarks, a closed one with its published report, one waiting for answers and an announced one, seeded once", async () => {
    await seedDemoData();
    const consultations = await db().consultation.findMany({
      include: { report: true, _count: { select: { remarks: true, units: true } } },
      orderBy: { startsAt: "asc" },
    });
    expect(consultations.map((c) => [c.status, c._count.remarks, c.report?.publishedAt instanceof Date])).toEqual([
      ["REPORT_PUBLISHED", 3, true],
      ["CLOSED", 2, false],
      ["OPEN", 2, false],
      ["SCHEDULED", 0, false],
    ]);
    expect(consultations.every((c) => c._count.units > 3)).toBe(true);
    expect(consultations[0]!.report).toMatchObject({
      state: "READY",
      figures: { remarks: 3, accepted: 1, partlyAccepted: 1, notAccepted: 1, unanswered: 0 },
    });
  });

  it("sets its deadlines and events at times an office would choose, not at the minute it was seeded", async () => {
    await seedDemoData();
    const consultations = await db().consultation.findMany({
      select: { startsAt: true, endsAt: true, meetingAt: true },
    });
    const elections = await db().election.findMany({
      select: {
        nominationsStartAt: true,
        nominationsEndAt: true,
        checkEndsAt: true,
        votingStartAt: true,
        votingEndAt: true,
        resultsBy: true,
      },
    });
    const events = await db().newsArticle.findMany({
      where: { eventStartsAt: { not: null } },
      select: { eventStartsAt: true, eventEndsAt: true },
    });
    const dates = [...consultations, ...elections, ...events].flatMap((row) =>
      Object.values(row).filter((value): value is Date => value instanceof Date),
    );
    expect(dates.length).toBeGreaterThan(30);
    // Whole hours, or 23:59 for a day's end, in Polish time.
    const times = dates.map((date) => dateToPolishLocal(date).slice(11));
    expect(times.filter((time) => !/^\d\d:00$/.test(time) && time !== "23:59")).toEqual([]);
    expect(consultations.map((c) => dateToPolishLocal(c.endsAt).slice(11))).toEqual([
      "23:59",
      "23:59",
      "23:59",
      "23:59",
    ]);
  });

  it("dates its forum posts, published news and organisations over the past, not at the minute it was seeded", async () => {
    const seeded = new Date();
    await seedDemoData();
    const posts = await db().forumPost.findMany({ select: { createdAt: true } });
    const published = await db().newsArticle.findMany({
      where: { status: "PUBLISHED" },
      select: { publishedAt: true },
    });
    const dates = [...posts.map((p) => p.createdAt), ...published.map((a) => a.publishedAt!)];
    expect(dates.length).toBeGreaterThanOrEqual(6);
    // Every one a day or more before the seeding, or (the scheduled article) ahead of it.
    expect(dates.filter((date) => Math.abs(date.getTime() - seeded.getTime()) < 3600_000)).toEqual([]);
    // Organisations joined over many months, not all on the day of the seeding.
    const joined = await db().organisation.findMany({ select: { createdAt: true } });
    expect(new Set(joined.map((o) => o.createdAt.toDateString())).size).toBe(joined.length);
  });

  it("does not hold in the library, as adopted, a programme whose draft is still in consultation", async () => {
    await seedDemoData();
    const consulted = await db().consultation.findMany({
      where: { kind: "COOPERATION_PROGRAMME", status: { in: ["SCHEDULED", "OPEN"] } },
      select: { title: true },
    });
    const years = consulted.map((consultation) => /na (\d{4}) rok/.exec(consultation.title)?.[1]);
    expect(years).toEqual(["2027"]);
    const adopted = await db().libraryDocument.findMany({
      where: { kind: "COOPERATION_PROGRAMME", status: "ADOPTED" },
      select: { title: true },
    });
    expect(adopted.length).toBeGreaterThan(0);
    expect(adopted.filter((document) => document.title.includes("na 2027 rok"))).toEqual([]);
  });

  it("hides password hashes from ordinary queries", async () => {
    const user = await db().user.findFirstOrThrow();
    expect(user).not.toHaveProperty("passwordHash");
  });
});
