import { loadActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { editPost, reply, startThread } from "@/lib/forum/posts";
import { moderationQueue, postsPage, readableCategories, threadForReader, threadsIn } from "@/lib/forum/queries";
import { markRead } from "@/lib/forum/read-marks";
import type { CategoryFields } from "@/lib/forum/schemas";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { findMentionables } from "@/lib/forum/mentionables";
import { mentionToken } from "@/lib/forum/mentions";
import { isWatching } from "@/lib/forum/watching";
import { follow } from "@/lib/notifications/subscriptions";
import { countPosts, searchPosts, searchThreads } from "@/lib/forum/search";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import {
  createActor,
  createAdministrator,
  createMember,
  createModerator,
  createOfficial,
} from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  createCategoryAction,
  deletePostAction,
  dismissFlagsAction,
  editPostAction,
  flagPostAction,
  hidePostsAction,
  moveCategoryAction,
  moveThreadAction,
  replyAction,
  restorePostsAction,
  startThreadAction,
  threadStateAction,
  toggleHelpfulAction,
  updateCategoryAction,
  watchAction,
} from "@/lib/forum/actions";
import { DEFAULT_BLOCKED_PATTERNS } from "@/lib/forum/blocked-words";
import {
  approvePostsAction,
  liftSuspensionAction,
  mergeThreadsAction,
  saveBlockedWordsAction,
  splitThreadAction,
  suspendUserAction,
} from "@/lib/forum/actions";
import { movedPost } from "@/lib/forum/restructure";
import { uploadForumImage, visibleImageFile } from "@/lib/forum/images";
import { handleImageUpload } from "@/lib/forum/image-handlers";
import sharp from "sharp";

const MONTH = 30 * 24 * 3600 * 1000;
/** An account a month old: in good standing, so rate limits for newcomers stay out of the way. */
const established = () => ({ createdAt: new Date(Date.now() - MONTH) });

const fields = (name: string, overrides: Partial<CategoryFields> = {}): CategoryFields => ({
  name: { pl: name, en: `${name} (EN)`, de: `${name} (DE)` },
  description: {
    pl: "Opis kategorii forum do testów.",
    en: "A forum category for tests.",
    de: "Eine Forumskategorie für Tests.",
  },
  access: "SIGNED_IN",
  openToPublic: false,
  ...overrides,
});

let key = 0;
/** What the moderators' queue shows of these posts now, as its decisions send it. */
const shownNow = async (ids: string[]) =>
  Object.fromEntries((await moderationQueue()).filter((p) => ids.includes(p.id)).map((p) => [p.id, p.shown]));
const submissionKey = () => `test-submission-${String(++key).padStart(6, "0")}`;

let admin: Actor;
let organisationId: string;
let institutionId: string;
beforeAll(async () => {
  await createInstanceSettings();
  admin = await createAdministrator(established());
  organisationId = (await createOrganisation({ name: "Stowarzyszenie Forumowe", verifiedAt: new Date() })).id;
  institutionId = (await createInstitution({ name: "Gmina Forumowa", kind: "GMINA_OFFICE", territoryCode: "1601052" }))
    .id;
});

async function category(name: string, overrides: Partial<CategoryFields> = {}) {
  actAs(admin);
  const created = await createCategoryAction(fields(name, overrides));
  if (!created.data) throw new Error(JSON.stringify(created));
  return db().forumCategory.findUniqueOrThrow({ where: { id: created.data!.id } });
}

describe("forum categories", () => {
  it("are managed by administrators only, in three languages, in the order they set", async () => {
    actAs(await createActor(established()));
    expect((await createCategoryAction(fields("Kategoria obywatela"))).serverError).toBe("FORBIDDEN");
    actAs(admin);
    const missing = await createCategoryAction({
      ...fields("Bez tłumaczeń"),
      name: { pl: "Bez tłumaczeń", en: "", de: "Ohne" },
    });
    expect(missing.validationErrors).toMatchObject({ name: { en: { _errors: ["forumCategoryNameTooShort"] } } });
    const first = await category("Pierwsza kategoria");
    const second = await category("Druga kategoria");
    expect(first.slug).toBe("pierwsza-kategoria");
    expect(second.position).toBeGreaterThan(first.position);
    expect((await moveCategoryAction({ categoryId: second.id, direction: "up" })).data).toEqual({ moved: true });
    const order = (
      await db().forumCategory.findMany({ where: { id: { in: [first.id, second.id] } }, orderBy: { position: "asc" } })
    ).map((c) => c.id);
    expect(order).toEqual([second.id, first.id]);
    expect(
      (await updateCategoryAction({ categoryId: first.id, ...fields("Pierwsza, inaczej", { access: "OFFICIALS" }) }))
        .data,
    ).toEqual({ saved: true });
    expect(await db().forumCategory.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      slug: "pierwsza-kategoria",
      access: "OFFICIALS",
      name: { pl: "Pierwsza, inaczej" },
    });
  });

  it("let each group read and write only where it belongs, and visitors read only what is open to them", async () => {
    const everyone = await category("Dla wszystkich", { openToPublic: true });
    const representatives = await category("Dla organizacji", { access: "REPRESENTATIVES" });
    const officials = await category("Dla urzędów", { access: "OFFICIALS" });
    const resident = await createActor(established());
    const member = await createMember(organisationId, "MEMBER", established());
    const official = await createOfficial(institutionId, "OFFICIAL", established());
    const moderator = await createModerator(established());

    const readable = async (actor: Actor | null) =>
      (await readableCategories(actor))
        .map((c) => c.id)
        .filter((id) => [everyone.id, representatives.id, officials.id].includes(id));
    expect(await readable(null)).toEqual([everyone.id]);
    expect(await readable(resident)).toEqual([everyone.id]);
    expect(await readable(member)).toEqual([everyone.id, representatives.id]);
    expect(await readable(official)).toEqual([everyone.id, officials.id]);
    expect(await readable(moderator)).toEqual([everyone.id, representatives.id, officials.id]);

    actAs(resident);
    const thread = (input: { categoryId: string }) => ({
      ...input,
      title: "Wątek do sprawdzenia",
      body: "Treść pierwszego wpisu.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect((await startThreadAction(thread({ categoryId: representatives.id }))).serverError).toBe("NOT_FOUND");
    actAs(member);
    const made = await startThreadAction(thread({ categoryId: representatives.id }));
    const threadId = (made.data as { posted: { threadId: string } }).posted.threadId;
    // Acting for an organisation one belongs to is kept on the post.
    const forOrganisation = await startThreadAction({
      ...thread({ categoryId: representatives.id }),
      actingFor: organisationId,
    });
    expect(
      (
        await db().forumPost.findFirstOrThrow({
          where: { threadId: (forOrganisation.data as { posted: { threadId: string } }).posted.threadId },
        })
      ).organisationId,
    ).toBe(organisationId);
    actAs(resident);
    expect(
      (await replyAction({ threadId, body: "Wpis spoza grupy.", actingFor: null, submissionKey: submissionKey() }))
        .serverError,
    ).toBe("NOT_FOUND");
    expect(await threadForReader(resident, threadId)).toBeNull();
    expect(await threadForReader(null, threadId)).toBeNull();
    // An open category: visitors read, only the group writes.
    const open = await category("Urzędnicy piszą, wszyscy czytają", { access: "OFFICIALS", openToPublic: true });
    actAs(official);
    const announcement = (await startThreadAction(thread({ categoryId: open.id }))).data as {
      posted: { threadId: string };
    };
    expect(await threadForReader(null, announcement.posted.threadId)).toMatchObject({ canWrite: false });
    actAs(resident);
    expect(
      (
        await replyAction({
          threadId: announcement.posted.threadId,
          body: "Pytanie mieszkańca.",
          actingFor: null,
          submissionKey: submissionKey(),
        })
      ).data,
    ).toEqual({ refused: "categoryClosedToYou" });
  });
});

describe("forum posts", () => {
  it("take consecutive numbers under concurrent replies, and a double submit makes one post", async () => {
    const place = await category("Rozmowy równoległe");
    const writers = [
      await createActor(established()),
      await createActor(established()),
      await createActor(established()),
    ];
    const opened = await startThread(writers[0]!, {
      categoryId: place.id,
      title: "Wątek wielu piszących",
      body: "Zaczynamy rozmowę.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const replies = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        reply(writers[index % 3]!, {
          threadId: opened.threadId,
          body: `Odpowiedź numer ${index}.`,
          actingFor: null,
          submissionKey: submissionKey(),
        }),
      ),
    );
    expect(replies.map((r) => r.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 24 }, (_, index) => index + 2),
    );
    expect((await db().forumThread.findUniqueOrThrow({ where: { id: opened.threadId } })).postCount).toBe(25);

    // The same submission twice at once (a double click): one post, both answers name it.
    actAs(writers[1]!);
    const once = submissionKey();
    const both = await Promise.all(
      [0, 1].map(() =>
        replyAction({ threadId: opened.threadId, body: "Kliknięte dwa razy.", actingFor: null, submissionKey: once }),
      ),
    );
    expect(both.map((answer) => answer.data)).toEqual([
      { posted: { threadId: opened.threadId, number: 26 } },
      { posted: { threadId: opened.threadId, number: 26 } },
    ]);
    expect(await db().forumPost.count({ where: { threadId: opened.threadId, body: "Kliknięte dwa razy." } })).toBe(1);

    // Pages are ranges of numbers; a reader's mark moves forward only (writers have read their own posts).
    const reader = await createActor(established());
    const second = await postsPage(reader, opened.threadId, 2);
    expect(second.map((p) => p.number)).toEqual([21, 22, 23, 24, 25, 26]);
    expect((await threadsIn(reader, place.id, 1)).threads.find((t) => t.id === opened.threadId)).toMatchObject({
      lastRead: 0,
      unread: 26,
    });
    await markRead(reader.id, opened.threadId, 20);
    await markRead(reader.id, opened.threadId, 5);
    expect((await threadsIn(reader, place.id, 1)).threads.find((t) => t.id === opened.threadId)).toMatchObject({
      lastRead: 20,
      unread: 6,
    });
    expect((await threadsIn(writers[1]!, place.id, 1)).threads.find((t) => t.id === opened.threadId)?.lastRead).toBe(
      26,
    );
  });

  it("notify earlier writers of a reply (not the one replying, not those who can no longer read)", async () => {
    const place = await category("Powiadomienia o odpowiedziach", { access: "REPRESENTATIVES" });
    const [author, leaving, replier] = [
      await createMember(organisationId, "MEMBER", established()),
      await createMember(organisationId, "MEMBER", established()),
      await createMember(organisationId, "MEMBER", established()),
    ];
    const opened = await startThread(author, {
      categoryId: place.id,
      title: "Kto odpowie?",
      body: "Pytanie do organizacji.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    await reply(leaving, {
      threadId: opened.threadId,
      body: "Odpowiadam i odchodzę.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    await db().organisationMembership.deleteMany({ where: { userId: leaving.id } });
    await reply(replier, {
      threadId: opened.threadId,
      body: "Ja też odpowiadam.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { type: "forum.reply", subjectId: opened.threadId },
      orderBy: { createdAt: "desc" },
    });
    expect(event.audience).toEqual({ users: [author.id] });
    expect(event.data).toEqual({ post: "3" });
  });

  it("are edited and deleted by their authors only, keep their history for moderators, and take one helpful mark per person", async () => {
    const place = await category("Edycje");
    const [author, other] = [await createActor(established()), await createActor(established())];
    const moderator = await createModerator(established());
    const opened = await startThread(author, {
      categoryId: place.id,
      title: "Wpis do poprawy",
      body: "Pierwsza wersja.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const post = await db().forumPost.findFirstOrThrow({ where: { threadId: opened.threadId, number: 1 } });
    actAs(other);
    expect((await editPostAction({ postId: post.id, body: "Cudza poprawka." })).data).toEqual({
      refused: "notYourPost",
    });
    expect((await deletePostAction({ postId: post.id })).data).toEqual({ refused: "notYourPost" });
    expect((await toggleHelpfulAction({ postId: post.id })).data).toEqual({ reaction: { helpful: true, count: 1 } });
    expect((await toggleHelpfulAction({ postId: post.id })).data).toEqual({ reaction: { helpful: false, count: 0 } });
    actAs(author);
    expect((await editPostAction({ postId: post.id, body: "  " })).validationErrors).toMatchObject({
      body: { _errors: ["forumPostTooShort"] },
    });
    expect((await editPostAction({ postId: post.id, body: "Druga wersja." })).data).toEqual({
      saved: { threadId: opened.threadId, number: 1 },
    });
    expect((await db().forumPost.findUniqueOrThrow({ where: { id: post.id } })).editedAt).not.toBeNull();
    expect((await postsPage(other, opened.threadId, 1))[0]).toMatchObject({ body: "Druga wersja.", revisions: [] });
    expect((await postsPage(moderator, opened.threadId, 1))[0]!.revisions.map((r) => r.body)).toEqual([
      "Pierwsza wersja.",
    ]);

    expect((await deletePostAction({ postId: post.id })).data).toEqual({
      deleted: { threadId: opened.threadId, number: 1 },
    });
    const [forReader] = await postsPage(other, opened.threadId, 1);
    expect(forReader).toMatchObject({ number: 1, body: null });
    expect((await postsPage(moderator, opened.threadId, 1))[0]!.body).toBe("Druga wersja.");
    expect((await editPostAction({ postId: post.id, body: "Po usunięciu." })).data).toEqual({ refused: "postDeleted" });
    // An edit leaves a trace in the audit log.
    expect(
      await db().auditEvent.count({
        where: { subjectId: post.id, action: { in: ["forum.post_edited", "forum.post_deleted"] } },
      }),
    ).toBe(2);
  });

  it("refuse replies and edits in a locked thread", async () => {
    const place = await category("Zamknięte wątki");
    const author = await createActor(established());
    const opened = await startThread(author, {
      categoryId: place.id,
      title: "Wątek do zamknięcia",
      body: "Ostatnie słowo.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    await db().forumThread.update({ where: { id: opened.threadId }, data: { locked: true } });
    await expect(
      reply(author, {
        threadId: opened.threadId,
        body: "Jeszcze jedno.",
        actingFor: null,
        submissionKey: submissionKey(),
      }),
    ).rejects.toEqual(new RuleRefusal("threadLocked"));
    const post = await db().forumPost.findFirstOrThrow({ where: { threadId: opened.threadId } });
    await expect(editPost(author, { postId: post.id, body: "Zmiana po zamknięciu." }, null)).rejects.toEqual(
      new RuleRefusal("threadLocked"),
    );
  });
});

describe("mentions and watching", () => {
  it("notify those mentioned who can read, refuse mentions of those who cannot, and tell an edit's new mentions only", async () => {
    const place = await category("Wzmianki", { access: "REPRESENTATIVES" });
    const [author, colleague, outsider] = [
      await createMember(organisationId, "MEMBER", established()),
      await createMember(organisationId, "MEMBER", established()),
      await createActor(established()),
    ];
    const names = await db().user.findMany({
      where: { id: { in: [colleague.id, outsider.id] } },
      select: { id: true, name: true },
    });
    const token = (actor: Actor) =>
      mentionToken({ kind: "user", id: actor.id, name: names.find((n) => n.id === actor.id)!.name });
    actAs(author);
    const refused = await startThreadAction({
      categoryId: place.id,
      title: "Wzmianka spoza grupy",
      body: `Pytanie do ${token(outsider)}.`,
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect(refused.validationErrors).toMatchObject({ body: { _errors: ["forumMentionCannotRead"] } });
    expect(await db().forumThread.count({ where: { categoryId: place.id } })).toBe(0);

    const made = await startThreadAction({
      categoryId: place.id,
      title: "Wzmianka w grupie",
      body: `Pytanie do ${token(colleague)} i ${mentionToken({ kind: "org", id: organisationId, name: "Stowarzyszenie Forumowe" })}.`,
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const threadId = (made.data as { posted: { threadId: string } }).posted.threadId;
    const mention = await db().notificationEvent.findFirstOrThrow({
      where: { type: "forum.mention", subjectId: threadId },
    });
    expect(mention.audience).toEqual({
      users: [colleague.id],
      organisations: [{ id: organisationId, roles: ["OWNER", "EDITOR"] }],
    });
    // The picker offers only people who can read the category, found without Polish letters.
    await db().user.update({ where: { id: colleague.id }, data: { name: "Łucja Żółkiewska" } });
    expect((await findMentionables("lucja zolk", "REPRESENTATIVES", author.id)).map((m) => m.id)).toEqual([
      colleague.id,
    ]);
    await db().user.update({ where: { id: outsider.id }, data: { name: "Łucja Zewnętrzna" } });
    expect(
      (await findMentionables("lucja", "REPRESENTATIVES", author.id)).filter((m) => m.kind === "user").map((m) => m.id),
    ).toEqual([colleague.id]);

    // An edit that keeps the mention tells nobody again; adding one tells the newcomer.
    const post = await db().forumPost.findFirstOrThrow({ where: { threadId } });
    const third = await createMember(organisationId, "MEMBER", established());
    await db().user.update({ where: { id: third.id }, data: { name: "Trzecia Osoba" } });
    await editPost(
      author,
      {
        postId: post.id,
        body: `${post.body} Także ${mentionToken({ kind: "user", id: third.id, name: "Trzecia Osoba" })}.`,
      },
      null,
    );
    const mentions = await db().notificationEvent.findMany({
      where: { type: "forum.mention", subjectId: threadId },
      orderBy: { createdAt: "asc" },
    });
    expect(mentions.map((m) => (m.audience as { users: string[] }).users)).toEqual([[colleague.id], [third.id]]);

    // A hidden post's edit tells nobody it mentions: its text is not public.
    await db().forumPost.update({ where: { id: post.id }, data: { hiddenAt: new Date(), hiddenReason: "Test" } });
    const fourth = await createMember(organisationId, "MEMBER", established());
    await db().user.update({ where: { id: fourth.id }, data: { name: "Czwarta Osoba" } });
    const current = await db().forumPost.findUniqueOrThrow({ where: { id: post.id } });
    await editPost(
      author,
      {
        postId: post.id,
        body: `${current.body} I ${mentionToken({ kind: "user", id: fourth.id, name: "Czwarta Osoba" })}.`,
      },
      null,
    );
    expect(await db().notificationEvent.count({ where: { type: "forum.mention", subjectId: threadId } })).toBe(2);
  });

  it("offer and accept in a restricted category only people who can read it: not an administrator without two-factor authentication", async () => {
    const place = await category("Wzmianki tylko dla czytających", { access: "REPRESENTATIVES" });
    const author = await createMember(organisationId, "MEMBER", established());
    const [moderator, adminWithout2fa] = [
      await createModerator(established()),
      await createAdministrator(established()),
    ];
    await db().user.update({
      where: { id: adminWithout2fa.id },
      data: { totpEnabledAt: null, name: "Ksenia Bez Aplikacji" },
    });
    await db().user.update({ where: { id: moderator.id }, data: { name: "Ksenia Moderatorka" } });
    // Without the second factor the administrator's role does not open the category.
    expect(
      await readableCategories((await loadActor({ userId: adminWithout2fa.id, sessionVersion: 0 }))!),
    ).not.toContainEqual(expect.objectContaining({ id: place.id }));
    expect((await findMentionables("ksenia", place.access, author.id)).map((m) => m.id)).toEqual([moderator.id]);
    actAs(author);
    const refused = await startThreadAction({
      categoryId: place.id,
      title: "Wzmianka administratorki",
      body: `Pytanie do ${mentionToken({ kind: "user", id: adminWithout2fa.id, name: "Ksenia Bez Aplikacji" })}.`,
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect(refused.validationErrors).toMatchObject({ body: { _errors: ["forumMentionCannotRead"] } });
  });

  it("offer, accept and notify in a restricted category only people who can read it: not a moderator without two-factor authentication", async () => {
    const place = await category("Tylko dla urzędników, bez moderacji bez aplikacji", { access: "OFFICIALS" });
    const author = await createOfficial(institutionId, "OFFICIAL", established());
    const [moderator, moderatorWithout2fa] = [
      await createModerator(established()),
      await createModerator(established()),
    ];
    await db().user.update({
      where: { id: moderatorWithout2fa.id },
      data: { totpEnabledAt: null, name: "Wiesława Bez Aplikacji" },
    });
    await db().user.update({ where: { id: moderator.id }, data: { name: "Wiesława Moderatorka" } });
    // Watching from before (say, when the moderator still had the second factor) tells them nothing now.
    await follow(moderatorWithout2fa.id, "ForumCategory", place.id);
    await follow(moderator.id, "ForumCategory", place.id);
    const without2fa = (await loadActor({ userId: moderatorWithout2fa.id, sessionVersion: 0 }))!;
    expect(await readableCategories(without2fa)).not.toContainEqual(expect.objectContaining({ id: place.id }));

    expect((await findMentionables("wiesława", place.access, author.id)).map((m) => m.id)).toEqual([moderator.id]);
    actAs(author);
    const refused = await startThreadAction({
      categoryId: place.id,
      title: "Wzmianka moderatorki",
      body: `Pytanie do ${mentionToken({ kind: "user", id: moderatorWithout2fa.id, name: "Wiesława Bez Aplikacji" })}.`,
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect(refused.validationErrors).toMatchObject({ body: { _errors: ["forumMentionCannotRead"] } });

    const made = await startThreadAction({
      categoryId: place.id,
      title: "Wątek urzędników",
      body: "Treść pierwszego wpisu.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const threadId = (made.data as { posted: { threadId: string } }).posted.threadId;
    expect(
      (await db().notificationEvent.findFirstOrThrow({ where: { type: "forum.new_thread", subjectId: threadId } }))
        .audience,
    ).toEqual({ users: [moderator.id] });
  });

  it("tell watchers of a category about new threads and watchers of a thread about replies", async () => {
    const place = await category("Obserwowana");
    const [author, categoryWatcher, threadWatcher, replier] = [
      await createActor(established()),
      await createActor(established()),
      await createActor(established()),
      await createActor(established()),
    ];
    actAs(categoryWatcher);
    expect((await watchAction({ type: "ForumCategory", id: place.id, watch: true })).data).toEqual({ watching: true });
    const opened = await startThread(author, {
      categoryId: place.id,
      title: "Nowy wątek dla obserwujących",
      body: "Treść.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect(
      (
        await db().notificationEvent.findFirstOrThrow({
          where: { type: "forum.new_thread", subjectId: opened.threadId },
        })
      ).audience,
    ).toEqual({ users: [categoryWatcher.id] });

    actAs(threadWatcher);
    await watchAction({ type: "ForumThread", id: opened.threadId, watch: true });
    expect(await isWatching(threadWatcher.id, "ForumThread", opened.threadId)).toBe(true);
    await reply(replier, {
      threadId: opened.threadId,
      body: "Odpowiedź.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const replied = await db().notificationEvent.findFirstOrThrow({
      where: { type: "forum.reply", subjectId: opened.threadId },
    });
    expect([...(replied.audience as { users: string[] }).users].sort()).toEqual(
      [author.id, categoryWatcher.id, threadWatcher.id].sort(),
    );
    await watchAction({ type: "ForumThread", id: opened.threadId, watch: false });
    expect(await isWatching(threadWatcher.id, "ForumThread", opened.threadId)).toBe(false);
    // Nobody watches what they cannot read.
    const closed = await category("Zamknięta do obserwowania", { access: "OFFICIALS" });
    actAs(threadWatcher);
    expect((await watchAction({ type: "ForumCategory", id: closed.id, watch: true })).serverError).toBe("NOT_FOUND");
  });
});

describe("the representatives' categories", () => {
  it("are closed to a member of only an unverified organisation: reading, notifications and mention look-ups alike", async () => {
    const place = await category("Tylko zweryfikowane organizacje", { access: "REPRESENTATIVES" });
    const unverified = (await createOrganisation({ name: "Stowarzyszenie Jeszcze Niesprawdzone" })).id;
    const [author, colleague, newcomer] = [
      await createMember(organisationId, "MEMBER", established()),
      await createMember(organisationId, "MEMBER", established()),
      await createMember(unverified, "MEMBER", established()),
    ];
    await db().user.update({ where: { id: colleague.id }, data: { name: "Zofia Sprawdzona" } });
    await db().user.update({ where: { id: newcomer.id }, data: { name: "Zofia Niesprawdzona" } });
    // Watching from before (say, a verified organisation the person has since left) tells them nothing now.
    await follow(newcomer.id, "ForumCategory", place.id);

    expect((await readableCategories(newcomer)).map((c) => c.id)).not.toContain(place.id);
    actAs(newcomer);
    expect(
      (
        await startThreadAction({
          categoryId: place.id,
          title: "Wątek niesprawdzonej",
          body: "Treść wpisu.",
          actingFor: null,
          submissionKey: submissionKey(),
        })
      ).serverError,
    ).toBe("NOT_FOUND");

    actAs(author);
    const made = await startThreadAction({
      categoryId: place.id,
      title: "Wątek sprawdzonych",
      body: "Treść pierwszego wpisu.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const threadId = (made.data as { posted: { threadId: string } }).posted.threadId;
    expect(await threadForReader(newcomer, threadId)).toBeNull();
    expect(await db().notificationEvent.count({ where: { type: "forum.new_thread", subjectId: threadId } })).toBe(0);

    // Mentioning the person, or the unverified organisation, is refused; the look-up offers neither.
    const body = (who: string) => `Pytanie do ${who}.`;
    const asUser = mentionToken({ kind: "user", id: newcomer.id, name: "Zofia Niesprawdzona" });
    const asOrganisation = mentionToken({ kind: "org", id: unverified, name: "Stowarzyszenie Jeszcze Niesprawdzone" });
    for (const who of [asUser, asOrganisation]) {
      const refused = await replyAction({ threadId, body: body(who), actingFor: null, submissionKey: submissionKey() });
      expect(refused.validationErrors).toMatchObject({ body: { _errors: ["forumMentionCannotRead"] } });
    }
    expect((await findMentionables("zofia", place.access, author.id)).map((m) => m.id)).toEqual([colleague.id]);
    expect((await findMentionables("jeszcze niesprawdzone", place.access, author.id)).map((m) => m.id)).toEqual([]);
    // In a category everyone signed in reads, the same person is found.
    expect((await findMentionables("zofia", "SIGNED_IN", author.id)).map((m) => m.id).sort()).toEqual(
      [colleague.id, newcomer.id].sort(),
    );

    // Once the organisation is verified, the category opens to its members.
    await db().organisation.update({ where: { id: unverified }, data: { verifiedAt: new Date() } });
    const verifiedNow = (await loadActor({ userId: newcomer.id, sessionVersion: 0 }))!;
    expect(await threadForReader(verifiedNow, threadId)).not.toBeNull();
    expect((await findMentionables("zofia", place.access, author.id)).map((m) => m.id).sort()).toEqual(
      [colleague.id, newcomer.id].sort(),
    );
  });
});

describe("forum search", () => {
  it("finds inflected words without Polish letters, only where the reader may read, never deleted posts", async () => {
    const open = await category("Szukanie otwarte", { openToPublic: true });
    const closed = await category("Szukanie dla urzędów", { access: "OFFICIALS" });
    const [writer, official] = [
      await createActor(established()),
      await createOfficial(institutionId, "OFFICIAL", established()),
    ];
    const word = `spółdzielni${Date.now() % 100000}`;
    const opened = await startThread(writer, {
      categoryId: open.id,
      title: `Zakładanie ${word} socjalnej`,
      body: `Jak założyć ${word} socjalną w gminie?`,
      actingFor: null,
      submissionKey: submissionKey(),
    });
    await reply(writer, {
      threadId: opened.threadId,
      body: `Druga odpowiedź o ${word}ach.`,
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const hidden = await startThread(official, {
      categoryId: closed.id,
      title: "Sprawy urzędowe",
      body: `Urzędowa notatka o ${word}.`,
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const folded = word.replace("ó", "o");

    const forVisitor = await searchPosts(null, folded, 1);
    expect(forVisitor.hits.map((h) => h.threadId)).toEqual([opened.threadId, opened.threadId]);
    expect(forVisitor.hits.map((h) => h.number)).toEqual([2, 1]);
    expect((await searchPosts(official, folded, 1)).hits.map((h) => h.threadId)).toContain(hidden.threadId);
    expect((await searchThreads(writer, folded)).map((t) => t.id)).toEqual([opened.threadId]);
    // The page's count says the same as its list, for each reader.
    expect(await countPosts(null, folded)).toEqual({ count: 2, more: false });
    expect(await countPosts(official, folded)).toEqual({ count: 3, more: false });

    // Deleted posts drop out; a page holds 20 and says whether more follow.
    const first = await db().forumPost.findFirstOrThrow({ where: { threadId: opened.threadId, number: 2 } });
    await db().forumPost.update({ where: { id: first.id }, data: { deletedAt: new Date() } });
    expect((await searchPosts(null, folded, 1)).hits.map((h) => h.number)).toEqual([1]);
    for (let index = 0; index < 20; index += 1)
      await reply(writer, {
        threadId: opened.threadId,
        body: `Kolejna wiadomość ${index} o ${word}.`,
        actingFor: null,
        submissionKey: submissionKey(),
      });
    const page1 = await searchPosts(null, folded, 1);
    expect([page1.hits.length, page1.more]).toEqual([20, true]);
    expect(await countPosts(null, folded)).toEqual({ count: 21, more: false });
    expect((await searchPosts(null, folded, 2)).hits.map((h) => h.number)).toEqual([1]);
  });
});

describe("forum moderation", () => {
  it("clears a spam wave from the queue in one decision, tells each author why, and can restore", async () => {
    const place = await category("Moderowana", { openToPublic: true });
    const [spammer, reader, honest] = [
      await createActor(established()),
      await createActor(established()),
      await createActor(established()),
    ];
    const moderator = await createModerator(established());
    const spam = `Tanie kredyty bez zaświadczeń ${Date.now()}`;
    const threads = [];
    for (let index = 0; index < 3; index += 1)
      threads.push(
        await startThread(spammer, {
          categoryId: place.id,
          title: `Promocja numer ${index + 1}`,
          body: spam,
          actingFor: null,
          submissionKey: submissionKey(),
        }),
      );
    const good = await startThread(honest, {
      categoryId: place.id,
      title: "Zwykłe pytanie",
      body: "Czy ktoś zna dobre szkolenie z RODO?",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const posts = await db().forumPost.findMany({
      where: { threadId: { in: [...threads, good].map((t) => t.threadId) } },
      orderBy: { createdAt: "asc" },
    });
    const [spamPosts, goodPost] = [posts.slice(0, 3), posts[3]!];

    actAs(reader);
    for (const post of [...spamPosts, goodPost])
      expect((await flagPostAction({ postId: post.id, reason: "SPAM", note: "" })).data).toEqual({ flagged: true });
    expect((await flagPostAction({ postId: goodPost.id, reason: "OFFENSIVE", note: "" })).data).toEqual({
      refused: "alreadyFlagged",
    });
    actAs(spammer);
    expect((await flagPostAction({ postId: spamPosts[0]!.id, reason: "OTHER", note: "" })).data).toEqual({
      refused: "ownPost",
    });
    expect((await hidePostsAction({ postIds: [goodPost.id], reason: "Spam reklamowy" })).serverError).toBe("FORBIDDEN");

    expect((await moderationQueue()).map((p) => p.id)).toEqual(
      expect.arrayContaining([...spamPosts, goodPost].map((p) => p.id)),
    );
    actAs(moderator);
    expect(
      (await hidePostsAction({ postIds: spamPosts.map((p) => p.id), reason: "x" })).validationErrors,
    ).toMatchObject({ reason: { _errors: ["forumHideReasonTooShort"] } });
    expect(
      (await hidePostsAction({ postIds: spamPosts.map((p) => p.id), reason: "Reklama niezwiązana z forum." })).data,
    ).toEqual({ hidden: 3 });
    expect((await dismissFlagsAction({ postIds: [goodPost.id] })).data).toEqual({ dismissed: 1 });
    const queued = (await moderationQueue()).map((p) => p.id);
    for (const post of [...spamPosts, goodPost]) expect(queued).not.toContain(post.id);

    // Each author is told why; readers see the place, not the text; the author and moderators see both.
    const told = await db().notificationEvent.findMany({
      where: { type: "forum.post_moderated", subjectId: { in: threads.map((t) => t.threadId) } },
    });
    expect(told).toHaveLength(3);
    expect(told[0]!.data).toMatchObject({ decision: "hidden", reason: "Reklama niezwiązana z forum." });
    expect(
      await db().auditEvent.count({
        where: { action: "forum.post_hidden", subjectId: { in: spamPosts.map((p) => p.id) } },
      }),
    ).toBe(3);
    const [forReader] = await postsPage(reader, threads[0]!.threadId, 1);
    expect(forReader).toMatchObject({ body: null, hiddenReason: null });
    const [forAuthor] = await postsPage(spammer, threads[0]!.threadId, 1);
    expect(forAuthor).toMatchObject({ body: spam, hiddenReason: "Reklama niezwiązana z forum." });
    expect((await searchPosts(null, "kredyty zaswiadczen", 1)).hits.map((h) => h.id)).not.toContain(spamPosts[0]!.id);

    // What the moderator was shown of the hidden post goes with the restore; a rewrite since is refused.
    const shown = (await postsPage(moderator, threads[0]!.threadId, 1))[0]!.shown!;
    await db().forumPost.update({ where: { id: spamPosts[0]!.id }, data: { body: `${spam} Jeszcze taniej!` } });
    expect(
      (await restorePostsAction({ postIds: [spamPosts[0]!.id], shown: { [spamPosts[0]!.id]: shown } })).data,
    ).toEqual({ refused: "changedSinceShown" });
    expect((await postsPage(reader, threads[0]!.threadId, 1))[0]!.body).toBeNull();
    await db().forumPost.update({ where: { id: spamPosts[0]!.id }, data: { body: spam } });
    expect(
      (await restorePostsAction({ postIds: [spamPosts[0]!.id], shown: { [spamPosts[0]!.id]: shown } })).data,
    ).toEqual({ restored: 1 });
    expect((await postsPage(reader, threads[0]!.threadId, 1))[0]!.body).toBe(spam);
  });

  it("locks, pins and moves threads, carrying the categories' counts", async () => {
    const [from, to] = [await category("Skąd"), await category("Dokąd")];
    const author = await createActor(established());
    const opened = await startThread(author, {
      categoryId: from.id,
      title: "Wątek do przeniesienia",
      body: "Treść.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    await reply(author, { threadId: opened.threadId, body: "Druga.", actingFor: null, submissionKey: submissionKey() });
    actAs(author);
    expect((await threadStateAction({ threadId: opened.threadId, locked: true })).serverError).toBe("FORBIDDEN");
    actAs(await createModerator(established()));
    await threadStateAction({ threadId: opened.threadId, locked: true, pinned: true, reason: "Temat wyczerpany." });
    expect(await db().forumThread.findUniqueOrThrow({ where: { id: opened.threadId } })).toMatchObject({
      locked: true,
      pinned: true,
    });
    expect((await moveThreadAction({ threadId: opened.threadId, categoryId: to.id })).data).toEqual({ moved: true });
    const [after, before] = [
      await db().forumCategory.findUniqueOrThrow({ where: { id: to.id } }),
      await db().forumCategory.findUniqueOrThrow({ where: { id: from.id } }),
    ];
    expect([before.threadCount, before.postCount, after.threadCount, after.postCount]).toEqual([0, 0, 1, 2]);
    expect(
      await db().auditEvent.count({
        where: {
          subjectId: opened.threadId,
          action: { in: ["forum.thread_locked", "forum.thread_pinned", "forum.thread_moved"] },
        },
      }),
    ).toBe(3);
    // The author is told each time what happened to the thread.
    const told = await db().notificationEvent.findMany({
      where: { type: "forum.thread_moderated", subjectId: opened.threadId },
      orderBy: { createdAt: "asc" },
    });
    expect(told.map((event) => event.data)).toEqual([
      { change: "locked", target: "", reason: "Temat wyczerpany." },
      { change: "pinned", target: "", reason: "Temat wyczerpany." },
      { change: "moved", target: "Dokąd", reason: "none" },
    ]);
    expect(told.every((event) => (event.audience as { users: string[] }).users[0] === author.id)).toBe(true);
  });
});

describe("forum spam controls", () => {
  it("hold a post with a blocked word, in any inflection or disguise, until a moderator lets it through", async () => {
    const place = await category("Zatrzymane wpisy");
    const [author, reader] = [await createActor(established()), await createActor(established())];
    const moderator = await createModerator(established());
    // The default list comes with the migration.
    expect(await db().forumBlockedWord.count({ where: { pattern: "*kurw*" } })).toBe(1);
    const opened = await startThread(author, {
      categoryId: place.id,
      title: "Pytanie o lokal",
      body: "Ten kuuurw1szon od lokalu znowu nie odbiera.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect(opened.held).toBe(true);
    // Nobody but the author and moderators sees the thread; nobody is told about it.
    expect(await threadForReader(reader, opened.threadId)).toBeNull();
    expect((await threadsIn(reader, place.id, 1)).threads.map((t) => t.id)).not.toContain(opened.threadId);
    expect((await threadsIn(author, place.id, 1)).threads.map((t) => t.id)).toContain(opened.threadId);
    const post = await db().forumPost.findFirstOrThrow({ where: { threadId: opened.threadId } });
    expect((await moderationQueue()).map((p) => p.id)).toContain(post.id);
    actAs(moderator);
    expect((await approvePostsAction({ postIds: [post.id], shown: await shownNow([post.id]) })).data).toEqual({
      approved: 1,
    });
    expect(await threadForReader(reader, opened.threadId)).not.toBeNull();
    expect(
      (
        await db().notificationEvent.findFirstOrThrow({
          where: { type: "forum.post_moderated", subjectId: opened.threadId },
        })
      ).data,
    ).toMatchObject({ decision: "approved" });
    // Let through, a held reply is announced as if just written: the thread's earlier writer hears of it.
    const heldReply = await reply(reader, {
      threadId: opened.threadId,
      body: "Kuurwa, zgadzam się.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect(heldReply.held).toBe(true);
    expect(await db().notificationEvent.count({ where: { type: "forum.reply", subjectId: opened.threadId } })).toBe(0);
    const heldPost = await db().forumPost.findFirstOrThrow({
      where: { threadId: opened.threadId, number: heldReply.number },
    });
    actAs(moderator);
    await approvePostsAction({ postIds: [heldPost.id], shown: await shownNow([heldPost.id]) });
    expect(
      (await db().notificationEvent.findFirstOrThrow({ where: { type: "forum.reply", subjectId: opened.threadId } }))
        .audience,
    ).toEqual({ users: [author.id] });
    // Administrators keep the list; a broken pattern is refused on the field.
    actAs(admin);
    expect((await saveBlockedWordsAction({ patterns: "*kurw*\n**" })).validationErrors).toMatchObject({
      patterns: { _errors: ["forumBlockedPatternInvalid"] },
    });
    expect((await saveBlockedWordsAction({ patterns: "*kurw*\n*pierdol*\nDebil\n\n" })).data).toEqual({ saved: 3 });
    const held = await reply(author, {
      threadId: opened.threadId,
      body: "Co za debilem trzeba być.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect(held.held).toBe(true);
    expect((await postsPage(reader, opened.threadId, 1)).find((p) => p.number === held.number)).toMatchObject({
      body: null,
    });
    await saveBlockedWordsAction({ patterns: DEFAULT_BLOCKED_PATTERNS.join("\n") });
  });

  it("an edit bringing a blocked word into a public post waits for a moderator; the earlier wording stays shown", async () => {
    const place = await category("Poprawione wpisy");
    const [author, reader] = [await createActor(established()), await createActor(established())];
    const moderator = await createModerator(established());
    const opened = await startThread(author, {
      categoryId: place.id,
      title: "Lokal na spotkania",
      body: "Szukamy lokalu na spotkania w Opolu.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const post = await db().forumPost.findFirstOrThrow({ where: { threadId: opened.threadId } });
    expect(await editPost(author, { postId: post.id, body: "Ten kuurwa lokal znowu zamknięty." }, null)).toEqual({
      threadId: opened.threadId,
      number: 1,
      held: true,
    });
    // Everyone still reads the approved wording; the moderators have the new one in their queue.
    expect((await postsPage(reader, opened.threadId, 1)).find((p) => p.number === 1)).toMatchObject({
      body: "Szukamy lokalu na spotkania w Opolu.",
      pendingBody: null,
    });
    expect((await postsPage(author, opened.threadId, 1)).find((p) => p.number === 1)).toMatchObject({
      pendingBody: "Ten kuurwa lokal znowu zamknięty.",
    });
    expect(await threadForReader(reader, opened.threadId)).not.toBeNull();
    const queued = (await moderationQueue()).find((p) => p.id === post.id);
    expect(queued).toMatchObject({ pendingBody: "Ten kuurwa lokal znowu zamknięty.", heldAt: null });
    actAs(moderator);
    expect((await approvePostsAction({ postIds: [post.id], shown: await shownNow([post.id]) })).data).toEqual({
      approved: 1,
    });
    expect((await postsPage(reader, opened.threadId, 1)).find((p) => p.number === 1)).toMatchObject({
      body: "Ten kuurwa lokal znowu zamknięty.",
    });
    expect(await db().forumPostRevision.findMany({ where: { postId: post.id }, select: { body: true } })).toEqual([
      { body: "Szukamy lokalu na spotkania w Opolu." },
    ]);
    expect((await moderationQueue()).map((p) => p.id)).not.toContain(post.id);
  });

  it("a moderator lets through only the wording they were shown: an edit made after the queue was loaded is refused, nothing applied", async () => {
    const place = await category("Zmienione w kolejce");
    const [author, reader] = [await createActor(established()), await createActor(established())];
    const moderator = await createModerator(established());
    const opened = await startThread(author, {
      categoryId: place.id,
      title: "Sala na zebranie",
      body: "Szukamy sali na zebranie w Brzegu.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const post = await db().forumPost.findFirstOrThrow({ where: { threadId: opened.threadId } });
    await editPost(author, { postId: post.id, body: "Ta kuurwa sala znowu zajęta." }, null);
    const shown = (await moderationQueue()).find((p) => p.id === post.id)!;
    // The author swaps the held wording after the moderator opened the queue.
    await editPost(author, { postId: post.id, body: "Kuurwa, zupełnie inny tekst, którego nikt nie widział." }, null);
    actAs(moderator);
    expect((await approvePostsAction({ postIds: [post.id], shown: { [post.id]: shown.shown } })).data).toEqual({
      refused: "changedSinceShown",
    });
    expect(await db().forumPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      body: "Szukamy sali na zebranie w Brzegu.",
      pendingBody: "Kuurwa, zupełnie inny tekst, którego nikt nie widział.",
    });
    expect((await postsPage(reader, opened.threadId, 1))[0]).toMatchObject({
      body: "Szukamy sali na zebranie w Brzegu.",
    });

    // A held new post its author rewrote is refused the same way; several chosen at once are decided all or none.
    const held = await reply(author, {
      threadId: opened.threadId,
      body: "Kuurwa, nikt nie odbiera.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const heldPost = await db().forumPost.findFirstOrThrow({
      where: { threadId: opened.threadId, number: held.number },
    });
    const queue = await moderationQueue();
    const shownOf = (id: string) => queue.find((p) => p.id === id)!.shown;
    await editPost(author, { postId: heldPost.id, body: "Kuurwa, podmieniona treść." }, null);
    expect(
      (
        await approvePostsAction({
          postIds: [post.id, heldPost.id],
          shown: { [post.id]: shownOf(post.id), [heldPost.id]: shownOf(heldPost.id) },
        })
      ).data,
    ).toEqual({ refused: "changedSinceShown" });
    expect(await db().forumPost.findUniqueOrThrow({ where: { id: heldPost.id } })).toMatchObject({
      heldAt: expect.any(Date),
    });
    expect(await db().forumPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      pendingBody: "Kuurwa, zupełnie inny tekst, którego nikt nie widział.",
    });

    // With what the queue shows now, both go through.
    const fresh = await moderationQueue();
    const current = Object.fromEntries(
      fresh.filter((p) => p.id === post.id || p.id === heldPost.id).map((p) => [p.id, p.shown]),
    );
    expect((await approvePostsAction({ postIds: [post.id, heldPost.id], shown: current })).data).toEqual({
      approved: 2,
    });
    expect(await db().forumPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      body: "Kuurwa, zupełnie inny tekst, którego nikt nie widział.",
      pendingBody: null,
    });
    expect(await db().forumPost.findUniqueOrThrow({ where: { id: heldPost.id } })).toMatchObject({
      body: "Kuurwa, podmieniona treść.",
      heldAt: null,
    });
  });

  it("slow new accounts down, loosen with good standing, and stop suspended people with the reason", async () => {
    const place = await category("Tempo pisania");
    const newcomer = await createActor();
    const opened = await startThread(newcomer, {
      categoryId: place.id,
      title: "Pierwszy wątek nowicjusza",
      body: "Dzień dobry wszystkim.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    await reply(newcomer, {
      threadId: opened.threadId,
      body: "Drugi wpis.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    await reply(newcomer, {
      threadId: opened.threadId,
      body: "Trzeci wpis.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    actAs(newcomer);
    expect(
      (
        await replyAction({
          threadId: opened.threadId,
          body: "Czwarty wpis za szybko.",
          actingFor: null,
          submissionKey: submissionKey(),
        })
      ).data,
    ).toEqual({ refused: "slowDown" });
    // A month-old account in good standing writes on.
    const regular = await createActor(established());
    for (let index = 0; index < 5; index += 1)
      await reply(regular, {
        threadId: opened.threadId,
        body: `Wpis stałego bywalca ${index}.`,
        actingFor: null,
        submissionKey: submissionKey(),
      });

    actAs(await createModerator(established()));
    expect((await suspendUserAction({ userId: regular.id, days: 7, reason: "x" })).validationErrors).toMatchObject({
      reason: { _errors: ["forumSuspensionReasonTooShort"] },
    });
    expect(
      (await suspendUserAction({ userId: regular.id, days: 7, reason: "Obraźliwe wpisy mimo ostrzeżeń." })).data,
    ).toHaveProperty("suspendedUntil");
    actAs(regular);
    expect(
      (
        await replyAction({
          threadId: opened.threadId,
          body: "Próba w zawieszeniu.",
          actingFor: null,
          submissionKey: submissionKey(),
        })
      ).data,
    ).toEqual({ refused: "suspended" });
    expect(
      (
        await db().notificationEvent.findFirstOrThrow({
          where: { type: "forum.suspended" },
          orderBy: { createdAt: "desc" },
        })
      ).data,
    ).toMatchObject({ reason: "Obraźliwe wpisy mimo ostrzeżeń." });
    actAs(await createModerator(established()));
    expect((await liftSuspensionAction({ userId: regular.id })).data).toEqual({ lifted: 1 });
    actAs(regular);
    expect(
      (
        await replyAction({
          threadId: opened.threadId,
          body: "Znów mogę pisać.",
          actingFor: null,
          submissionKey: submissionKey(),
        })
      ).data,
    ).toHaveProperty("posted");
  });
});

describe("lifting a suspension", () => {
  it("the queue shows a suspended author's suspension; a moderator lifts it early (audited), others may not", async () => {
    const place = await category("Zawieszenia");
    const author = await createActor(established());
    const opened = await startThread(author, {
      categoryId: place.id,
      title: "Wątek osoby zawieszonej",
      body: "Wpis, który ktoś zgłosił.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const post = await db().forumPost.findFirstOrThrow({ where: { threadId: opened.threadId, number: 1 } });
    actAs(await createActor(established()));
    expect((await flagPostAction({ postId: post.id, reason: "OFFENSIVE", note: "" })).data).toEqual({ flagged: true });
    const moderator = await createModerator(established());
    actAs(moderator);
    const suspended = (await suspendUserAction({ userId: author.id, days: 7, reason: "Obraźliwe wpisy." })).data;
    const queued = async () => (await moderationQueue()).find((item) => item.id === post.id)!;
    expect((await queued()).author?.forumSuspensions).toEqual([{ until: suspended?.suspendedUntil }]);

    actAs(await createActor(established()));
    expect((await liftSuspensionAction({ userId: author.id })).serverError).toBe("FORBIDDEN");
    actAs(moderator);
    expect((await liftSuspensionAction({ userId: author.id })).data).toEqual({ lifted: 1 });
    expect((await queued()).author?.forumSuspensions).toEqual([]);
    expect(
      await db().auditEvent.count({
        where: { action: "forum.suspension_lifted", subjectId: author.id, actorUserId: moderator.id },
      }),
    ).toBe(1);
    // Nothing left to lift: nothing happens, and nothing more is recorded.
    expect((await liftSuspensionAction({ userId: author.id })).data).toEqual({ lifted: 0 });
    expect(await db().auditEvent.count({ where: { action: "forum.suspension_lifted", subjectId: author.id } })).toBe(1);
  });
});

describe("splitting and merging threads", () => {
  it("renumber the moved posts, keep their old addresses leading to them, and carry the counts", async () => {
    const place = await category("Porządki w wątkach");
    const author = await createActor(established());
    const opened = await startThread(author, {
      categoryId: place.id,
      title: "Wątek, który zbiegł z tematu",
      body: "Pierwszy.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    for (const body of ["Drugi.", "Trzeci, już o czym innym.", "Czwarty, też o tym."])
      await reply(author, { threadId: opened.threadId, body, actingFor: null, submissionKey: submissionKey() });
    actAs(author);
    expect(
      (await splitThreadAction({ threadId: opened.threadId, fromNumber: 3, title: "Nowy temat z wątku" })).serverError,
    ).toBe("FORBIDDEN");
    actAs(await createModerator(established()));
    const split = (await splitThreadAction({ threadId: opened.threadId, fromNumber: 3, title: "Nowy temat z wątku" }))
      .data!;
    expect(
      (await db().forumPost.findMany({ where: { threadId: split.threadId }, orderBy: { number: "asc" } })).map((p) => [
        p.number,
        p.body,
      ]),
    ).toEqual([
      [1, "Trzeci, już o czym innym."],
      [2, "Czwarty, też o tym."],
    ]);
    expect((await db().forumThread.findUniqueOrThrow({ where: { id: opened.threadId } })).postCount).toBe(2);
    expect(await movedPost(opened.threadId, 4)).toEqual({ threadId: split.threadId, number: 2 });
    expect(
      (
        await db().notificationEvent.findFirstOrThrow({
          where: { type: "forum.thread_moderated", subjectId: opened.threadId },
        })
      ).data,
    ).toEqual({ change: "split", target: "Nowy temat z wątku", reason: "none" });

    // Merged back at the end of another thread: the emptied one goes, its posts' addresses lead on.
    const other = await startThread(author, {
      categoryId: place.id,
      title: "Wątek docelowy",
      body: "Jedyny wpis.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect(
      (await mergeThreadsAction({ threadId: split.threadId, intoThread: "https://example.org/forum/watki/nie-ma" }))
        .validationErrors,
    ).toMatchObject({ intoThread: { _errors: ["forumMergeTargetInvalid"] } });
    const merged = await mergeThreadsAction({
      threadId: split.threadId,
      intoThread: `http://localhost:3000/forum/watki/${other.threadId}?strona=1`,
    });
    expect(merged.data).toEqual({ threadId: other.threadId });
    expect(await db().forumThread.findUnique({ where: { id: split.threadId } })).toBeNull();
    expect(
      (await db().forumPost.findMany({ where: { threadId: other.threadId }, orderBy: { number: "asc" } })).map(
        (p) => p.number,
      ),
    ).toEqual([1, 2, 3]);
    expect(await movedPost(split.threadId, 1)).toEqual({ threadId: other.threadId, number: 2 });
    expect(await movedPost(opened.threadId, 4)).toEqual({ threadId: other.threadId, number: 3 });
    const counts = await db().forumCategory.findUniqueOrThrow({ where: { id: place.id } });
    expect([counts.threadCount, counts.postCount]).toEqual([2, 5]);
  });
});

describe("forum pictures", () => {
  it("are re-encoded, need their uploader's own unclaimed upload, and show only where the post may be read", async () => {
    const place = await category("Zdjęcia", { access: "REPRESENTATIVES" });
    const [writer, other, outsider] = [
      await createMember(organisationId, "MEMBER", established()),
      await createMember(organisationId, "MEMBER", established()),
      await createActor(established()),
    ];
    const png = new Uint8Array(
      await sharp({ create: { width: 3000, height: 1500, channels: 3, background: "#0a0" } })
        .png()
        .toBuffer(),
    );
    await expect(
      uploadForumImage(writer, { bytes: new TextEncoder().encode("<svg onload=alert(1)>"), alt: "Obraz" }),
    ).rejects.toMatchObject({ failure: "NOT_AN_IMAGE" });
    const image = await uploadForumImage(writer, { bytes: png, alt: "Zielone pole" });
    expect([image.width, image.height]).toEqual([1600, 800]);
    const othersImage = await uploadForumImage(other, { bytes: png, alt: "Cudze pole" });
    // Before the post is sent only the uploader sees it.
    expect(await visibleImageFile(other, image.id)).toBeNull();
    expect(await visibleImageFile(writer, image.id)).not.toBeNull();

    actAs(writer);
    const refused = await startThreadAction({
      categoryId: place.id,
      title: "Wątek ze zdjęciem",
      body: "Zobaczcie.",
      imageIds: [othersImage.id],
      actingFor: null,
      submissionKey: submissionKey(),
    });
    expect(refused.validationErrors).toMatchObject({ imageIds: { _errors: ["forumImageInvalid"] } });
    expect(
      (
        await startThreadAction({
          categoryId: place.id,
          title: "Za dużo zdjęć",
          body: "Pięć.",
          imageIds: Array(5).fill(image.id),
          actingFor: null,
          submissionKey: submissionKey(),
        })
      ).validationErrors,
    ).toMatchObject({ imageIds: { _errors: ["forumTooManyImages"] } });
    const made = (
      await startThreadAction({
        categoryId: place.id,
        title: "Wątek ze zdjęciem",
        body: "Zobaczcie.",
        imageIds: [image.id],
        actingFor: null,
        submissionKey: submissionKey(),
      })
    ).data as { posted: { threadId: string } };
    const [post] = await postsPage(other, made.posted.threadId, 1);
    expect(post!.images).toEqual([{ id: image.id, alt: "Zielone pole", width: 1600, height: 800 }]);
    expect(await visibleImageFile(other, image.id)).toMatchObject({ isPublic: false });
    expect(await visibleImageFile(outsider, image.id)).toBeNull();
  });
});

describe("forum picture uploads", () => {
  const send = (bytes: Uint8Array) => {
    const form = new FormData();
    form.set("alt", "Zielony kwadrat");
    form.set("file", new File([bytes as BlobPart], "obraz.png"));
    return handleImageUpload(new Request("http://localhost/api/forum/images", { method: "POST", body: form }));
  };

  it("stop suspended people and slow down a flood, like posts do", async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 20, height: 20, channels: 3, background: "#0a0" } })
        .png()
        .toBuffer(),
    );
    const newcomer = await createActor();
    actAs(newcomer);
    const answers: number[] = [];
    for (let index = 0; index < 8; index += 1) answers.push((await send(png)).status);
    expect(answers).toEqual(Array(8).fill(201));
    const flooded = await send(png);
    expect([flooded.status, await flooded.json()]).toEqual([429, { error: { code: "SLOW_DOWN" } }]);

    const regular = await createActor(established());
    actAs(await createModerator(established()));
    expect(
      (await suspendUserAction({ userId: regular.id, days: 7, reason: "Obraźliwe obrazki mimo ostrzeżeń." })).data,
    ).toHaveProperty("suspendedUntil");
    actAs(regular);
    const suspended = await send(png);
    expect([suspended.status, await suspended.json()]).toEqual([403, { error: { code: "SUSPENDED" } }]);
    expect(await db().forumPostImage.count({ where: { uploadedById: regular.id } })).toBe(0);
  });
});
