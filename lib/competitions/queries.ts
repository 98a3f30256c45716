// Reading competitions for their office (drafts included) and, published
// only, for the public pages S2 builds (lib/competitions/page-view.ts and
// list.ts are theirs; they call getPublishedCompetitionBySlug). Also the
// office's scope of a competition for scopedAction, and the legal minimum of
// days the deadline is checked against.
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ruleAt } from "@/lib/legal-rules/rules";
import type { DeadlineRules, Publication } from "@/lib/offers/calc/deadline";
import { readinessProblems, type ReadinessProblem } from "@/lib/competitions/publication-rules";

/** The office a competition belongs to, for the permission check; null when there is no such competition. */
export async function competitionScope(input: { competitionId: string }) {
  const competition = await db().competition.findUnique({
    where: { id: input.competitionId },
    select: { institutionId: true },
  });
  return competition ? { institutionId: competition.institutionId } : null;
}

const sphereSelect = { id: true, code: true, namePl: true, nameEn: true, nameDe: true } as const;

/** Everything the announcement holds, in the order art. 13 ust. 2 names it. */
export const announcementInclude = {
  institution: { select: { id: true, slug: true, name: true, officeName: true, address: true, territoryCode: true } },
  spheres: { select: { sphere: { select: sphereSelect } } },
  territories: { select: { territory: { select: { code: true, name: true, kind: true } } } },
  tasks: {
    orderBy: { position: "asc" },
    include: {
      sphere: { select: sphereSelect },
      history: { orderBy: [{ year: "desc" }, { label: "asc" }] },
    },
  },
  publications: { orderBy: { publishedOn: "asc" } },
  attachmentRequirements: { orderBy: { position: "asc" } },
  documents: {
    orderBy: { position: "asc" },
    include: { file: { select: { originalName: true, size: true, contentType: true } } },
  },
  commissionCall: true,
} satisfies Prisma.CompetitionInclude;

export type AnnouncementRecord = Prisma.CompetitionGetPayload<{ include: typeof announcementInclude }>;

/** A competition by slug in any stage: for its office's pages, which check the permission themselves. */
export const getCompetitionBySlug = cache(async (slug: string): Promise<AnnouncementRecord | null> =>
  db().competition.findUnique({ where: { slug }, include: announcementInclude }),
);

/** A competition everyone may read (published, decided or annulled), never a draft. */
export async function getPublishedCompetitionBySlug(slug: string): Promise<AnnouncementRecord | null> {
  const competition = await getCompetitionBySlug(slug);
  return competition && competition.status !== "DRAFT" ? competition : null;
}

export async function getCompetitionById(id: string): Promise<AnnouncementRecord | null> {
  return db().competition.findUnique({ where: { id }, include: announcementInclude });
}

/** The office's competitions, drafts first, then by deadline, with their pending questions. */
export async function listInstitutionCompetitions(institutionId: string) {
  const rows = await db().competition.findMany({
    where: { institutionId },
    select: {
      id: true,
      slug: true,
      title: true,
      reference: true,
      status: true,
      offersOpenAt: true,
      offersDeadline: true,
      totalPool: true,
      // The questions waiting for an answer: the officials see where they are owed one.
      _count: { select: { tasks: true, questions: { where: { status: "PENDING" } } } },
    },
    orderBy: [{ offersDeadline: "desc" }],
  });
  return rows
    .map(({ _count, ...row }) => ({ ...row, tasks: _count.tasks, pendingQuestions: _count.questions }))
    .sort((a, b) => Number(b.status === "DRAFT") - Number(a.status === "DRAFT"));
}

/** The legal minimum of days between the last publication and the deadline, in force on `day`. */
export async function deadlineRulesAt(day: Date): Promise<DeadlineRules> {
  const [minDays, exclusive] = await Promise.all([
    ruleAt("competition.announcementMinDays", day),
    ruleAt("competition.announcementDaysExclusive", day),
  ]);
  if (!minDays) throw new Error("No legal rule competition.announcementMinDays in force");
  return { minDays: minDays.value, exclusive: exclusive?.value === 1 };
}

export const publicationsOf = (rows: { channel: Publication["channel"]; publishedOn: Date }[]): Publication[] =>
  rows.map((row) => ({ channel: row.channel, day: row.publishedOn.toISOString().slice(0, 10) }));

/** What stands in the way of publishing now, by the rules in force today. */
export async function readinessOf(competition: AnnouncementRecord, now = new Date()): Promise<ReadinessProblem[]> {
  return readinessProblems(
    { ...competition, publications: publicationsOf(competition.publications) },
    await deadlineRulesAt(now),
    now,
  );
}

/** The stored file of one of the competition's documents (ids from the client are scoped to it). */
export async function competitionDocumentFileId(competitionId: string, documentId: string): Promise<string | null> {
  const document = await db().competitionDocument.findFirst({
    where: { id: documentId, competitionId },
    select: { fileId: true },
  });
  return document?.fileId ?? null;
}
