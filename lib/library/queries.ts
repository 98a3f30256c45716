// What pages show of the library: the public list (filters and a Polish
// search over titles, descriptions and the text of the current files), a
// document with its history, and the documents a person looks after. A
// document is public once accepted and given its first version; a change an
// organisation makes to it afterwards (its `pendingFields`, versions still
// PROPOSED) is shown only to those who look after it and the moderators,
// whose queue of proposals and changes is read here too.
import { authorScope } from "@/lib/auth/authors";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { idsOrCorrected, type QueryCorrection } from "@/lib/search/forgiving";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LibraryDocumentKind, LibraryDocumentStatus } from "@/lib/generated/prisma/enums";
import { pendingFieldsOf } from "@/lib/library/schemas";
import { queueWindow, type QueueFilters, type QueueSource, type QueueWindow } from "@/lib/moderation/queue";
import { LIBRARY_STEWARDS } from "@/lib/library/stewards";
import { territoryRowMatch } from "@/lib/reference-data/topics";

export const LIBRARY_PAGE_SIZE = 20;
export type LibraryFilters = {
  q?: string;
  kind?: LibraryDocumentKind;
  status?: LibraryDocumentStatus;
  organisationId?: string;
  institutionId?: string;
  sphereId?: string;
  territoryCode?: string;
  page: number;
};

export const publicDocumentWhere: Prisma.LibraryDocumentWhereInput = {
  review: "ACCEPTED",
  currentVersionId: { not: null },
};
/** The same rule for one document already loaded. */
export const isPublicDocument = (document: { review: string; currentVersionId: string | null }) =>
  document.review === "ACCEPTED" && document.currentVersionId !== null;

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  kind: true,
  status: true,
  updatedAt: true,
  institution: { select: { name: true, officeName: true } },
  organisation: { select: { name: true } },
  currentVersion: { select: { id: true, number: true, issuedOn: true, file: { select: { kind: true, size: true } } } },
} satisfies Prisma.LibraryDocumentSelect;
export type LibraryCard = Prisma.LibraryDocumentGetPayload<{ select: typeof cardSelect }>;

/** Documents by an institution or organisation: looking after them, or among those that developed them. */
const byInstitution = (institutionId: string): Prisma.LibraryDocumentWhereInput => ({
  OR: [{ institutionId }, { developers: { some: { institutionId, acceptedAt: { not: null } } } }],
});
const byOrganisation = (organisationId: string): Prisma.LibraryDocumentWhereInput => ({
  OR: [{ organisationId }, { developers: { some: { organisationId, acceptedAt: { not: null } } } }],
});

/**
 * Ids of public documents whose title or description, or the text of whose
 * current file, matches the words (each through its own index), the most
 * recently changed first; at most 1,000: a search is narrowed, not paged to the end.
 */
async function searchIds(q: string, limit = 1000): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM (
      SELECT d.id, d."updatedAt" FROM "LibraryDocument" d
      WHERE d."searchVector" @@ pl_search_query(${q}) AND d.review = 'ACCEPTED' AND d."currentVersionId" IS NOT NULL
      UNION
      SELECT d.id, d."updatedAt" FROM "LibraryDocumentVersion" v JOIN "LibraryDocument" d ON d."currentVersionId" = v.id
      WHERE v."searchVector" @@ pl_search_query(${q}) AND d.review = 'ACCEPTED'
    ) found
    ORDER BY "updatedAt" DESC LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** The public list; a query that finds nothing is corrected word by word (lib/search/forgiving.ts), and `correction` says so. */
export async function listPublicDocuments(
  filters: LibraryFilters,
): Promise<{ items: LibraryCard[]; total: number; correction?: QueryCorrection }> {
  const { ids, correction } = filters.q
    ? await idsOrCorrected(filters.q, searchIds)
    : { ids: undefined, correction: undefined };
  const where: Prisma.LibraryDocumentWhereInput = {
    AND: [
      publicDocumentWhere,
      filters.kind ? { kind: filters.kind } : {},
      filters.status ? { status: filters.status } : {},
      filters.institutionId ? byInstitution(filters.institutionId) : {},
      filters.organisationId ? byOrganisation(filters.organisationId) : {},
      filters.sphereId ? { spheres: { some: { sphereId: filters.sphereId } } } : {},
      filters.territoryCode ? { territories: { some: territoryRowMatch(filters.territoryCode) } } : {},
      ids ? { id: { in: ids } } : {},
    ],
  };
  const [items, total] = await Promise.all([
    db().libraryDocument.findMany({
      where,
      select: cardSelect,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * LIBRARY_PAGE_SIZE,
      take: LIBRARY_PAGE_SIZE,
    }),
    db().libraryDocument.count({ where }),
  ]);
  return { items, total, correction };
}

/** The institutions with public documents (looking after or developing them), for the office filter (organisations are searched instead). */
export async function listLibraryInstitutions(): Promise<{ id: string; name: string }[]> {
  return db().$queryRaw<{ id: string; name: string }[]>`
    SELECT i.id, COALESCE(i."officeName", i.name) AS name FROM "Institution" i
    WHERE EXISTS (SELECT 1 FROM "LibraryDocument" d WHERE d."institutionId" = i.id AND d.review = 'ACCEPTED' AND d."currentVersionId" IS NOT NULL)
       OR EXISTS (SELECT 1 FROM "LibraryDocumentDeveloper" x JOIN "LibraryDocument" d ON d.id = x."documentId" WHERE x."institutionId" = i.id AND x."acceptedAt" IS NOT NULL AND d.review = 'ACCEPTED' AND d."currentVersionId" IS NOT NULL)
    ORDER BY 2`;
}

const documentSelect = {
  ...cardSelect,
  review: true,
  reviewNote: true,
  organisationId: true,
  institutionId: true,
  createdAt: true,
  institution: { select: { name: true, officeName: true, slug: true } },
  organisation: { select: { name: true, slug: true } },
  consultation: { select: { slug: true, title: true, status: true } },
  // Invited co-developers who have not accepted are never public.
  developers: {
    where: { acceptedAt: { not: null } },
    select: {
      institution: { select: { id: true, name: true, officeName: true, slug: true } },
      organisation: { select: { id: true, name: true, slug: true } },
    },
  },
  spheres: {
    select: { sphere: { select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true } } },
    orderBy: { sphere: { sortOrder: "asc" } },
  },
  territories: { select: { territory: { select: { code: true, name: true } } }, orderBy: { territoryCode: "asc" } },
  versions: {
    where: { review: "ACCEPTED" },
    select: {
      id: true,
      number: true,
      issuedOn: true,
      changeNote: true,
      createdAt: true,
      createdById: true,
      file: { select: { kind: true, size: true, originalName: true } },
    },
    orderBy: { number: "desc" },
  },
} satisfies Prisma.LibraryDocumentSelect;
export type LibraryDocumentView = Prisma.LibraryDocumentGetPayload<{ select: typeof documentSelect }>;

export async function documentBySlug(slug: string): Promise<LibraryDocumentView | null> {
  return db().libraryDocument.findUnique({ where: { slug }, select: documentSelect });
}

/** The document as those who look after it see it: with every version and the change waiting for (or refused by) a moderator. */
export async function documentForEditing(documentId: string) {
  const document = await db().libraryDocument.findUnique({
    where: { id: documentId },
    select: {
      ...documentSelect,
      spheres: { select: { sphereId: true } },
      territories: { select: { territoryCode: true } },
      developers: {
        select: {
          institutionId: true,
          organisationId: true,
          acceptedAt: true,
          institution: { select: { name: true, officeName: true } },
          organisation: { select: { id: true, name: true } },
        },
      },
      consultationId: true,
      versions: {
        select: {
          id: true,
          number: true,
          issuedOn: true,
          changeNote: true,
          review: true,
          file: { select: { kind: true } },
        },
        orderBy: { number: "desc" },
      },
      pendingFields: true,
      changeReview: true,
      changeNote: true,
    },
  });
  if (!document) return null;
  const pendingFields = pendingFieldsOf(document.pendingFields);
  const pendingOrganisations = pendingFields
    ? await db().organisation.findMany({
        where: { id: { in: pendingFields.developerOrganisationIds } },
        select: { id: true, name: true },
      })
    : null;
  return { ...document, pendingFields, pendingOrganisations };
}

/** Documents the person looks after: of their institutions, their organisations (proposed and accepted), and the platform's for administrators. */
export async function listManagedDocuments(actor: Actor) {
  const { organisationIds, institutionIds, platform } = authorScope(actor, LIBRARY_STEWARDS);
  const or: Prisma.LibraryDocumentWhereInput[] = [
    ...(organisationIds.length ? [{ organisationId: { in: organisationIds } }] : []),
    ...(institutionIds.length ? [{ institutionId: { in: institutionIds } }] : []),
    ...(platform ? [{ organisationId: null, institutionId: null }] : []),
  ];
  if (or.length === 0) return [];
  return db().libraryDocument.findMany({
    where: { OR: or },
    select: {
      id: true,
      slug: true,
      title: true,
      review: true,
      reviewNote: true,
      changeReview: true,
      status: true,
      updatedAt: true,
      currentVersion: { select: { number: true } },
      organisation: { select: { name: true } },
      institution: { select: { name: true, officeName: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 200,
  });
}

/**
 * Non-draft consultations the person's documents may come from (their offices' own; any
 * for the platform), newest first. `kept` is the document's present link, offered even
 * when the person could not choose it now, so saving the form never drops it.
 */
export async function consultationChoices(actor: Actor, kept: string | null = null) {
  const { institutionIds, platform } = authorScope(actor, LIBRARY_STEWARDS);
  const scope = platform ? {} : { institutionId: { in: institutionIds } };
  const where = {
    status: { not: "DRAFT" as const },
    OR: [...(platform || institutionIds.length > 0 ? [scope] : []), ...(kept ? [{ id: kept }] : [])],
  };
  if (where.OR.length === 0) return [];
  return db().consultation.findMany({
    where,
    select: { id: true, title: true },
    orderBy: { startsAt: "desc" },
    take: 200,
  });
}

// The moderators' queue (decisions: lib/library/moderation.ts).

const proposedVersionSelect = { id: true, number: true, file: { select: { kind: true, size: true } } } as const;

/**
 * New documents and changes to accepted ones, the longest waiting first, each
 * with every version no moderator has accepted yet: a proposal's are all its
 * versions (whatever an older upload was marked), a change's are those still
 * PROPOSED. The queue lists them all, since a decision covers them all.
 */
async function proposedRows(filters: QueueFilters, window: QueueWindow) {
  const rows = await db().libraryDocument.findMany({
    where: proposalsWhere(filters),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...window,
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      kind: true,
      review: true,
      createdAt: true,
      updatedAt: true,
      pendingFields: true,
      changeProposedAt: true,
      organisation: { select: { name: true } },
      proposedBy: { select: { name: true } },
      changeProposedBy: { select: { name: true } },
      versions: { orderBy: { number: "desc" }, select: { ...proposedVersionSelect, review: true } },
    },
  });
  return rows
    .map(({ pendingFields, versions, ...row }) => {
      const unreviewed = versions
        .filter((v) => row.review !== "ACCEPTED" || v.review === "PROPOSED")
        .map(({ review: _r, ...v }) => v);
      // Sent back with the decision: what the moderator was shown (lib/library/schemas.ts documentDecisionSchema; checked in lib/library/moderation.ts).
      const shown = { shownAt: row.updatedAt.toISOString(), versionIds: unreviewed.map((v) => v.id) };
      return { ...row, change: row.review === "ACCEPTED" ? pendingFieldsOf(pendingFields) : null, unreviewed, shown };
    })
    .sort(
      (a, b) =>
        (a.review === "ACCEPTED" ? a.changeProposedAt! : a.createdAt).getTime() -
        (b.review === "ACCEPTED" ? b.changeProposedAt! : b.createdAt).getTime(),
    );
}
export type ProposedDocument = Awaited<ReturnType<typeof proposedRows>>[number];

/** The moderators' filters in the library: a topic is a sphere, an author the proposing organisation. */
function proposalsWhere(filters: QueueFilters): Prisma.LibraryDocumentWhereInput {
  return {
    OR: [{ review: "PROPOSED" }, { changeReview: "PROPOSED" }],
    ...(filters.topic ? { spheres: { some: { sphereId: filters.topic } } } : {}),
    ...(filters.author ? { organisationId: filters.author } : {}),
  };
}

/** The proposals' queue for the shared queue read (lib/moderation/queue.ts: one page, with the count). */
export const libraryProposals: QueueSource<ProposedDocument> = {
  count: (filters) => db().libraryDocument.count({ where: proposalsWhere(filters) }),
  rows: proposedRows,
};

/** One page of the proposals' queue (the first unless the filters say otherwise). */
export const proposedDocuments = (filters: QueueFilters = {}) => proposedRows(filters, queueWindow(filters));

/** What the moderator saw when deciding: the document as it stood (its last change) and the versions listed. */
export type ShownDocument = { shownAt: string; versionIds: string[] };
