// What pages show of the ideas board: the public list (filters, sorts and
// Polish search), similar entries while a title is typed, the offices an entry
// may be addressed to, an entry as its writer edits it, and the moderators'
// queue. Visitors see only public entries (lib/ideas/policy.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { idsOrCorrected, type QueryCorrection } from "@/lib/search/forgiving";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IdeaKind, IdeaStatus, InstitutionKind } from "@/lib/generated/prisma/enums";
import { ideaImagePath, renderIdeaBody } from "@/lib/ideas/body";
import type { ideaSortValues } from "@/lib/ideas/public-filters";
import { pendingIdeaFieldsOf } from "@/lib/ideas/schemas";
import { shownVersion } from "@/lib/moderation/shown-version";
import { queueWindow, type QueueFilters } from "@/lib/moderation/queue";
import { territoryRowMatch } from "@/lib/reference-data/topics";
import { regionCode } from "@/lib/settings/platform-name";

export const IDEAS_PAGE_SIZE = 20;
export type IdeaSort = (typeof ideaSortValues)[number];

export type IdeaListFilters = {
  q?: string;
  kind?: IdeaKind;
  status?: IdeaStatus;
  /** An office's id, or the operator or council. */
  office?: string;
  organisationId?: string;
  sphereId?: string;
  territoryCode?: string;
  sort: IdeaSort;
  page: number;
};

const cardSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  status: true,
  addressee: true,
  publishedAt: true,
  answerDueAt: true,
  firstAnsweredAt: true,
  lastAnsweredAt: true,
  mustAnswerSince: true,
  personSupportCount: true,
  organisationSupportCount: true,
  commentCount: true,
  author: { select: { name: true } },
  organisation: { select: { name: true, slug: true } },
  institution: { select: { name: true, officeName: true, slug: true } },
} satisfies Prisma.IdeaSelect;
export type IdeaCard = Prisma.IdeaGetPayload<{ select: typeof cardSelect }>;

function officeWhere(office: string): Prisma.IdeaWhereInput {
  if (office === "operator") return { addressee: "OPERATOR" };
  if (office === "council") return { addressee: "COUNCIL" };
  return { institutionId: office };
}

function listWhere(filters: IdeaListFilters): Prisma.IdeaWhereInput {
  return {
    AND: [
      { visibility: "PUBLISHED" },
      // A merged entry lives on in the one it went into; it is listed only when asked for.
      filters.status ? { status: filters.status } : { status: { not: "MERGED" } },
      filters.kind ? { kind: filters.kind } : {},
      filters.office ? officeWhere(filters.office) : {},
      filters.organisationId ? { organisationId: filters.organisationId } : {},
      filters.sphereId ? { spheres: { some: { sphereId: filters.sphereId } } } : {},
      filters.territoryCode ? { territories: { some: territoryRowMatch(filters.territoryCode) } } : {},
      // Waiting for an answer: no answer yet; recently answered: answered.
      filters.sort === "waiting" ? { firstAnsweredAt: null } : {},
      filters.sort === "answered" ? { lastAnsweredAt: { not: null } } : {},
    ],
  };
}

const ORDER: Record<IdeaSort, Prisma.IdeaOrderByWithRelationInput[]> = {
  newest: [{ publishedAt: "desc" }, { id: "asc" }],
  supported: [
    { organisationSupportCount: "desc" },
    { personSupportCount: "desc" },
    { publishedAt: "desc" },
    { id: "asc" },
  ],
  waiting: [{ answerDueAt: "asc" }, { publishedAt: "asc" }, { id: "asc" }],
  answered: [{ lastAnsweredAt: "desc" }, { id: "asc" }],
};

/** Ids of public entries matching the words, newest first (at most 1,000: a search is narrowed, not paged to the end; the list orders them). */
async function searchIds(q: string, limit = 1000): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Idea"
    WHERE visibility = 'PUBLISHED' AND "searchVector" @@ pl_search_query(${q})
    ORDER BY "publishedAt" DESC LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** The public list; a query that finds nothing is corrected word by word (lib/search/forgiving.ts), and `correction` says so. */
export async function listPublicIdeas(
  filters: IdeaListFilters,
): Promise<{ items: IdeaCard[]; total: number; correction?: QueryCorrection }> {
  const { ids, correction } = filters.q
    ? await idsOrCorrected(filters.q, searchIds)
    : { ids: undefined, correction: undefined };
  if (ids && ids.length === 0) return { items: [], total: 0 };
  const where: Prisma.IdeaWhereInput = ids ? { AND: [listWhere(filters), { id: { in: ids } }] } : listWhere(filters);
  const [items, total] = await Promise.all([
    db().idea.findMany({
      where,
      select: cardSelect,
      orderBy: ORDER[filters.sort],
      skip: (filters.page - 1) * IDEAS_PAGE_SIZE,
      take: IDEAS_PAGE_SIZE,
    }),
    db().idea.count({ where }),
  ]);
  return { items, total, correction };
}

/** Up to five public entries whose words match the title being typed, for "support it instead". */
export async function similarIdeas(title: string): Promise<IdeaCard[]> {
  // Any of the title's words may match (a new title is rarely worded like the old one), each in any form
  // of its lemma: pl_search_any (search_lexicon migration), the most matching first.
  const rows = await db().$queryRaw<{ id: string }[]>`
    WITH query AS (SELECT pl_search_any(left(${title}, 300)) AS q)
    SELECT i.id FROM "Idea" i, query
    WHERE i.visibility = 'PUBLISHED' AND i.status <> 'MERGED' AND i."searchVector" @@ query.q
    ORDER BY ts_rank(i."searchVector", query.q) DESC, i."organisationSupportCount" DESC, i."publishedAt" DESC
    LIMIT 5`;
  if (rows.length === 0) return [];
  const found = await db().idea.findMany({ where: { id: { in: rows.map((row) => row.id) } }, select: cardSelect });
  return rows.map((row) => found.find((idea) => idea.id === row.id)!).filter(Boolean);
}

export type AddressableOffice = { id: string; name: string; kind: InstitutionKind };

const OFFICE_KIND_ORDER: Record<InstitutionKind, number> = { VOIVODESHIP_OFFICE: 0, POWIAT_OFFICE: 1, GMINA_OFFICE: 2 };

/**
 * The offices of the region an entry may be addressed to: the voivodeship's
 * first, then the powiats' and the gminas', each by the place's name (eighty
 * offices named "Urząd Gminy …" or "Urząd Miejski w …" are found by place).
 */
export async function addressableOffices(): Promise<AddressableOffice[]> {
  const region = await regionCode();
  const offices = await db().institution.findMany({
    where: { territory: { OR: [{ code: region }, { voivodeshipCode: region }] } },
    select: { id: true, name: true, officeName: true, kind: true, territory: { select: { name: true } } },
  });
  return offices
    .sort(
      (a, b) =>
        OFFICE_KIND_ORDER[a.kind] - OFFICE_KIND_ORDER[b.kind] || a.territory.name.localeCompare(b.territory.name, "pl"),
    )
    .map((office) => ({ id: office.id, name: office.officeName ?? office.name, kind: office.kind }));
}

/** The offices with public entries, for the list's filter. */
export async function listIdeaOffices(): Promise<{ id: string; name: string }[]> {
  return db().$queryRaw<{ id: string; name: string }[]>`
    SELECT i.id, COALESCE(i."officeName", i.name) AS name FROM "Institution" i
    WHERE EXISTS (SELECT 1 FROM "Idea" e WHERE e."institutionId" = i.id AND e.visibility = 'PUBLISHED')
    ORDER BY 2`;
}

/** The entry as its writer edits it: the change waiting for a moderator if there is one, with every picture. */
export async function ideaForEditing(slug: string) {
  const idea = await db().idea.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      title: true,
      body: true,
      addressee: true,
      institutionId: true,
      visibility: true,
      status: true,
      authorId: true,
      organisationId: true,
      publishedAt: true,
      taskScope: true,
      taskPlaceAndTime: true,
      taskExpectedResults: true,
      taskEstimatedCost: true,
      pendingFields: true,
      spheres: { select: { sphereId: true } },
      territories: { select: { territoryCode: true } },
      images: {
        select: { id: true, alt: true, width: true, height: true, pending: true },
        orderBy: { createdAt: "asc" },
      },
      attachments: {
        select: { id: true, title: true, pending: true, file: { select: { kind: true, size: true } } },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  return idea && { ...idea, pendingFields: pendingIdeaFieldsOf(idea.pendingFields) };
}

// The moderators' queue (decisions: lib/ideas/moderation.ts).

/** What a moderator decides on: the entry or change as written, with its pictures and documents. */
/** A change saved at once under post-moderation: nothing of it waits (no held fields, no pending files). */
export const isAlreadyPublicChange = (idea: {
  visibility: string;
  changeSubmittedAt: Date | null;
  pendingFields: unknown;
  images: { pending: boolean }[];
  attachments: { pending: boolean }[];
}) =>
  idea.visibility === "PUBLISHED" &&
  idea.changeSubmittedAt !== null &&
  idea.pendingFields === null &&
  !idea.images.some((image) => image.pending) &&
  !idea.attachments.some((file) => file.pending);

export const shownIdeaSelect = {
  visibility: true,
  kind: true,
  title: true,
  body: true,
  addressee: true,
  institutionId: true,
  organisationId: true,
  taskScope: true,
  taskPlaceAndTime: true,
  taskExpectedResults: true,
  taskEstimatedCost: true,
  pendingFields: true,
  changeSubmittedAt: true,
  images: { select: { id: true, alt: true, pending: true }, orderBy: { id: "asc" } },
  attachments: { select: { id: true, title: true, pending: true }, orderBy: { id: "asc" } },
} as const satisfies Prisma.IdeaSelect;
export type VersionedIdea = Prisma.IdeaGetPayload<{ select: typeof shownIdeaSelect }>;

/** The fingerprint of what the queue shows of the entry (lib/moderation/shown-version.ts). */
export function ideaVersion(idea: VersionedIdea): string {
  return shownVersion([
    idea.visibility,
    idea.kind,
    idea.title,
    idea.body,
    idea.addressee,
    idea.institutionId,
    idea.organisationId,
    idea.taskScope,
    idea.taskPlaceAndTime,
    idea.taskExpectedResults,
    idea.taskEstimatedCost?.toString() ?? null,
    idea.pendingFields,
    idea.changeSubmittedAt,
    idea.images.map((i) => [i.id, i.alt, i.pending]),
    idea.attachments.map((f) => [f.id, f.title, f.pending]),
  ]);
}

/** The entry's fingerprint now (tests and the demo decide without a queue). */
export async function currentIdeaVersion(ideaId: string): Promise<string> {
  return ideaVersion(await db().idea.findUniqueOrThrow({ where: { id: ideaId }, select: shownIdeaSelect }));
}

const queueSelect = {
  ...shownIdeaSelect,
  id: true,
  slug: true,
  createdAt: true,
  publishedAt: true,
  author: { select: { name: true } },
  organisation: { select: { name: true, slug: true } },
  institution: { select: { name: true, officeName: true } },
  images: { select: { id: true, alt: true, pending: true, width: true, height: true }, orderBy: { id: "asc" } },
} as const satisfies Prisma.IdeaSelect;
type QueueRow = Prisma.IdeaGetPayload<{ select: typeof queueSelect }>;

function queueFilterWhere(filters: QueueFilters): Prisma.IdeaWhereInput {
  return {
    ...(filters.topic ? { spheres: { some: { sphereId: filters.topic } } } : {}),
    ...(filters.author ? { organisationId: filters.author } : {}),
  };
}

/** An entry as the moderator reads it: the text that would be public (a waiting change's, if any), rendered. */
function queued(idea: QueueRow) {
  const change = pendingIdeaFieldsOf(idea.pendingFields);
  const body = change?.body ?? idea.body;
  return {
    id: idea.id,
    slug: idea.slug,
    kind: change?.kind ?? idea.kind,
    title: change?.title ?? idea.title,
    previousTitle: change && change.title !== idea.title ? idea.title : null,
    bodyHtml: renderIdeaBody(body, idea.images, 4),
    author: idea.organisation?.name ?? idea.author?.name ?? null,
    addressee: idea.institution ? (idea.institution.officeName ?? idea.institution.name) : null,
    addresseeKind: idea.addressee,
    submittedAt: idea.changeSubmittedAt ?? idea.createdAt,
    isChange: idea.visibility === "PUBLISHED",
    // A change saved at once under post-moderation is public already: the moderator keeps it or hides the entry.
    alreadyPublic: isAlreadyPublicChange(idea),
    newFiles: [
      ...idea.images
        .filter((image) => image.pending)
        .map((image) => ({ title: image.alt, href: ideaImagePath(image.id) })),
      ...idea.attachments.filter((file) => file.pending).map((file) => ({ title: file.title, href: null })),
    ],
    version: ideaVersion(idea),
  };
}
export type QueuedIdea = ReturnType<typeof queued>;

/**
 * What the moderators work through: new entries waiting (oldest first),
 * changes to public entries, and the latest public entries (to hide one).
 */
export async function ideaModerationQueue(filters: QueueFilters = {}) {
  const { skip, take } = queueWindow(filters);
  const narrowed = queueFilterWhere(filters);
  const [pending, changes, published] = await Promise.all([
    db().idea.findMany({
      where: { ...narrowed, visibility: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip,
      take,
      select: queueSelect,
    }),
    db().idea.findMany({
      where: { ...narrowed, visibility: "PUBLISHED", changeSubmittedAt: { not: null } },
      orderBy: [{ changeSubmittedAt: "asc" }, { id: "asc" }],
      skip,
      take,
      select: queueSelect,
    }),
    db().idea.findMany({
      where: { ...narrowed, visibility: "PUBLISHED" },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: queueSelect,
    }),
  ]);
  return { pending: pending.map(queued), changes: changes.map(queued), published: published.map(queued) };
}
