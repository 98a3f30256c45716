// Entries on the ideas board for tests that need one in a given state
// (public, waiting for a moderator, rejected, hidden, merged) rather than the
// way it gets there: stored directly, no moderation, no notifications. Tests
// of writing and moderating go through the board's actions.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * An entry addressed to the operator unless `overrides` name an office,
 * public a day ago (its answer due in 29 days) unless `visibility` says
 * otherwise (then with no publication date and no clock).
 */
export function createIdea(overrides: Partial<Prisma.IdeaUncheckedCreateInput> = {}) {
  const visibility = overrides.visibility ?? "PUBLISHED";
  const published = visibility === "PUBLISHED" || visibility === "HIDDEN";
  const now = Date.now();
  return db().idea.create({
    data: {
      slug: `wpis-${randomUUID().slice(0, 8)}`,
      kind: "NEED",
      title: "Wpis testowy",
      body: "Opis wpisu testowego, dość długi.",
      addressee: overrides.institutionId ? "INSTITUTION" : "OPERATOR",
      visibility,
      publishedAt: published ? new Date(now - 24 * 3600 * 1000) : null,
      answerDueAt: published ? new Date(now + 29 * 24 * 3600 * 1000) : null,
      ...overrides,
    },
  });
}

/** The entry an action wrote; a refusal or an error fails the test with what came back. */
export function writtenIdea<T extends { data?: unknown }>(
  result: T,
): Exclude<NonNullable<T["data"]>, { refused: unknown }> {
  const data = result.data;
  if (!data || (typeof data === "object" && "refused" in data))
    throw new Error(`not written: ${JSON.stringify(result)}`);
  return data as Exclude<NonNullable<T["data"]>, { refused: unknown }>;
}
