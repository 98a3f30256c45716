// Whom a forum post tells: earlier writers of the thread and its watchers
// (replies), watchers of the category (new threads), and the people and
// organisations it mentions. Always narrowed to people who may read the
// category now: a notification must not reveal a thread to someone who
// cannot open it. The mentions part serves every discussion (an idea's
// comments too), each with its own access and notice.
import type { Prisma } from "@/lib/generated/prisma/client";
import { readerSql } from "@/lib/forum/access";
import type { ForumAccess } from "@/lib/generated/prisma/enums";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { parseMentions } from "@/lib/forum/mentions";
import { notify, type NotificationInput } from "@/lib/notifications/notify";

/** What a forum notification names and links to: a thread's page. */
export const threadSubject = (thread: { id: string; title: string }): NotificationInput["subject"] => ({
  type: "ForumThread",
  id: thread.id,
  title: thread.title,
  link: { pathname: "/forum/threads/[id]", params: { id: thread.id } },
});

type Tx = Prisma.TransactionClient;

/** Those of `userIds` who may read a category with this access (lib/forum/access.ts). */
export async function readersAmong(tx: Tx, userIds: string[], access: ForumAccess): Promise<string[]> {
  if (userIds.length === 0) return [];
  const readers = await tx.$queryRaw<
    { id: string }[]
  >`SELECT u.id FROM "User" u WHERE u.id = ANY(${[...new Set(userIds)]}::text[]) AND ${readerSql(access)}`;
  return readers.map((reader) => reader.id);
}

/** Who wrote in the thread (posts still standing) and who watches it or its category. */
export async function threadFollowers(tx: Tx, thread: { id: string; categoryId: string }): Promise<string[]> {
  const [authors, watchers] = await Promise.all([
    tx.forumPost.findMany({
      where: { threadId: thread.id, authorId: { not: null }, deletedAt: null },
      select: { authorId: true },
      distinct: ["authorId"],
    }),
    tx.itemSubscription.findMany({
      where: {
        OR: [
          { subjectType: "ForumThread", subjectId: thread.id },
          { subjectType: "ForumCategory", subjectId: thread.categoryId },
        ],
      },
      select: { userId: true },
    }),
  ]);
  return [
    ...authors.flatMap((author) => (author.authorId ? [author.authorId] : [])),
    ...watchers.map((watcher) => watcher.userId),
  ];
}

export async function categoryWatchers(tx: Tx, categoryId: string): Promise<string[]> {
  return (
    await tx.itemSubscription.findMany({
      where: { subjectType: "ForumCategory", subjectId: categoryId },
      select: { userId: true },
    })
  ).map((watcher) => watcher.userId);
}

/** The people and the organisations a text mentions. */
export type Mentioned = { users: string[]; organisations: string[] };

/**
 * The people and organisations `body` mentions that `previousBody` did not
 * (an edit tells only the newly mentioned). Refused on the field when someone
 * mentioned does not exist or may not read the category: the writer fixes
 * the mention rather than having it silently dropped. Other public
 * discussions (an idea's comments, open to everyone signed in) ask with
 * "SIGNED_IN" and their own words for the refusal (`problem`).
 */
export async function mentionAudience(
  tx: Tx,
  body: string,
  access: ForumAccess,
  previousBody = "",
  problem = "forumMentionCannotRead",
): Promise<Mentioned> {
  const before = new Set(parseMentions(previousBody).map((m) => `${m.kind}:${m.id}`));
  const mentions = parseMentions(body).filter((m) => !before.has(`${m.kind}:${m.id}`));
  const userIds = mentions.filter((m) => m.kind === "user").map((m) => m.id);
  const organisationIds = mentions.filter((m) => m.kind === "org").map((m) => m.id);
  const users = await readersAmong(tx, userIds, access);
  // A mentioned organisation's owners and editors are told: in the representatives' categories only a verified one's can read.
  const organisationWhere = {
    id: { in: organisationIds },
    ...(access === "REPRESENTATIVES" ? { verifiedAt: { not: null } } : {}),
  };
  const organisations =
    organisationIds.length > 0
      ? (await tx.organisation.findMany({ where: organisationWhere, select: { id: true } })).map((o) => o.id)
      : [];
  // An organisation's representatives cannot read officials' categories.
  const organisationsReach = access !== "OFFICIALS";
  if (
    users.length < userIds.length ||
    organisations.length < organisationIds.length ||
    (organisationIds.length > 0 && !organisationsReach)
  ) {
    throw new FieldRuleError([{ field: "body", message: problem }]);
  }
  return { users, organisations };
}

/**
 * Whom a text going public now mentions, or nobody when a mention no longer
 * holds (someone deleted since it was written): a moderator letting it
 * through, or its writer publishing it, is not refused for that.
 */
export async function mentionAudienceOrNobody(tx: Tx, body: string, access: ForumAccess): Promise<Mentioned> {
  return mentionAudience(tx, body, access).catch(() => ({ users: [], organisations: [] }));
}

/** What an area's mention notice says: its type, what it names and links to, who wrote it, where in the discussion. */
export type MentionNotice = Pick<NotificationInput, "type" | "subject" | "actor" | "data">;

/**
 * Tells the people and organisations (their owners and editors) a post or
 * comment newly mentions, with the area's notice.
 */
export async function notifyMentioned(tx: Tx, mentioned: Mentioned, notice: MentionNotice): Promise<void> {
  if (mentioned.users.length === 0 && mentioned.organisations.length === 0) return;
  await notify(
    {
      ...notice,
      audience: {
        users: mentioned.users,
        organisations: mentioned.organisations.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })),
      },
    },
    tx,
  );
}
