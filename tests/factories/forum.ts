// Forum records for tests that need a category, thread or post in a given
// state (locked, held, in a category for officials) rather than the way one is
// written: stored directly, no rules, no notifications. Tests of writing go
// through the forum's actions.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const short = () => randomUUID().slice(0, 8);

/** A category everyone signed in reads, named the same in the three languages unless `name` says otherwise. */
export function createForumCategory(overrides: Partial<Prisma.ForumCategoryUncheckedCreateInput> = {}) {
  return db().forumCategory.create({
    data: {
      slug: `kategoria-${short()}`,
      name: { pl: "Ogólna", en: "General", de: "Allgemein" },
      description: { pl: "", en: "", de: "" },
      position: 1,
      access: "SIGNED_IN",
      ...overrides,
    },
  });
}

/** A thread in the category; its posts are added separately (createForumPost) when the test needs them. */
export function createForumThread(
  categoryId: string,
  overrides: Partial<Omit<Prisma.ForumThreadUncheckedCreateInput, "categoryId">> = {},
) {
  return db().forumThread.create({ data: { categoryId, title: `Wątek ${short()}`, ...overrides } });
}

/** The thread's post number `number` (1 opens the thread). */
export function createForumPost(
  threadId: string,
  number: number,
  overrides: Partial<Omit<Prisma.ForumPostUncheckedCreateInput, "threadId" | "number">> = {},
) {
  return db().forumPost.create({ data: { threadId, number, body: `Wpis nr ${number}.`, ...overrides } });
}
