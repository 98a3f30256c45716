// The directory as open data: what the JSON API and the exports publish, and
// cursor pagination for programs that walk the whole register. Only public
// register facts go out: names, identifiers, seat, spheres, statuses.
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { effectiveSort, type DirectoryFilters, type DirectorySort } from "@/lib/directory/filters";
import { DIRECTORY_COLUMNS, orderClause, textQuery, whereClause, type DirectoryItem } from "@/lib/directory/search";
import type { PublicPartnership } from "@/lib/partnerships/profile/queries";

export const API_DEFAULT_LIMIT = 50;
export const API_MAX_LIMIT = 100;

/**
 * Where the next page starts. By name and by date it is the last row's sort
 * key (keyset: stable while rows are added, and as fast on the last page as on
 * the first); by relevance, whose order depends on the query, an offset.
 */
const cursorSchema = z.discriminatedUnion("s", [
  z.object({ s: z.literal("name"), name: z.string().max(400), id: z.string().max(40) }),
  z.object({ s: z.literal("newest"), at: z.iso.datetime(), id: z.string().max(40) }),
  z.object({ s: z.literal("relevance"), offset: z.number().int().min(0).max(100_000) }),
]);
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** The cursor, or null when it is not one of ours or belongs to another order. */
export function decodeCursor(text: string, sort: DirectorySort): Cursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success && parsed.data.s === sort ? parsed.data : null;
  } catch {
    return null;
  }
}

function afterCursor(cursor: Cursor | null): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  switch (cursor.s) {
    case "name":
      return Prisma.sql`(o.name COLLATE "pl-x-icu", o.id) > (${cursor.name} COLLATE "pl-x-icu", ${cursor.id})`;
    case "newest":
      return Prisma.sql`(o."createdAt", o.id) < (${new Date(cursor.at)}::timestamp, ${cursor.id})`;
    case "relevance":
      return Prisma.sql`TRUE`;
  }
}

/** One page for the API: `limit` rows after `cursor`, and the cursor of the page after it (null on the last). */
export async function listOrganisationsPage(
  filters: DirectoryFilters,
  cursor: Cursor | null,
  limit: number,
): Promise<{ items: DirectoryItem[]; next: Cursor | null }> {
  const sort = effectiveSort({ ...filters, q: textQuery(filters) });
  const offset = cursor?.s === "relevance" ? cursor.offset : 0;
  const rows = await db().$queryRaw<DirectoryItem[]>`
    SELECT ${DIRECTORY_COLUMNS}
    FROM "Organisation" o JOIN "Territory" t ON t.code = o."seatTerritoryCode"
    WHERE ${whereClause(filters)} AND ${afterCursor(cursor)}
    ORDER BY ${orderClause({ ...filters, sort }, "words")}
    LIMIT ${limit + 1} OFFSET ${offset}`;
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  if (rows.length <= limit || !last) return { items, next: null };
  const next: Cursor =
    sort === "name"
      ? { s: "name", name: last.name, id: last.id }
      : sort === "newest"
        ? { s: "newest", at: last.createdAt.toISOString(), id: last.id }
        : { s: "relevance", offset: offset + limit };
  return { items, next };
}

/** Every organisation matching `filters`, in batches, for the exports. */
export async function* allMatchingOrganisations(
  filters: DirectoryFilters,
  batch = 1_000,
): AsyncGenerator<DirectoryItem[]> {
  const byName: DirectoryFilters = {
    ...filters,
    sort: filters.sort === "relevance" && !textQuery(filters) ? "name" : filters.sort,
  };
  let cursor: Cursor | null = null;
  for (;;) {
    const { items, next } = await listOrganisationsPage(byName, cursor, batch);
    if (items.length > 0) yield items;
    if (!next) return;
    cursor = next;
  }
}

export interface PublicOrganisation {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  legalForm: string;
  krs: string | null;
  nip: string | null;
  regon: string | null;
  registeredOn: string | null;
  seat: { teryt: string; name: string };
  publicBenefitStatus: boolean;
  verified: boolean;
  inLiquidation: boolean;
  sphereIds: string[];
  targetGroups: string[];
  addedAt: string;
  url: string;
  /** What it offers partners and needs from them, or null when it has said nothing about partnerships. */
  partnership: PublicPartnership | null;
}

/** The public record of one organisation; `profileUrl` is its page's absolute address. */
export function toPublicOrganisation(
  item: DirectoryItem,
  profileUrl: string,
  partnership: PublicPartnership | null,
): PublicOrganisation {
  return {
    id: item.id,
    slug: item.slug,
    name: item.name,
    shortName: item.shortName,
    legalForm: item.legalForm,
    krs: item.krs,
    nip: item.nip,
    regon: item.regon,
    registeredOn: item.registeredOn ? item.registeredOn.toISOString().slice(0, 10) : null,
    seat: { teryt: item.seatTerritoryCode, name: item.seatName },
    publicBenefitStatus: item.hasPublicBenefitStatus,
    verified: item.verified,
    inLiquidation: item.inLiquidation,
    sphereIds: item.sphereIds,
    targetGroups: item.targetGroups,
    addedAt: item.createdAt.toISOString(),
    url: profileUrl,
    partnership,
  };
}
