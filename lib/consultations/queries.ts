// Reading consultations: the public list and page, the official's views,
// and the documents published with them.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConsultationKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { idsOrCorrected, type QueryCorrection } from "@/lib/search/forgiving";
import { phaseAt, type ConsultationPhase } from "@/lib/consultations/lifecycle";

export const PUBLIC_PAGE_SIZE = 20;
export type PublicPhase = "open" | "upcoming" | "closed";

export type PublicListFilters = {
  phase?: PublicPhase;
  kind?: ConsultationKind;
  institutionId?: string;
  sphereId?: string;
  territoryCode?: string;
  q?: string;
  page: number;
};

const listSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  status: true,
  startsAt: true,
  endsAt: true,
  institution: { select: { name: true, officeName: true, slug: true } },
  _count: { select: { remarks: { where: { state: "SUBMITTED" } } } },
} satisfies Prisma.ConsultationSelect;

export type ConsultationListItem = Prisma.ConsultationGetPayload<{ select: typeof listSelect }> & {
  phase: ConsultationPhase;
};

/**
 * Consultations that concern a territory: those of its offices or marked with
 * it or any unit inside it (codes share their prefix: 16 ⊃ 1607 ⊃ 1607053),
 * and those of the whole region or the powiat around it, which concern it too.
 */
function territoryWhere(code: string): Prisma.ConsultationWhereInput {
  const enclosing = [code.slice(0, 2), code.slice(0, 4)].filter((prefix) => prefix.length < code.length);
  return {
    OR: [
      { territories: { some: { territoryCode: { startsWith: code } } } },
      { institution: { territoryCode: { startsWith: code } } },
      ...(enclosing.length
        ? [
            { territories: { some: { territoryCode: { in: enclosing } } } },
            { institution: { territoryCode: { in: enclosing } } },
          ]
        : []),
    ],
  };
}

function phaseWhere(phase: PublicPhase | undefined, now: Date): Prisma.ConsultationWhereInput {
  if (phase === "open") return { startsAt: { lte: now }, endsAt: { gt: now }, status: { in: ["SCHEDULED", "OPEN"] } };
  if (phase === "upcoming") return { startsAt: { gt: now }, status: "SCHEDULED" };
  if (phase === "closed") return { OR: [{ endsAt: { lte: now } }, { status: "REPORT_PUBLISHED" }] };
  return {};
}

/** Published consultations (never drafts) matching the filters; open ones end soonest first. */
async function searchIds(q: string, limit = 1000): Promise<string[]> {
  const rows = await db().$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Consultation" WHERE status <> 'DRAFT' AND "searchVector" @@ pl_search_query(${q}) LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** A query that finds nothing is corrected word by word (lib/search/forgiving.ts), and `correction` says so. */
export async function listPublicConsultations(
  filters: PublicListFilters,
  now = new Date(),
): Promise<{ items: ConsultationListItem[]; total: number; correction?: QueryCorrection }> {
  const { ids, correction } = filters.q
    ? await idsOrCorrected(filters.q, searchIds)
    : { ids: undefined, correction: undefined };
  const where: Prisma.ConsultationWhereInput = {
    AND: [
      { status: { not: "DRAFT" } },
      phaseWhere(filters.phase, now),
      filters.kind ? { kind: filters.kind } : {},
      filters.institutionId ? { institutionId: filters.institutionId } : {},
      filters.sphereId ? { spheres: { some: { sphereId: filters.sphereId } } } : {},
      filters.territoryCode ? territoryWhere(filters.territoryCode) : {},
      ids ? { id: { in: ids } } : {},
    ],
  };
  const orderBy: Prisma.ConsultationOrderByWithRelationInput[] =
    filters.phase === "closed"
      ? [{ endsAt: "desc" }, { id: "asc" }]
      : filters.phase === "upcoming"
        ? [{ startsAt: "asc" }, { id: "asc" }]
        : [{ endsAt: "asc" }, { id: "asc" }];
  const [items, total] = await Promise.all([
    db().consultation.findMany({
      where,
      select: listSelect,
      orderBy,
      skip: (filters.page - 1) * PUBLIC_PAGE_SIZE,
      take: PUBLIC_PAGE_SIZE,
    }),
    db().consultation.count({ where }),
  ]);
  return { items: items.map((item) => ({ ...item, phase: phaseAt(item, now) })), total, correction };
}

/** The institutions that have published consultations, for the organiser filter. */
export async function listOrganisers(): Promise<{ id: string; name: string }[]> {
  return db().institution.findMany({
    where: { consultations: { some: { status: { not: "DRAFT" } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

const pageSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  status: true,
  summary: true,
  legalBasis: true,
  startsAt: true,
  endsAt: true,
  audience: true,
  remarkPublication: true,
  meetingAt: true,
  meetingPlace: true,
  meetingUrl: true,
  contactPerson: true,
  contactEmail: true,
  bipUrl: true,
  publishedAt: true,
  sourceText: true,
  splitMode: true,
  finalText: true,
  finalSplitMode: true,
  finalPublishedAt: true,
  institutionId: true,
  institution: { select: { id: true, name: true, officeName: true, slug: true } },
  spheres: {
    select: { sphere: { select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true } } },
    orderBy: { sphere: { sortOrder: "asc" } },
  },
  territories: {
    select: { territory: { select: { code: true, name: true, kind: true } } },
    orderBy: { territoryCode: "asc" },
  },
  extensions: {
    select: { id: true, previousEndsAt: true, newEndsAt: true, reason: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
  units: {
    select: { id: true, key: true, kind: true, label: true, text: true, depth: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ConsultationSelect;

export type ConsultationPage = Prisma.ConsultationGetPayload<{ select: typeof pageSelect }>;

/** The consultation for its public page; drafts only when `includeDraft` (its officials previewing). */
export async function getConsultationBySlug(slug: string): Promise<ConsultationPage | null> {
  return db().consultation.findUnique({ where: { slug }, select: pageSelect });
}

/** Everything the edit form needs. */
export async function getConsultationForEdit(slug: string) {
  return db().consultation.findUnique({
    where: { slug },
    include: {
      institution: { select: { id: true, name: true, slug: true, consultationMinDays: true } },
      spheres: { select: { sphereId: true } },
      territories: { select: { territoryCode: true } },
      extensions: { orderBy: { createdAt: "asc" } },
    },
  });
}

/** An institution's consultations, drafts included, newest first (its officials' list). */
export async function listInstitutionConsultations(institutionId: string, now = new Date()) {
  const items = await db().consultation.findMany({
    where: { institutionId },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      status: true,
      startsAt: true,
      endsAt: true,
      _count: { select: { remarks: { where: { state: "SUBMITTED" } } } },
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
  });
  return items.map((item) => ({ ...item, phase: phaseAt(item, now) }));
}

/** The consultation's documents, oldest first. */
export async function listAttachments(consultationId: string) {
  return db().consultationAttachment.findMany({
    where: { consultationId },
    select: { id: true, title: true, createdAt: true, file: { select: { kind: true, size: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
export type AttachmentView = Awaited<ReturnType<typeof listAttachments>>[number];

/**
 * Documents added after the consultation was announced, for its timeline.
 * Since nothing is removed after publication, these are all the changes.
 */
export async function attachmentTimeline(
  consultationId: string,
): Promise<{ id: string; title: string; createdAt: Date }[]> {
  const consultation = await db().consultation.findUnique({
    where: { id: consultationId },
    select: { publishedAt: true },
  });
  if (!consultation?.publishedAt) return [];
  return db().consultationAttachment.findMany({
    where: { consultationId, createdAt: { gt: consultation.publishedAt } },
    select: { id: true, title: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function attachmentFileId(consultationId: string, attachmentId: string): Promise<string | null> {
  return (
    (
      await db().consultationAttachment.findFirst({
        where: { id: attachmentId, consultationId },
        select: { fileId: true },
      })
    )?.fileId ?? null
  );
}

/** The institution that runs the consultation, looked up on the server: the scope of its managers' actions. */
export async function organiserOf(input: { consultationId: string }) {
  const consultation = await db().consultation.findUnique({
    where: { id: input.consultationId },
    select: { institutionId: true },
  });
  return consultation ? { institutionId: consultation.institutionId } : null;
}
