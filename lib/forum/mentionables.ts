// Whom a writer may mention in a category: people who can read it, and
// (outside officials' categories) organisations whose people can read it,
// found by name without regard to Polish letters ("lodz" finds "Łódź"). The
// people are those of lib/forum/access.ts's readerSql, the same rule that
// checks a mention when the post is saved.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ForumAccess } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { readerSql } from "@/lib/forum/access";

export type Mentionable = { kind: "user" | "org"; id: string; name: string };

export async function findMentionables(
  query: string,
  access: ForumAccess,
  excludeUserId: string,
): Promise<Mentionable[]> {
  const text = query.trim().slice(0, 60);
  if (text.length < 2) return [];
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const people = await db().$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id, u.name FROM "User" u
    WHERE u.id <> ${excludeUserId} AND pl_fold(u.name) LIKE pl_fold(${pattern}) AND ${readerSql(access)}
    ORDER BY u.name COLLATE "pl-x-icu" LIMIT 6`;
  const organisations =
    access === "OFFICIALS"
      ? []
      : await db().$queryRaw<{ id: string; name: string }[]>`
          SELECT o.id, o.name FROM "Organisation" o
          WHERE o."nameFolded" LIKE pl_fold(${pattern}) ${access === "REPRESENTATIVES" ? Prisma.sql`AND o."verifiedAt" IS NOT NULL` : Prisma.empty}
          ORDER BY o.name COLLATE "pl-x-icu" LIMIT 4`;
  return [
    ...people.map((p) => ({ kind: "user" as const, ...p })),
    ...organisations.map((o) => ({ kind: "org" as const, ...o })),
  ];
}
