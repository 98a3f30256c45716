// News articles for tests that need one in a given state (published, waiting,
// rejected, withdrawn) rather than the way it gets there: stored directly, no
// moderation, no notifications. Tests of writing and moderating go through the
// news actions.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * An article of the organisation or institution named in `by`, published a
 * day ago unless `status` says otherwise (then with no publication date).
 */
export function createNewsArticle(
  by: { organisationId: string } | { institutionId: string },
  overrides: Partial<Prisma.NewsArticleUncheckedCreateInput> = {},
) {
  const status = overrides.status ?? "PUBLISHED";
  return db().newsArticle.create({
    data: {
      slug: `aktualnosc-${randomUUID().slice(0, 8)}`,
      title: "Aktualność testowa",
      lead: "Zajawka.",
      body: "Treść.",
      status,
      publishedAt: status === "PUBLISHED" ? new Date(Date.now() - 24 * 3600 * 1000) : null,
      ...by,
      ...overrides,
    },
  });
}
