// An entry's discussion through its actions: as a visitor, a signed-in
// person, an organisation's representative, the author and a moderator;
// numbering under the entry's lock, the submission key, blocked words, held
// edits, flags and the moderators' decisions, and the entry's counters.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { mentionToken } from "@/lib/forum/mentions";
import { writeComment } from "@/lib/ideas/comments/mutations";
import { ideaDiscussionView } from "@/lib/ideas/comments/discussion-view";
import { handleIdeaMentionables } from "@/lib/ideas/comments/mention-handlers";
import { commentModerationQueue, commentsOf } from "@/lib/ideas/comments/queries";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createModerator, createOfficial } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  approveCommentsAction,
  deleteCommentAction,
  dismissCommentFlagsAction,
  editCommentAction,
  flagCommentAction,
  hideCommentsAction,
  restoreCommentsAction,
  writeCommentAction,
} from "@/lib/ideas/comments/actions";

const MONTH = 30 * 24 * 3600 * 1000;
/** An account a month old: in good standing, so newcomers' rate limits stay out of the way. */
const established = () => ({ createdAt: new Date(Date.now() - MONTH) });
let keys = 0;
const submissionKey = () => `comment-key-${String(++keys).padStart(8, "0")}`;

let office: Awaited<ReturnType<typeof createInstitution>> | null = null;
/** The office the entries are addressed to (one per territory, so one for the file). */
const theOffice = async () =>
  (office ??= await createInstitution({ name: "Gmina Dyskusyjna", territoryCode: "1609032" }));

/** An entry in the given state, addressed to an office (the entries' own actions are another module's). */
async function entry(state: { visibility?: "PUBLISHED" | "PENDING" | "HIDDEN"; status?: "RECEIVED" | "MERGED" } = {}) {
  const institution = await theOffice();
  const author = await createActor(established());
  const idea = await db().idea.create({
    data: {
      slug: `pomysl-${randomUUID().slice(0, 8)}`,
      kind: "NEED",
      title: "Brak sali na spotkania organizacji",
      body: "Organizacje w gminie nie mają gdzie się spotykać.",
      authorId: author.id,
      addressee: "INSTITUTION",
      institutionId: institution.id,
      visibility: state.visibility ?? "PUBLISHED",
      status: state.status ?? "RECEIVED",
      publishedAt: state.visibility === "PENDING" ? null : new Date(),
      lastActivityAt: new Date(Date.now() - 3600_000),
    },
  });
  return { idea, institution, author };
}

const counters = (ideaId: string) =>
  db().idea.findUniqueOrThrow({ where: { id: ideaId }, select: { commentCount: true, lastActivityAt: true } });

const shownNow = async (ids: string[]) =>
  Object.fromEntries((await commentModerationQueue()).filter((c) => ids.includes(c.id)).map((c) => [c.id, c.shown]));

describe("writing comments", () => {
  it("refuses visitors before reading their input, and numbers comments in order with the entry's counters", async () => {
    const { idea } = await entry();
    actAs(null);
    const visitor = await writeCommentAction({ ideaId: idea.id, body: "Popieram", submissionKey: submissionKey() });
    expect(visitor.serverError).toBe("UNAUTHENTICATED");
    expect(await db().ideaComment.count({ where: { ideaId: idea.id } })).toBe(0);

    const resident = await createActor(established());
    actAs(resident);
    const before = await counters(idea.id);
    const first = await writeCommentAction({
      ideaId: idea.id,
      body: "Mamy ten sam problem.",
      submissionKey: submissionKey(),
    });
    expect(first.data).toEqual({ posted: { slug: idea.slug, number: 1 } });
    const second = await writeCommentAction({ ideaId: idea.id, body: "Może szkoła?", submissionKey: submissionKey() });
    expect(second.data).toEqual({ posted: { slug: idea.slug, number: 2 } });
    const after = await counters(idea.id);
    expect(after.commentCount).toBe(2);
    expect(after.lastActivityAt.getTime()).toBeGreaterThan(before.lastActivityAt.getTime());
  });

  it("makes a double submit one comment, also when both arrive at once", async () => {
    const { idea } = await entry();
    const resident = await createActor(established());
    actAs(resident);
    const key = submissionKey();
    const input = { ideaId: idea.id, body: "Jeden komentarz, dwa kliknięcia.", submissionKey: key };
    const results = await Promise.all([writeCommentAction(input), writeCommentAction(input)]);
    expect(results.map((r) => r.data)).toEqual([
      { posted: { slug: idea.slug, number: 1 } },
      { posted: { slug: idea.slug, number: 1 } },
    ]);
    expect(await db().ideaComment.count({ where: { ideaId: idea.id } })).toBe(1);
    expect((await counters(idea.id)).commentCount).toBe(1);
  });

  it("gives every one of many concurrent comments its own number", async () => {
    const { idea } = await entry();
    const writers = await Promise.all(Array.from({ length: 8 }, () => createActor(established())));
    const results = await Promise.all(
      // The test session is one global, so concurrent writers go through the mutation with their own actor.
      writers.map((writer) =>
        writeComment(writer, {
          ideaId: idea.id,
          body: "Dołączam się.",
          actingFor: null,
          submissionKey: submissionKey(),
        }),
      ),
    );
    expect(results.map((r) => r.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await counters(idea.id)).commentCount).toBe(8);
  });

  it("writes for a verified organisation only for its representatives", async () => {
    const { idea } = await entry();
    const verified = await createOrganisation({ verifiedAt: new Date() });
    const member = await createMember(verified.id, "MEMBER", established());
    actAs(member);
    const written = await writeCommentAction({
      ideaId: idea.id,
      body: "Nasze stowarzyszenie może pomóc.",
      actingFor: verified.id,
      submissionKey: submissionKey(),
    });
    expect(written.data).toEqual({ posted: { slug: idea.slug, number: 1 } });
    expect(await db().ideaComment.findFirstOrThrow({ where: { ideaId: idea.id } })).toMatchObject({
      authorId: member.id,
      organisationId: verified.id,
    });
    const other = await createOrganisation({ verifiedAt: new Date() });
    const refused = await writeCommentAction({
      ideaId: idea.id,
      body: "Za cudzą organizację.",
      actingFor: other.id,
      submissionKey: submissionKey(),
    });
    expect(refused.serverError).toBe("FORBIDDEN");
    expect(await db().ideaComment.count({ where: { ideaId: idea.id } })).toBe(1);
  });

  it("refuses comments on merged, hidden and unpublished entries with a reason, writing nothing", async () => {
    const resident = await createActor(established());
    actAs(resident);
    const merged = (await entry({ status: "MERGED" })).idea;
    const hidden = (await entry({ visibility: "HIDDEN" })).idea;
    const pending = (await entry({ visibility: "PENDING" })).idea;
    const write = (ideaId: string) => writeCommentAction({ ideaId, body: "Komentarz", submissionKey: submissionKey() });
    expect((await write(merged.id)).data).toEqual({ refused: "ideaMerged" });
    expect((await write(hidden.id)).data).toEqual({ refused: "ideaNotPublished" });
    expect((await write(pending.id)).serverError).toBe("NOT_FOUND");
    expect(await db().ideaComment.count({ where: { ideaId: { in: [merged.id, hidden.id, pending.id] } } })).toBe(0);
  });

  it("refuses bad input with a message on the field and writes nothing", async () => {
    const { idea } = await entry();
    actAs(await createActor(established()));
    const empty = await writeCommentAction({ ideaId: idea.id, body: " ", submissionKey: submissionKey() });
    expect(empty.validationErrors).toMatchObject({ body: { _errors: ["ideaCommentTooShort"] } });
    const long = await writeCommentAction({
      ideaId: idea.id,
      body: "x".repeat(10_001),
      submissionKey: submissionKey(),
    });
    expect(long.validationErrors).toMatchObject({ body: { _errors: ["ideaCommentTooLong"] } });
    const badId = await writeCommentAction({ ideaId: "nie-ma-takiego", body: "Treść", submissionKey: submissionKey() });
    expect(badId.validationErrors).toMatchObject({ ideaId: { _errors: expect.any(Array) } });
    const unknownMention = await writeCommentAction({
      ideaId: idea.id,
      body: `Zobacz ${mentionToken({ kind: "user", id: "cm0000000000000000000000", name: "Nikt" })}`,
      submissionKey: submissionKey(),
    });
    expect(unknownMention.validationErrors).toMatchObject({ body: { _errors: ["ideaCommentMentionUnknown"] } });
    expect(await db().ideaComment.count({ where: { ideaId: idea.id } })).toBe(0);
  });

  it("tells the people and organisations a comment mentions, once", async () => {
    const { idea } = await entry();
    const writer = await createActor(established());
    const mentioned = await createActor({ name: "Zofia Wzmiankowa" });
    const organisation = await createOrganisation({ verifiedAt: new Date() });
    actAs(writer);
    const body = `Pytanie do ${mentionToken({ kind: "user", id: mentioned.id, name: "Zofia Wzmiankowa" })} i ${mentionToken({ kind: "org", id: organisation.id, name: organisation.name })}.`;
    await writeCommentAction({ ideaId: idea.id, body, submissionKey: submissionKey() });
    const told = await db().notificationEvent.findMany({ where: { type: "idea.comment_mention", subjectId: idea.id } });
    expect(told).toHaveLength(1);
    expect(told[0]!.audience).toEqual({
      users: [mentioned.id],
      organisations: [{ id: organisation.id, roles: ["OWNER", "EDITOR"] }],
    });
    expect(told[0]!.link).toEqual({ pathname: "/ideas/[slug]", params: { slug: idea.slug } });
  });
});

describe("editing and deleting one's comments", () => {
  it("lets only the author edit and delete, keeping the number and the counters right", async () => {
    const { idea } = await entry();
    const author = await createActor(established());
    actAs(author);
    await writeCommentAction({ ideaId: idea.id, body: "Pierwsza wersja.", submissionKey: submissionKey() });
    const comment = await db().ideaComment.findFirstOrThrow({ where: { ideaId: idea.id } });

    actAs(await createActor(established()));
    expect((await editCommentAction({ commentId: comment.id, body: "Cudza zmiana" })).data).toEqual({
      refused: "notYourComment",
    });
    expect((await deleteCommentAction({ commentId: comment.id })).data).toEqual({ refused: "notYourComment" });
    actAs(null);
    expect((await editCommentAction({ commentId: comment.id, body: "Gość" })).serverError).toBe("UNAUTHENTICATED");

    actAs(author);
    expect((await editCommentAction({ commentId: comment.id, body: "Druga wersja." })).data).toEqual({
      saved: { slug: idea.slug, number: 1 },
    });
    expect(await db().ideaComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      body: "Druga wersja.",
      pendingBody: null,
    });
    expect((await deleteCommentAction({ commentId: comment.id })).data).toEqual({
      deleted: { slug: idea.slug, number: 1 },
    });
    expect((await counters(idea.id)).commentCount).toBe(0);
    expect((await deleteCommentAction({ commentId: comment.id })).data).toEqual({ refused: "commentDeleted" });
    const shown = await commentsOf(idea.id, null);
    expect(shown?.comments).toEqual([expect.objectContaining({ number: 1, body: null })]);
    // The next comment never reuses the number.
    await writeCommentAction({ ideaId: idea.id, body: "Nowy komentarz.", submissionKey: submissionKey() });
    expect((await db().ideaComment.findFirstOrThrow({ where: { ideaId: idea.id, deletedAt: null } })).number).toBe(2);
  });

  it("holds a public comment's edit with a blocked word for a moderator, keeping the approved wording shown", async () => {
    const { idea } = await entry();
    const author = await createActor(established());
    actAs(author);
    await writeCommentAction({ ideaId: idea.id, body: "Spokojny komentarz.", submissionKey: submissionKey() });
    const comment = await db().ideaComment.findFirstOrThrow({ where: { ideaId: idea.id } });
    expect((await editCommentAction({ commentId: comment.id, body: "Co za kurwa bałagan." })).data).toEqual({
      saved: { slug: idea.slug, number: 1, held: true },
    });
    const reader = await createActor(established());
    expect((await commentsOf(idea.id, reader))?.comments[0]).toMatchObject({
      body: "Spokojny komentarz.",
      pendingBody: null,
    });
    expect((await commentsOf(idea.id, author))?.comments[0]?.pendingBody).toBe("Co za kurwa bałagan.");
    const moderator = await createModerator(established());
    actAs(moderator);
    expect(
      (await approveCommentsAction({ commentIds: [comment.id], shown: await shownNow([comment.id]) })).data,
    ).toEqual({ approved: 1 });
    expect(await db().ideaComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      body: "Co za kurwa bałagan.",
      pendingBody: null,
    });
    expect((await counters(idea.id)).commentCount).toBe(1);
  });
});

describe("a hidden comment rewritten with a blocked word", () => {
  it("stays out of the discussion and its count when restored, until a moderator lets it through", async () => {
    const { idea } = await entry();
    const author = await createActor(established());
    actAs(author);
    await writeCommentAction({ ideaId: idea.id, body: "Zwykły komentarz.", submissionKey: submissionKey() });
    const comment = await db().ideaComment.findFirstOrThrow({ where: { ideaId: idea.id } });
    const moderator = await createModerator(established());
    actAs(moderator);
    await hideCommentsAction({ commentIds: [comment.id], reason: "Nie na temat." });
    expect((await counters(idea.id)).commentCount).toBe(0);
    actAs(author);
    expect((await editCommentAction({ commentId: comment.id, body: "Co za kurwa bałagan." })).data).toMatchObject({
      saved: { held: true },
    });
    actAs(moderator);
    const shown = (await ideaDiscussionView({ idea, viewer: moderator }))!.comments[0]!.shown!;
    expect((await restoreCommentsAction({ commentIds: [comment.id], shown: { [comment.id]: shown } })).data).toEqual({
      restored: 1,
    });
    expect((await counters(idea.id)).commentCount).toBe(0);
    expect((await commentsOf(idea.id, null))?.comments).toEqual([]);
    expect(
      (await approveCommentsAction({ commentIds: [comment.id], shown: await shownNow([comment.id]) })).data,
    ).toEqual({ approved: 1 });
    expect((await counters(idea.id)).commentCount).toBe(1);
  });
});

describe("moderating comments", () => {
  it("holds a comment with a blocked word: not public, not counted, until a moderator lets it through as shown", async () => {
    const { idea } = await entry();
    const author = await createActor(established());
    const mentioned = await createActor();
    actAs(author);
    const body = `Ten skurwiel ${mentionToken({ kind: "user", id: mentioned.id, name: "Ktoś" })} znowu nie odbiera.`;
    expect((await writeCommentAction({ ideaId: idea.id, body, submissionKey: submissionKey() })).data).toEqual({
      posted: { slug: idea.slug, number: 1, held: true },
    });
    expect((await counters(idea.id)).commentCount).toBe(0);
    expect((await commentsOf(idea.id, null))?.comments).toEqual([]);
    expect(await db().notificationEvent.count({ where: { type: "idea.comment_mention", subjectId: idea.id } })).toBe(0);
    const comment = await db().ideaComment.findFirstOrThrow({ where: { ideaId: idea.id } });
    const shown = await shownNow([comment.id]);

    // Not a moderator: refused, nothing changes.
    actAs(await createOfficial((await theOffice()).id));
    expect((await approveCommentsAction({ commentIds: [comment.id], shown })).serverError).toBe("FORBIDDEN");
    // The author rewrites it after the queue was loaded: the stale decision is refused.
    actAs(author);
    await editCommentAction({ commentId: comment.id, body: `${body} Poprawione.` });
    const moderator = await createModerator(established());
    actAs(moderator);
    expect((await approveCommentsAction({ commentIds: [comment.id], shown })).data).toEqual({
      refused: "changedSinceShown",
    });
    expect((await counters(idea.id)).commentCount).toBe(0);
    expect(
      (await approveCommentsAction({ commentIds: [comment.id], shown: await shownNow([comment.id]) })).data,
    ).toEqual({ approved: 1 });
    expect((await counters(idea.id)).commentCount).toBe(1);
    expect((await commentsOf(idea.id, null))?.comments).toHaveLength(1);
    expect(await db().notificationEvent.count({ where: { type: "idea.comment_mention", subjectId: idea.id } })).toBe(1);
    expect(await db().notificationEvent.count({ where: { type: "idea.comment_moderated", subjectId: idea.id } })).toBe(
      1,
    );
  });

  it("takes flags from readers, and hides, restores and dismisses through the moderators' queue", async () => {
    const { idea } = await entry();
    const author = await createActor(established());
    actAs(author);
    await writeCommentAction({
      ideaId: idea.id,
      body: "Kupię tanio rowery, pisz na priv.",
      submissionKey: submissionKey(),
    });
    await writeCommentAction({ ideaId: idea.id, body: "Rzeczowy komentarz.", submissionKey: submissionKey() });
    const [spam, fine] = await db().ideaComment.findMany({ where: { ideaId: idea.id }, orderBy: { number: "asc" } });

    expect((await flagCommentAction({ commentId: spam!.id, reason: "SPAM", note: "" })).data).toEqual({
      refused: "ownComment",
    });
    actAs(null);
    expect((await flagCommentAction({ commentId: spam!.id, reason: "SPAM", note: "" })).serverError).toBe(
      "UNAUTHENTICATED",
    );
    const reader = await createActor(established());
    actAs(reader);
    expect((await flagCommentAction({ commentId: spam!.id, reason: "SPAM", note: "Reklama" })).data).toEqual({
      flagged: true,
    });
    expect((await flagCommentAction({ commentId: spam!.id, reason: "SPAM", note: "" })).data).toEqual({
      refused: "alreadyFlagged",
    });
    expect((await flagCommentAction({ commentId: fine!.id, reason: "OTHER", note: "" })).data).toEqual({
      flagged: true,
    });
    const badReason = await flagCommentAction({ commentId: fine!.id, reason: "NONSENSE" as "SPAM", note: "" });
    expect(badReason.validationErrors).toMatchObject({ reason: { _errors: ["ideaCommentFlagReasonRequired"] } });
    expect((await commentModerationQueue()).map((c) => c.id)).toEqual(expect.arrayContaining([spam!.id, fine!.id]));

    // A reader may not hide; a moderator hides with a reason.
    expect((await hideCommentsAction({ commentIds: [spam!.id], reason: "Reklama handlowa." })).serverError).toBe(
      "FORBIDDEN",
    );
    const moderator = await createModerator(established());
    actAs(moderator);
    const shortReason = await hideCommentsAction({ commentIds: [spam!.id], reason: "x" });
    expect(shortReason.validationErrors).toMatchObject({ reason: { _errors: ["forumHideReasonTooShort"] } });
    expect((await hideCommentsAction({ commentIds: [spam!.id], reason: "Reklama handlowa." })).data).toEqual({
      hidden: 1,
    });
    expect((await counters(idea.id)).commentCount).toBe(1);
    expect((await commentsOf(idea.id, reader))?.comments[0]).toMatchObject({ body: null, hiddenReason: null });
    expect((await commentsOf(idea.id, author))?.comments[0]).toMatchObject({ hiddenReason: "Reklama handlowa." });
    expect(await db().ideaCommentFlag.count({ where: { commentId: spam!.id, resolvedAt: null } })).toBe(0);
    expect((await dismissCommentFlagsAction({ commentIds: [fine!.id] })).data).toEqual({ dismissed: 1 });
    expect((await commentModerationQueue()).map((c) => c.id)).not.toContain(fine!.id);
    // The entry page is where a moderator finds a hidden comment again: it tells them they moderate
    // (the comment's restore button), and nobody else.
    const moderatorView = await ideaDiscussionView({ idea, viewer: moderator });
    expect(moderatorView).toMatchObject({ moderates: true });
    expect(moderatorView!.comments.find((c) => c.id === spam!.id)?.hiddenAt).toBeInstanceOf(Date);
    expect(await ideaDiscussionView({ idea, viewer: reader })).toMatchObject({ moderates: false });
    // Its author rewrites it while it is hidden: restoring what the moderator was shown earlier is refused,
    // and the comment stays hidden until the new wording is read.
    const shownBefore = moderatorView!.comments.find((c) => c.id === spam!.id)!.shown!;
    actAs(author);
    expect(
      (await editCommentAction({ commentId: spam!.id, body: "Tanie kredyty, zapraszamy do nas jeszcze dziś!" })).data,
    ).toMatchObject({ saved: { number: 1 } });
    actAs(moderator);
    expect((await restoreCommentsAction({ commentIds: [spam!.id], shown: { [spam!.id]: shownBefore } })).data).toEqual({
      refused: "changedSinceShown",
    });
    expect((await counters(idea.id)).commentCount).toBe(1);
    expect((await commentsOf(idea.id, reader))?.comments[0]).toMatchObject({ body: null });
    const shownNow = (await ideaDiscussionView({ idea, viewer: moderator }))!.comments.find(
      (c) => c.id === spam!.id,
    )!.shown!;
    expect(shownNow).not.toBe(shownBefore);
    expect((await restoreCommentsAction({ commentIds: [spam!.id], shown: { [spam!.id]: shownNow } })).data).toEqual({
      restored: 1,
    });
    expect((await counters(idea.id)).commentCount).toBe(2);
    const audited = await db().auditEvent.findMany({
      where: { subjectId: spam!.id },
      select: { action: true },
      orderBy: { occurredAt: "asc" },
    });
    expect(audited.map((a) => a.action)).toEqual([
      "idea.comment_hidden",
      "idea.comment_edited",
      "idea.comment_restored",
    ]);
  });
});

describe("the discussion section and its mention look-up", () => {
  it("shows visitors the public comments and no form, writers the form with the organisations they act for", async () => {
    const { idea } = await entry();
    const verified = await createOrganisation({ name: "Fundacja Sekcji Dyskusji", verifiedAt: new Date() });
    const writer = await createMember(verified.id, "EDITOR", established());
    await writeComment(writer, {
      ideaId: idea.id,
      body: "Widoczny komentarz.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    const visitorView = await ideaDiscussionView({ idea, viewer: null });
    expect(visitorView).toMatchObject({ total: 1, canWrite: false, signedIn: false, writer: null, closed: null });
    const writerView = await ideaDiscussionView({ idea, viewer: writer });
    expect(writerView?.writer?.organisations).toEqual([{ id: verified.id, name: "Fundacja Sekcji Dyskusji" }]);
    expect(writerView?.comments[0]).toMatchObject({ number: 1, mine: true });
    const merged = (await entry({ status: "MERGED" })).idea;
    expect(await ideaDiscussionView({ idea: merged, viewer: writer })).toMatchObject({
      closed: "ideaMerged",
      canWrite: false,
    });
    const pending = (await entry({ visibility: "PENDING" })).idea;
    expect(await ideaDiscussionView({ idea: pending, viewer: writer })).toBeNull();
  });

  it("finds people and organisations to mention for those who may comment, and nobody for visitors", async () => {
    await createActor({ name: "Bożena Wzmiankowalna" });
    const look = () => handleIdeaMentionables(new Request("http://localhost/api/ideas/mentionables?q=bozena"));
    actAs(null);
    expect((await look()).status).toBe(401);
    actAs(await createActor());
    const found = (await (await look()).json()) as { data: { name: string; kind: string }[] };
    expect(found.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "Bożena Wzmiankowalna", kind: "user" })]),
    );
  });
});
