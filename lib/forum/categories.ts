// Forum categories: administrators create them, name and describe them in the
// three languages, order them and say who reads and writes there. Reading
// them is in queries.ts.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CategoryFields } from "@/lib/forum/schemas";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import type { ActionMeta } from "@/lib/http/request-context";

type Meta = ActionMeta & { userId: string };

export async function createCategory(fields: CategoryFields, meta: Meta): Promise<{ id: string; slug: string }> {
  return db().$transaction(async (tx) => {
    const slug = await firstFreeSlug(
      slugify(fields.name.pl, 60) || "kategoria",
      async (taken) => (await tx.forumCategory.count({ where: { slug: taken } })) > 0,
    );
    const last = await tx.forumCategory.aggregate({ _max: { position: true } });
    const category = await tx.forumCategory.create({
      data: { ...fields, slug, position: (last._max.position ?? 0) + 1 },
      select: { id: true, slug: true },
    });
    await recordAuditEvent(
      {
        action: "forum.category_created",
        actorUserId: meta.userId,
        subjectType: "ForumCategory",
        subjectId: category.id,
        ipAddress: meta.ip,
      },
      tx,
    );
    return category;
  });
}

/** Saves a category's names and rules; its address (slug) stays, so links keep working. */
export async function updateCategory(categoryId: string, fields: CategoryFields, meta: Meta): Promise<void> {
  await db().$transaction(async (tx) => {
    const updated = await tx.forumCategory.updateMany({ where: { id: categoryId }, data: fields });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "no such category");
    await recordAuditEvent(
      {
        action: "forum.category_edited",
        actorUserId: meta.userId,
        subjectType: "ForumCategory",
        subjectId: categoryId,
        ipAddress: meta.ip,
        details: { access: fields.access, openToPublic: fields.openToPublic },
      },
      tx,
    );
  });
}

/** Swaps the category with its neighbour above or below. */
export async function moveCategory(categoryId: string, direction: "up" | "down"): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "ForumCategory" FOR UPDATE`;
    const categories = await tx.forumCategory.findMany({
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    const index = categories.findIndex((category) => category.id === categoryId);
    if (index < 0) throw new AppError("NOT_FOUND", "no such category");
    const other = categories[direction === "up" ? index - 1 : index + 1];
    if (!other) return;
    // Positions are not unique, so two updates need no temporary value.
    await tx.forumCategory.update({ where: { id: categoryId }, data: { position: other.position } });
    await tx.forumCategory.update({ where: { id: other.id }, data: { position: categories[index]!.position } });
  });
}
