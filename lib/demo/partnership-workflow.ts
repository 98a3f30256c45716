// Demo interests and partnerships (issue 23, item 8): on the three demo
// requests (lib/demo's requests, looked up by slug and skipped when absent),
// interests from verified demo organisations with partnership profiles in
// every state an author meets (submitted, shortlisted, accepted, declined),
// and one partnership formed and shown on both profiles. The foundation
// (opolskie-centrum-wolontariatu) is left free to answer the office's request
// in the demo journey. Each interest stores its fit as one sent through the
// form does (fitOfParty), so the author's list shows and sorts by it.
// Idempotent: an interest that exists is left as it is (visitors' decisions
// survive restarts) but for a fit never stored (demo databases seeded
// before), and counters move only with rows written.
import { db } from "@/lib/db/client";
import type { PartnerInterestStatus } from "@/lib/generated/prisma/enums";
import { fitOfParty } from "@/lib/partnerships/suggestions/fit-of-party";

type DemoInterest = {
  /** Organisations in order of preference: the first that is verified and not the request's author sends it. */
  from: string[];
  status: Exclude<PartnerInterestStatus, "WITHDRAWN">;
  message: string;
  decisionNote?: string;
  /** An accepted interest's partnership: confirmed and shown by both sides. */
  formed?: boolean;
};

export const demoPartnershipWorkflow: Record<string, DemoInterest[]> = {
  "kuchnia-dla-seniorow-partner-wolontariusze": [
    {
      from: ["opolskie-centrum-wolontariatu", "zdrowie-bez-barier"],
      status: "ACCEPTED",
      formed: true,
      message:
        "Koordynujemy ponad stu wolontariuszy, w tym grupę seniorów. Możemy co tydzień zapewnić cztery osoby do wydawania posiłków i przeszkolić je z bezpieczeństwa żywności.",
    },
    {
      from: ["zdrowie-bez-barier", "forum-praw-obywatelskich"],
      status: "SHORTLISTED",
      message:
        "Prowadzimy warsztaty zdrowego żywienia dla osób starszych i z niepełnosprawnościami. Chętnie przygotujemy jadłospisy i poprowadzimy spotkania przy obiedzie.",
    },
    {
      from: ["forum-praw-obywatelskich", "zielona-odra"],
      status: "DECLINED",
      decisionNote: "Dziękujemy – tym razem szukamy przede wszystkim wolontariuszy do kuchni.",
      message: "Możemy poprowadzić dyżury porad prawnych dla seniorów w czasie obiadów: spadki, umowy, świadczenia.",
    },
  ],
  "festiwal-pogranicza-partner-czeski-i-niemiecki": [
    {
      from: ["zielona-odra", "forum-praw-obywatelskich"],
      status: "SUBMITTED",
      message:
        "Współpracujemy z czeskimi organizacjami przyrodniczymi z Krnova. Możemy przygotować polsko-czeską ścieżkę edukacyjną i stoisko na festiwalu.",
    },
    {
      from: ["zdrowie-bez-barier", "opolskie-centrum-wolontariatu"],
      status: "DECLINED",
      decisionNote: "Szukamy partnera pracującego po czesku lub niemiecku.",
      message: "Zapewnimy punkt pierwszej pomocy i dostępność festiwalu dla osób z niepełnosprawnościami.",
    },
  ],
  "bezpieczne-wakacje-partnerzy-gminy": [
    {
      from: ["zdrowie-bez-barier", "forum-praw-obywatelskich"],
      status: "SUBMITTED",
      message: "Poprowadzimy zajęcia z pierwszej pomocy dla dzieci i opiekunów w każdej świetlicy wakacyjnej w gminie.",
    },
    {
      from: ["zielona-odra", "forum-praw-obywatelskich"],
      status: "SHORTLISTED",
      message: "Proponujemy bezpieczne wyprawy przyrodnicze nad Odrę z instruktorami i sprzętem asekuracyjnym.",
    },
  ],
};

const DAY = 24 * 3600 * 1000;

export async function seedDemoPartnershipWorkflow(now = new Date()): Promise<void> {
  const requests = await db().partnerRequest.findMany({
    where: { slug: { in: Object.keys(demoPartnershipWorkflow) } },
    select: {
      id: true,
      slug: true,
      authorId: true,
      organisationId: true,
      institutionId: true,
      maxPartners: true,
      neededCompetences: true,
      neededResources: true,
    },
  });
  const slugs = Object.values(demoPartnershipWorkflow).flatMap((interests) => interests.flatMap((i) => i.from));
  const organisations = await db().organisation.findMany({
    where: { slug: { in: slugs }, verifiedAt: { not: null } },
    select: {
      id: true,
      slug: true,
      partnershipProfile: { select: { offeredCompetences: true, offeredResources: true } },
      memberships: {
        where: { role: { in: ["OWNER", "EDITOR"] } },
        orderBy: { role: "asc" },
        take: 1,
        select: { userId: true },
      },
    },
  });
  const bySlug = new Map(organisations.map((o) => [o.slug, o]));
  for (const request of requests) {
    const used = new Set<string>();
    for (const [index, demo] of demoPartnershipWorkflow[request.slug]!.entries()) {
      const organisation = demo.from
        .map((slug) => bySlug.get(slug))
        .find((o) => o && o.id !== request.organisationId && !used.has(o.id));
      if (!organisation) continue;
      used.add(organisation.id);
      const offered = [
        ...(organisation.partnershipProfile?.offeredCompetences ?? []),
        ...(organisation.partnershipProfile?.offeredResources ?? []),
      ];
      const coveredNeeds = [...request.neededCompetences, ...request.neededResources].filter((code) =>
        offered.includes(code),
      );
      const sentAt = new Date(now.getTime() - (6 - index) * DAY);
      // As the interest form does (lib/partnerships/interests/mutations.ts): the fit when it was sent.
      const fitScore = await fitOfParty(request.id, { kind: "organisation", id: organisation.id }, sentAt);
      await seedInterest(
        request,
        { organisationId: organisation.id, authorId: organisation.memberships[0]?.userId ?? null, fitScore },
        demo,
        coveredNeeds,
        { sentAt, decidedAt: new Date(now.getTime() - (3 - index / 2) * DAY) },
      );
    }
  }
}

async function seedInterest(
  request: {
    id: string;
    authorId: string | null;
    organisationId: string | null;
    institutionId: string | null;
    maxPartners: number;
  },
  sender: { organisationId: string; authorId: string | null; fitScore: number },
  demo: DemoInterest,
  coveredNeeds: string[],
  at: { sentAt: Date; decidedAt: Date },
) {
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "PartnerRequest" WHERE id = ${request.id} FOR NO KEY UPDATE`;
    const { organisationId, authorId, fitScore } = sender;
    const exists = await tx.partnerInterest.findUnique({
      where: { requestId_organisationId: { requestId: request.id, organisationId } },
      select: { id: true, fitScore: true },
    });
    if (exists) {
      if (exists.fitScore === null) await tx.partnerInterest.update({ where: { id: exists.id }, data: { fitScore } });
      return;
    }
    const { acceptedCount } = await tx.partnerRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: { acceptedCount: true },
    });
    // A request already full (a visitor accepted others) keeps the demo's interest waiting instead.
    const status = demo.status === "ACCEPTED" && acceptedCount >= request.maxPartners ? "SUBMITTED" : demo.status;
    const decided = status !== "SUBMITTED";
    const interest = await tx.partnerInterest.create({
      data: {
        requestId: request.id,
        organisationId,
        authorId,
        message: demo.message,
        coveredNeeds,
        fitScore,
        status,
        decisionNote: status === "DECLINED" ? (demo.decisionNote ?? null) : null,
        decidedById: decided ? request.authorId : null,
        decidedAt: decided ? at.decidedAt : null,
        createdAt: at.sentAt,
      },
      select: { id: true },
    });
    await tx.partnerRequest.update({
      where: { id: request.id },
      data: {
        interestCount: { increment: 1 },
        ...(status === "ACCEPTED" ? { acceptedCount: { increment: 1 } } : {}),
      },
    });
    if (status !== "ACCEPTED") return;
    const formed = demo.formed === true;
    await tx.partnership.create({
      data: {
        requestId: request.id,
        interestId: interest.id,
        requesterOrganisationId: request.organisationId,
        requesterInstitutionId: request.institutionId,
        partnerOrganisationId: organisationId,
        status: formed ? "FORMED" : "PROPOSED",
        requesterConfirmedAt: formed ? at.decidedAt : null,
        partnerConfirmedAt: formed ? at.decidedAt : null,
        formedAt: formed ? at.decidedAt : null,
        requesterShowsPublicly: formed,
        partnerShowsPublicly: formed,
        createdAt: at.decidedAt,
      },
    });
  });
}
