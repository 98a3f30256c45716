// Published entries matching the list's filters, newest first, for the
// feeds, the open data API and the officials' export. One SQL statement over
// the Idea table picks the ids (the Polish search uses the entry's generated
// "searchVector"); the rows are then read with what each public item shows.
// Only PUBLISHED entries are ever returned.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IdeaFilters } from "@/lib/ideas/feeds/filters";

/** Where a page ends in the newest-first order, for the next page to start after it. */
export type IdeaCursor = { publishedAt: Date; id: string };

function whereSql(filters: IdeaFilters, scope: { institutionId?: string }): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`i.visibility = 'PUBLISHED'`];
  if (filters.kind) parts.push(Prisma.sql`i.kind = ${filters.kind}::"IdeaKind"`);
  if (filters.status) parts.push(Prisma.sql`i.status = ${filters.status}::"IdeaStatus"`);
  if (scope.institutionId) parts.push(Prisma.sql`i."institutionId" = ${scope.institutionId}`);
  if (filters.office === "operator") parts.push(Prisma.sql`i.addressee = 'OPERATOR'`);
  else if (filters.office === "council") parts.push(Prisma.sql`i.addressee = 'COUNCIL'`);
  else if (filters.office) parts.push(Prisma.sql`i."institutionId" = ${filters.office}`);
  if (filters.organisation) parts.push(Prisma.sql`i."organisationId" = ${filters.organisation}`);
  if (filters.sphere)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "IdeaSphere" s WHERE s."ideaId" = i.id AND s."sphereId" = ${filters.sphere})`,
    );
  if (filters.territory)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "IdeaTerritory" t WHERE t."ideaId" = i.id AND t."territoryCode" LIKE ${`${filters.territory}%`})`,
    );
  if (filters.q) parts.push(Prisma.sql`i."searchVector" @@ pl_search_query(${filters.q})`);
  return Prisma.join(parts, " AND ");
}

/** The ids of one page of matching entries, newest first, after `cursor`. */
export async function matchingIdeaIds(
  filters: IdeaFilters,
  page: { limit: number; after?: IdeaCursor | null },
  scope: { institutionId?: string } = {},
): Promise<string[]> {
  const after = page.after
    ? Prisma.sql`AND (i."publishedAt", i.id) < (${page.after.publishedAt}::timestamp, ${page.after.id})`
    : Prisma.empty;
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT i.id FROM "Idea" i
    WHERE ${whereSql(filters, scope)} ${after}
    ORDER BY i."publishedAt" DESC, i.id DESC
    LIMIT ${page.limit}`;
  return rows.map((row) => row.id);
}

export async function countMatchingIdeas(filters: IdeaFilters): Promise<number> {
  const [row] = await db().$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "Idea" i WHERE ${whereSql(filters, {})}`;
  return Number(row?.count ?? 0);
}

/** What a public item shows of an entry (nothing about the person who wrote it beyond the organisation acted for). */
export const publicIdeaSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  body: true,
  status: true,
  addressee: true,
  taskScope: true,
  taskPlaceAndTime: true,
  taskExpectedResults: true,
  taskEstimatedCost: true,
  publishedAt: true,
  answerDueAt: true,
  mustAnswerSince: true,
  firstAnsweredAt: true,
  lastAnsweredAt: true,
  personSupportCount: true,
  organisationSupportCount: true,
  commentCount: true,
  updatedAt: true,
  institution: { select: { id: true, slug: true, name: true, officeName: true } },
  organisation: { select: { id: true, slug: true, name: true } },
  mergedInto: { select: { slug: true, visibility: true } },
  spheres: { select: { sphere: { select: { id: true, namePl: true, nameEn: true, nameDe: true } } } },
  territories: { select: { territory: { select: { code: true, name: true } } } },
} as const satisfies Prisma.IdeaSelect;
export type PublicIdeaRow = Prisma.IdeaGetPayload<{ select: typeof publicIdeaSelect }>;

/** The rows of `ids`, in the order given. */
export async function publicIdeaRows(ids: string[]): Promise<PublicIdeaRow[]> {
  if (ids.length === 0) return [];
  const rows = await db().idea.findMany({
    where: { id: { in: ids }, visibility: "PUBLISHED" },
    select: publicIdeaSelect,
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** One published entry by its address. */
export async function publicIdeaBySlug(slug: string): Promise<PublicIdeaRow | null> {
  return db().idea.findFirst({ where: { slug, visibility: "PUBLISHED" }, select: publicIdeaSelect });
}

/** The newest matching entries, for a feed. */
export async function latestIdeas(filters: IdeaFilters, limit = 20): Promise<PublicIdeaRow[]> {
  return publicIdeaRows(await matchingIdeaIds(filters, { limit }));
}
