// The publishing path every kind of moderated content shares
// (lib/moderation/publishing.ts): the decision on two real kinds (news, the
// library), a refusal when the content changed since the moderator was shown
// it, and the path itself through a minimal kind, as the ideas board will plug in.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { acceptDocument, rejectDocument } from "@/lib/library/moderation";
import { libraryProposals, proposedDocuments } from "@/lib/library/queries";
import { queuePage } from "@/lib/moderation/queue";
import { decideMany, decideOne, type PublishedKind } from "@/lib/moderation/publishing";
import { approveArticle, rejectArticle } from "@/lib/news/moderation";
import { currentArticleVersion, newsModerationQueue } from "@/lib/news/queries";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { createLibraryDocument, createLibraryVersion } from "@/tests/factories/library";
import { createNewsArticle } from "@/tests/factories/news";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createModerator, createPerson } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";

const META = { ip: "192.0.2.7" };
let moderator: Actor;
let resident: Actor;
let writerId: string;
let organisationId: string;

/** An organisation's article waiting for a moderator. */
const pendingArticle = () =>
  createNewsArticle(
    { organisationId },
    { title: "Zbiórka darów dla schroniska", status: "PENDING", submittedAt: new Date(), authorId: writerId },
  );

/** An organisation's document proposed for the library, without a file unless one is added. */
const proposedDocument = () =>
  createLibraryDocument(
    { organisationId },
    { title: "Regulamin wolontariatu", review: "PROPOSED", proposedById: writerId },
  );

const auditCount = (subjectId: string) => db().auditEvent.count({ where: { subjectId } });

beforeAll(async () => {
  await createInstanceSettings();
  organisationId = (await createOrganisation({ name: "Fundacja Publikująca", verifiedAt: new Date() })).id;
  writerId = (await createPerson()).id;
  moderator = await createModerator();
  resident = await createActor();
});

describe("a moderator's decision on news", () => {
  it("approves what was shown: published, in the audit log with the moderator's address, the writer told", async () => {
    const article = await pendingArticle();
    const now = new Date();
    const publishedAt = await approveArticle(moderator, article.id, await currentArticleVersion(article.id), META, now);
    expect(publishedAt).toEqual(now);
    expect(await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      status: "PUBLISHED",
      moderatedById: moderator.id,
    });
    expect(
      await db().auditEvent.findFirstOrThrow({
        where: { subjectId: article.id },
        select: { action: true, ipAddress: true, subjectType: true },
      }),
    ).toEqual({ action: "news.approved", ipAddress: META.ip, subjectType: "NewsArticle" });
    expect(await db().notificationEvent.count({ where: { subjectId: article.id, type: "news.moderated" } })).toBe(1);
  });

  it("refuses a decision on an article its writer changed after it was shown; nothing is applied or recorded", async () => {
    const article = await pendingArticle();
    const shown = await currentArticleVersion(article.id);
    await db().newsArticle.update({ where: { id: article.id }, data: { body: "Nowa treść, której nikt nie czytał." } });
    await expect(approveArticle(moderator, article.id, shown, META)).rejects.toEqual(
      new RuleRefusal("changedSinceShown"),
    );
    await expect(rejectArticle(moderator, article.id, shown, "Proszę poprawić.", META)).rejects.toEqual(
      new RuleRefusal("changedSinceShown"),
    );
    expect((await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("PENDING");
    expect(await auditCount(article.id)).toBe(0);
    expect(await db().notificationEvent.count({ where: { subjectId: article.id, type: "news.moderated" } })).toBe(0);
  });

  it("refuses a second decision once the article is decided (state check), and anyone but a moderator", async () => {
    const article = await pendingArticle();
    const shown = await currentArticleVersion(article.id);
    await expect(approveArticle(resident, article.id, shown, META)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await rejectArticle(moderator, article.id, shown, "Brak daty zbiórki.", META);
    await expect(approveArticle(moderator, article.id, await currentArticleVersion(article.id), META)).rejects.toEqual(
      new RuleRefusal("notPending"),
    );
    const rejected = await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } });
    expect(rejected).toMatchObject({ status: "REJECTED", moderationNote: "Brak daty zbiórki." });
    expect(
      await db().auditEvent.findMany({ where: { subjectId: article.id }, select: { action: true, details: true } }),
    ).toEqual([{ action: "news.rejected", details: { reason: "Brak daty zbiórki." } }]);
  });
});

describe("a moderator's decision on the library", () => {
  it("rejects a proposal as the queue showed it, with the reason recorded and told to the proposer", async () => {
    const document = await proposedDocument();
    const queued = (await proposedDocuments()).find((item) => item.id === document.id)!;
    await rejectDocument(moderator, document.id, "Brak pliku.", queued.shown, META);
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: document.id } })).toMatchObject({
      review: "REJECTED",
      reviewNote: "Brak pliku.",
      reviewedById: moderator.id,
    });
    expect(
      await db().auditEvent.findMany({ where: { subjectId: document.id }, select: { action: true, details: true } }),
    ).toEqual([{ action: "library.rejected", details: { reason: "Brak pliku." } }]);
    expect(await db().notificationEvent.count({ where: { subjectId: document.id, type: "library.decided" } })).toBe(1);
  });

  it("accepts a proposal with its file as the queue listed it: public, its versions accepted", async () => {
    const document = await proposedDocument();
    const version = await createLibraryVersion(document.id, { review: "PROPOSED" });
    const queued = (await proposedDocuments()).find((item) => item.id === document.id)!;
    expect(queued.shown.versionIds).toEqual([version.id]);
    await acceptDocument(moderator, document.id, queued.shown, META);
    expect((await db().libraryDocument.findUniqueOrThrow({ where: { id: document.id } })).review).toBe("ACCEPTED");
    expect((await db().libraryDocumentVersion.findUniqueOrThrow({ where: { id: version.id } })).review).toBe(
      "ACCEPTED",
    );
    expect((await db().auditEvent.findFirstOrThrow({ where: { subjectId: document.id } })).action).toBe(
      "library.accepted",
    );
  });

  it("refuses a decision on a proposal changed since it was shown, and accepting one with no file", async () => {
    const document = await proposedDocument();
    const queued = (await proposedDocuments()).find((item) => item.id === document.id)!;
    await db().libraryDocument.update({ where: { id: document.id }, data: { description: "Zmieniony opis." } });
    await expect(rejectDocument(moderator, document.id, "Nie.", queued.shown, META)).rejects.toEqual(
      new RuleRefusal("stale"),
    );
    const fresh = (await proposedDocuments()).find((item) => item.id === document.id)!;
    await expect(acceptDocument(moderator, document.id, fresh.shown, META)).rejects.toEqual(
      new RuleRefusal("noVersion"),
    );
    expect((await db().libraryDocument.findUniqueOrThrow({ where: { id: document.id } })).review).toBe("PROPOSED");
    expect(await auditCount(document.id)).toBe(0);
  });
});

describe("the publishing path itself, with a minimal kind of content", () => {
  // What a new kind brings: its table, what it loads, its states, its update and audit action.
  type Row = { id: string; status: string; title: string };
  const notes: PublishedKind<Row, "approved", string, "notPending" | "changedSinceShown", string> = {
    table: "NewsArticle",
    load: (tx, ids) =>
      tx.newsArticle.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, title: true } }),
    idOf: (row) => row.id,
    decidesOnShown: () => true,
    isAsShown: (_tx, row, shown) => row.title === shown,
    staleRefusal: "changedSinceShown",
    refusal: (row) => (row.status === "PENDING" ? null : "notPending"),
    apply: async (tx, row, { now }) => {
      await tx.newsArticle.update({ where: { id: row.id }, data: { status: "PUBLISHED", publishedAt: now } });
      return { details: { via: "test" }, outcome: row.title };
    },
    auditAction: () => "news.approved",
  };

  it("decides many at once, giving back each outcome, and leaves out rows its load does not find", async () => {
    const [first, second] = [await pendingArticle(), await pendingArticle()];
    const shown = { [first.id]: first.title, [second.id]: second.title };
    const outcomes = await decideMany(
      notes,
      moderator,
      [first.id, second.id, "c".repeat(25)],
      { decision: "approved", shown },
      META,
    );
    expect(outcomes).toEqual([first.title, second.title]);
    expect(
      await db().auditEvent.count({
        where: { subjectId: { in: [first.id, second.id] }, details: { equals: { via: "test" } } },
      }),
    ).toBe(2);
    await expect(
      decideOne(notes, moderator, "d".repeat(25), { decision: "approved", shown: "" }, META),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("is all or none: one row changed since shown, or one refused by its state, and nothing is applied", async () => {
    const [fresh, changed, decided] = [await pendingArticle(), await pendingArticle(), await pendingArticle()];
    const shown = { [fresh.id]: fresh.title, [changed.id]: "Tytuł, który był pokazany", [decided.id]: decided.title };
    await expect(
      decideMany(notes, moderator, [fresh.id, changed.id], { decision: "approved", shown }, META),
    ).rejects.toEqual(new RuleRefusal("changedSinceShown"));
    await db().newsArticle.update({ where: { id: decided.id }, data: { status: "REJECTED" } });
    await expect(
      decideMany(notes, moderator, [fresh.id, decided.id], { decision: "approved", shown }, META),
    ).rejects.toEqual(new RuleRefusal("notPending"));
    expect((await db().newsArticle.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("PENDING");
    expect(await auditCount(fresh.id)).toBe(0);
  });
});

describe("the queues' filters", () => {
  it("narrow news and the library to an author (the writing organisation), with the library's count for paging", async () => {
    const other = (await createOrganisation({ name: "Stowarzyszenie Inne", verifiedAt: new Date() })).id;
    const article = await pendingArticle();
    const document = await proposedDocument();
    const byAuthor = { author: organisationId };
    expect((await newsModerationQueue(byAuthor)).pending.map((a) => a.id)).toContain(article.id);
    expect((await newsModerationQueue({ author: other })).pending).toEqual([]);
    const page = await queuePage(libraryProposals, byAuthor);
    expect(page.items.map((d) => d.id)).toContain(document.id);
    expect(page.total).toBe(await db().libraryDocument.count({ where: { organisationId, review: "PROPOSED" } }));
    expect(await proposedDocuments({ author: other })).toEqual([]);
  });
});
