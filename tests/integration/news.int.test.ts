import sharp from "sharp";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { UploadError } from "@/lib/files/stored-files";
import { newsRss, newsAtom } from "@/lib/news/feed-handlers";
import {
  addArticleAttachment,
  addArticleImage,
  MAX_ATTACHMENTS_PER_ARTICLE,
  visibleNewsAttachment,
  visibleNewsImage,
} from "@/lib/news/files";
import { currentArticleVersion, newsModerationQueue } from "@/lib/news/queries";
import { announceDueArticles, updateArticle } from "@/lib/news/mutations";
import { articleBySlug, articleForEditing, homeNews, listPublicNews, listWritableArticles } from "@/lib/news/queries";
import { newsFieldsWith, type NewsFields } from "@/lib/news/schemas";
import { dateToPolishLocal } from "@/lib/time/polish-local";
import { pdfFile } from "@/tests/factories/document-files";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createAdministrator, createMember, createModerator, createOfficial } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  approveNewsAction,
  createNewsAction,
  featureNewsAction,
  rejectNewsAction,
  reviewNewsAction,
  setNewsModerationAction,
  submitNewsAction,
  unpublishNewsAction,
  updateNewsAction,
  withdrawNewsAction,
} from "@/lib/news/actions";

const HOUR = 3600 * 1000;

const form = (title: string, overrides: Partial<Record<keyof NewsFields, unknown>> = {}) => ({
  kind: "NEWS",
  title,
  lead: "Krótka zajawka aktualności dla listy i kanałów.",
  body: "Treść aktualności, dość długa, żeby przejść walidację.",
  eventStartsAt: "",
  eventEndsAt: "",
  eventPlace: "",
  sphereIds: [] as string[],
  territoryCodes: [] as string[],
  ...overrides,
});

let admin: Actor;
let moderator: Actor;
let editor: Actor;
let official: Actor;
let organisationId: string;
let institutionId: string;
let sphereId: string;

beforeAll(async () => {
  await createInstanceSettings();
  organisationId = (await createOrganisation({ name: "Fundacja Aktualna", verifiedAt: new Date() })).id;
  institutionId = (await createInstitution({ name: "Urząd Gminy Aktualnej", territoryCode: "1601052" })).id;
  sphereId = (await db().publicBenefitSphere.findFirstOrThrow({ where: { code: "13" } })).id;
  admin = await createAdministrator();
  moderator = await createModerator();
  editor = await createMember(organisationId, "EDITOR");
  official = await createOfficial(institutionId);
});

async function draft(
  actor: Actor,
  author: string,
  title: string,
  overrides: Partial<Record<keyof NewsFields, unknown>> = {},
) {
  actAs(actor);
  const created = await createNewsAction({ author, ...form(title, overrides) } as never);
  if (!created.data) throw new Error(JSON.stringify(created));
  return created.data;
}

describe("who writes news", () => {
  it("organisations' owners and editors (verified organisations), officials for their office, administrators for the platform", async () => {
    const member = await createMember(organisationId, "MEMBER");
    actAs(member);
    expect(
      (await createNewsAction({ author: `organisation:${organisationId}`, ...form("Członek nie pisze") } as never))
        .serverError,
    ).toBe("FORBIDDEN");
    const unverified = (await createOrganisation({ name: "Stowarzyszenie Niezweryfikowane" })).id;
    actAs(await createMember(unverified, "OWNER"));
    expect(
      (await createNewsAction({ author: `organisation:${unverified}`, ...form("Niezweryfikowana nie pisze") } as never))
        .serverError,
    ).toBe("FORBIDDEN");
    actAs(editor);
    expect(
      (
        await createNewsAction({
          author: `institution:${institutionId}`,
          ...form("Redaktor nie pisze za urząd"),
        } as never)
      ).serverError,
    ).toBe("FORBIDDEN");
    expect(
      (await createNewsAction({ author: "platform", ...form("Redaktor nie pisze za platformę") } as never)).serverError,
    ).toBe("FORBIDDEN");
    actAs(null);
    expect((await createNewsAction({ author: "platform", ...form("Gość nie pisze") } as never)).serverError).toBe(
      "UNAUTHENTICATED",
    );

    expect((await draft(editor, `organisation:${organisationId}`, "Aktualność fundacji")).slug).toBe(
      "aktualnosc-fundacji",
    );
    await draft(official, `institution:${institutionId}`, "Komunikat urzędu");
    await draft(admin, "platform", "Wiadomość platformy");
    // Someone else's article is not found, not merely forbidden.
    const other = await draft(official, `institution:${institutionId}`, "Cudzy komunikat");
    actAs(editor);
    expect((await updateNewsAction({ articleId: other.id, ...form("Przejęty") } as never)).serverError).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses bad input with messages on the fields", async () => {
    actAs(editor);
    const bad = await createNewsAction({
      author: `organisation:${organisationId}`,
      ...form("Wyd", {
        kind: "EVENT",
        lead: "krótko",
        body: "![Logo](https://evil.example/x.png) i tekst dłuższy niż dwadzieścia znaków",
      }),
    } as never);
    expect(bad.validationErrors).toMatchObject({
      title: { _errors: ["newsTitleTooShort"] },
      lead: { _errors: ["newsLeadTooShort"] },
      eventStartsAt: { _errors: ["newsEventDateRequired"] },
    });
    const foreign = await createNewsAction({
      author: `organisation:${organisationId}`,
      ...form("Obcy obraz w treści", {
        body: "![Logo](https://evil.example/x.png) i tekst dłuższy niż dwadzieścia znaków",
      }),
    } as never);
    expect(foreign.validationErrors).toMatchObject({ body: { _errors: ["newsImageForeign"] } });
  });
});

describe("pre-moderation of organisations' news", () => {
  it("holds the article for a moderator, who approves it (followers are told) or rejects it with a reason", async () => {
    const article = await draft(editor, `organisation:${organisationId}`, "Warsztaty dla seniorów w Opolu", {
      sphereIds: [sphereId],
      territoryCodes: ["1661011"],
    });
    actAs(editor);
    expect((await submitNewsAction({ articleId: article.id, publishAt: "" })).data).toMatchObject({
      status: "PENDING",
    });
    expect((await listPublicNews({ q: "seniorow", page: 1 })).items.map((i) => i.id)).not.toContain(article.id);
    expect((await newsModerationQueue()).pending.map((a) => a.id)).toContain(article.id);
    expect(await db().notificationEvent.count({ where: { subjectId: article.id, type: "news.submitted" } })).toBe(1);

    actAs(editor);
    expect(
      (await approveNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) })).serverError,
    ).toBe("FORBIDDEN");
    actAs(moderator);
    expect(
      (await approveNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) })).data,
    ).toHaveProperty("publishedAt");
    expect(
      (await approveNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) })).data,
    ).toEqual({ refused: "notPending" });
    // Found by an inflected word without diacritics, and by the filters.
    expect((await listPublicNews({ q: "seniorow", page: 1 })).items.map((i) => i.id)).toContain(article.id);
    expect((await listPublicNews({ sphereId, territoryCode: "1661", page: 1 })).items.map((i) => i.id)).toContain(
      article.id,
    );
    expect((await listPublicNews({ organisationId, kind: "EVENT", page: 1 })).items.map((i) => i.id)).not.toContain(
      article.id,
    );
    const published = await db().notificationEvent.findFirstOrThrow({
      where: { subjectId: article.id, type: "news.published" },
    });
    expect(published.audience).toMatchObject({
      topic: { sphereIds: [sphereId], territoryCodes: ["1661011"] },
      followersOf: { type: "Organisation", id: organisationId },
    });
    expect(await db().notificationEvent.count({ where: { subjectId: article.id, type: "news.moderated" } })).toBe(1);

    // An edit of the published article waits for the moderators; the approved text stays on the site meanwhile.
    const changed = newsFieldsWith({
      title: "Warsztaty dla seniorów w Opolu – zmiana sali",
      lead: "Krótka zajawka aktualności dla listy i kanałów.",
      body: "Zmieniona treść aktualności, dość długa.",
      sphereIds: [sphereId],
      territoryCodes: ["1661011"],
    });
    await updateArticle(editor, article.id, changed, { ip: null });
    expect(await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      status: "PUBLISHED",
      changeStatus: "PENDING",
      title: "Warsztaty dla seniorów w Opolu",
    });
    expect((await listPublicNews({ organisationId, page: 1 })).items.map((i) => i.title)).toContain(
      "Warsztaty dla seniorów w Opolu",
    );
    expect((await listPublicNews({ q: "sali", page: 1 })).items.map((i) => i.id)).not.toContain(article.id);
    expect((await newsModerationQueue()).pending.map((a) => a.id)).toContain(article.id);

    actAs(moderator);
    expect(
      (await rejectNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id), reason: "x" }))
        .validationErrors,
    ).toMatchObject({ reason: { _errors: ["newsReasonTooShort"] } });
    expect(
      (
        await rejectNewsAction({
          articleId: article.id,
          shown: await currentArticleVersion(article.id),
          reason: "Proszę podać godzinę warsztatów.",
        })
      ).data,
    ).toEqual({ rejected: true });
    const rejected = await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } });
    expect(rejected).toMatchObject({
      status: "PUBLISHED",
      changeStatus: "REJECTED",
      changeNote: "Proszę podać godzinę warsztatów.",
      title: "Warsztaty dla seniorów w Opolu",
    });
    // Corrected and approved, the change is public; the article keeps its place and is not announced again.
    await updateArticle(editor, article.id, changed, { ip: null });
    actAs(moderator);
    await approveNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) });
    const again = await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } });
    expect(again).toMatchObject({
      status: "PUBLISHED",
      changeStatus: null,
      title: "Warsztaty dla seniorów w Opolu – zmiana sali",
    });
    expect(again.publishedAt).toEqual(rejected.publishedAt);
    expect(await db().notificationEvent.count({ where: { subjectId: article.id, type: "news.published" } })).toBe(1);
  });

  it("publishes officials' and the platform's news at once; moderators feature and take down", async () => {
    const article = await draft(official, `institution:${institutionId}`, "Nabór wniosków o dotacje 2027", {
      kind: "CALL",
    });
    actAs(official);
    expect((await submitNewsAction({ articleId: article.id, publishAt: "" })).data).toMatchObject({
      status: "PUBLISHED",
    });
    expect((await listPublicNews({ institutionId, kind: "CALL", page: 1 })).items.map((i) => i.id)).toEqual([
      article.id,
    ]);
    actAs(moderator);
    expect((await featureNewsAction({ articleId: article.id, featured: true })).data).toEqual({ featured: true });
    expect((await homeNews()).featured.map((a) => a.id)).toContain(article.id);
    expect((await homeNews()).latest.map((a) => a.id)).not.toContain(article.id);
    expect((await unpublishNewsAction({ articleId: article.id, reason: "Nabór odwołany przez urząd." })).data).toEqual({
      unpublished: true,
    });
    expect((await homeNews()).featured.map((a) => a.id)).not.toContain(article.id);
    expect(
      await db().auditEvent.count({
        where: { subjectId: article.id, action: { in: ["news.featured", "news.unpublished"] } },
      }),
    ).toBe(2);
  });
});

describe("a moderator decides on what they were shown", () => {
  it("refuses to approve or reject a change its writer replaced or added a file to after the queue showed it; the shown version decides", async () => {
    const article = await draft(editor, `organisation:${organisationId}`, "Zbiórka karmy dla schroniska");
    actAs(editor);
    await submitNewsAction({ articleId: article.id, publishAt: "" });
    actAs(moderator);
    await approveNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) });
    const edit = (body: string) =>
      updateArticle(
        editor,
        article.id,
        newsFieldsWith({
          title: "Zbiórka karmy dla schroniska",
          lead: "Krótka zajawka aktualności dla listy i kanałów.",
          body,
        }),
        { ip: null },
      );
    const queued = async () => (await newsModerationQueue()).pending.find((a) => a.id === article.id)!;

    await edit("Zbieramy karmę w sobotę przed sklepem przy Rynku.");
    const shown = await queued();
    // The writer swaps the text after the moderator opened the queue; the change is dated by its latest addition.
    await edit("Zupełnie inna treść, której moderator nie widział.");
    const replaced = await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } });
    expect(replaced.changeSubmittedAt!.getTime()).toBeGreaterThanOrEqual(shown.changeSubmittedAt!.getTime());
    actAs(moderator);
    expect((await approveNewsAction({ articleId: article.id, shown: shown.version })).data).toEqual({
      refused: "changedSinceShown",
    });
    expect(
      (await rejectNewsAction({ articleId: article.id, shown: shown.version, reason: "Proszę poprawić treść." })).data,
    ).toEqual({ refused: "changedSinceShown" });
    expect(await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      changeStatus: "PENDING",
      body: "Treść aktualności, dość długa, żeby przejść walidację.",
    });

    // A document added after the queue was loaded makes it stale too.
    const again = await queued();
    await addArticleAttachment(editor, article.id, "Plakat zbiórki", { bytes: pdfFile("Plakat"), name: "plakat.pdf" });
    expect((await approveNewsAction({ articleId: article.id, shown: again.version })).data).toEqual({
      refused: "changedSinceShown",
    });
    expect(await db().newsAttachment.count({ where: { articleId: article.id, pending: true } })).toBe(1);

    // Looked at again, the version shown is the one applied.
    const current = await queued();
    expect((await approveNewsAction({ articleId: article.id, shown: current.version })).data).toHaveProperty(
      "publishedAt",
    );
    expect(await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      changeStatus: null,
      body: "Zupełnie inna treść, której moderator nie widział.",
    });
    expect(await db().newsAttachment.count({ where: { articleId: article.id, pending: true } })).toBe(0);
  });

  it("refuses to approve a new article its writer edited after the queue showed it", async () => {
    const article = await draft(editor, `organisation:${organisationId}`, "Dzień otwarty fundacji");
    actAs(editor);
    await submitNewsAction({ articleId: article.id, publishAt: "" });
    const shown = (await newsModerationQueue()).pending.find((a) => a.id === article.id)!;
    await updateArticle(
      editor,
      article.id,
      newsFieldsWith({
        title: "Dzień otwarty fundacji",
        lead: "Krótka zajawka aktualności dla listy i kanałów.",
        body: "Treść dopisana po otwarciu kolejki przez moderatora.",
      }),
      { ip: null },
    );
    actAs(moderator);
    expect((await approveNewsAction({ articleId: article.id, shown: shown.version })).data).toEqual({
      refused: "changedSinceShown",
    });
    expect((await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("PENDING");
  });
});

describe("post-moderation", () => {
  afterAll(async () => {
    await db().instanceSettings.update({ where: { id: 1 }, data: { newsModeration: "PRE" } });
  });

  it("is the administrators' choice; organisations' news is public at once and reviewed after", async () => {
    actAs(moderator);
    expect((await setNewsModerationAction({ mode: "POST" })).serverError).toBe("FORBIDDEN");
    actAs(admin);
    expect((await setNewsModerationAction({ mode: "POST" })).data).toEqual({ mode: "POST" });
    const article = await draft(editor, `organisation:${organisationId}`, "Festyn rodzinny w Kluczborku");
    actAs(editor);
    expect((await submitNewsAction({ articleId: article.id, publishAt: "" })).data).toMatchObject({
      status: "PUBLISHED",
    });
    expect((await newsModerationQueue()).toReview.map((a) => a.id)).toContain(article.id);
    actAs(moderator);
    await reviewNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) });
    expect((await newsModerationQueue()).toReview.map((a) => a.id)).not.toContain(article.id);
    // The writer takes it down themselves.
    actAs(editor);
    expect((await withdrawNewsAction({ articleId: article.id })).data).toEqual({ withdrawn: true });
    expect((await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("UNPUBLISHED");
  });

  it("refuses to keep an article its writer edited after the review list showed it", async () => {
    actAs(admin);
    await setNewsModerationAction({ mode: "POST" });
    const article = await draft(editor, `organisation:${organisationId}`, "Koncert kolęd w parafii");
    actAs(editor);
    await submitNewsAction({ articleId: article.id, publishAt: "" });
    const shown = (await newsModerationQueue()).toReview.find((a) => a.id === article.id)!;
    await updateArticle(
      editor,
      article.id,
      newsFieldsWith({
        title: "Koncert kolęd w parafii",
        lead: "Krótka zajawka aktualności dla listy i kanałów.",
        body: "Treść zmieniona po tym, jak moderator otworzył listę.",
      }),
      { ip: null },
    );
    actAs(moderator);
    expect((await reviewNewsAction({ articleId: article.id, shown: shown.version })).data).toEqual({
      refused: "changedSinceShown",
    });
    expect((await newsModerationQueue()).toReview.map((a) => a.id)).toContain(article.id);
    const current = (await newsModerationQueue()).toReview.find((a) => a.id === article.id)!;
    expect((await reviewNewsAction({ articleId: article.id, shown: current.version })).data).toEqual({
      reviewed: true,
    });
    expect((await newsModerationQueue()).toReview.map((a) => a.id)).not.toContain(article.id);
  });

  it("puts a published article back on the review list when its writer adds a picture, a cover or a document", async () => {
    actAs(admin);
    await setNewsModerationAction({ mode: "POST" });
    const article = await draft(editor, `organisation:${organisationId}`, "Kiermasz ozdób świątecznych");
    actAs(editor);
    await submitNewsAction({ articleId: article.id, publishAt: "" });
    actAs(moderator);
    await reviewNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) });
    const toReview = async () => (await newsModerationQueue()).toReview.map((a) => a.id);
    expect(await toReview()).not.toContain(article.id);

    // Public at once under post-moderation, so a moderator must look at it afterwards.
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#a62" } })
      .png()
      .toBuffer();
    const cover = await addArticleImage(editor, article.id, {
      bytes: new Uint8Array(png),
      alt: "Stoisko z ozdobami",
      cover: true,
    });
    expect((await articleBySlug(article.slug))!.coverImage?.id).toBe(cover.id);
    expect(await toReview()).toContain(article.id);
    actAs(moderator);
    await reviewNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) });
    await addArticleAttachment(editor, article.id, "Lista stoisk", {
      bytes: pdfFile("Lista stoisk"),
      name: "stoiska.pdf",
    });
    expect(await toReview()).toContain(article.id);
  });
});

describe("scheduled publication", () => {
  it("refuses a time in the past, and shows and announces the article once its time has come", async () => {
    const article = await draft(official, `institution:${institutionId}`, "Spotkanie rady pożytku w grudniu");
    actAs(official);
    const past = await submitNewsAction({
      articleId: article.id,
      publishAt: dateToPolishLocal(new Date(Date.now() - HOUR)),
    });
    expect(past.validationErrors).toMatchObject({ publishAt: { _errors: ["newsPublishAtPast"] } });
    const at = new Date(Math.ceil((Date.now() + 2 * HOUR) / 60_000) * 60_000);
    expect((await submitNewsAction({ articleId: article.id, publishAt: dateToPolishLocal(at) })).data).toMatchObject({
      status: "PUBLISHED",
    });
    expect((await listPublicNews({ institutionId, page: 1 })).items.map((i) => i.id)).not.toContain(article.id);
    expect(await db().notificationEvent.count({ where: { subjectId: article.id, type: "news.published" } })).toBe(0);
    expect(await announceDueArticles(new Date())).toBe(0);

    const after = new Date(at.getTime() + 60_000);
    expect((await listPublicNews({ institutionId, page: 1 }, after)).items.map((i) => i.id)).toContain(article.id);
    expect(await announceDueArticles(after)).toBe(1);
    expect(await announceDueArticles(after)).toBe(0);
    expect(await db().notificationEvent.count({ where: { subjectId: article.id, type: "news.published" } })).toBe(1);
  });
});

describe("an article's files", () => {
  it("keeps pictures re-encoded with descriptions, hidden until the article is public, and refuses a file that is not what it claims", async () => {
    const article = await draft(editor, `organisation:${organisationId}`, "Fotorelacja z akcji sprzątania");
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#2a6" } })
      .png()
      .toBuffer();
    const image = await addArticleImage(editor, article.id, {
      bytes: new Uint8Array(png),
      alt: "Wolontariusze z workami śmieci",
      cover: true,
    });
    expect(image.markdown).toBe(`![Wolontariusze z workami śmieci](/api/news/images/${image.id})`);
    expect((await db().newsArticle.findUniqueOrThrow({ where: { id: article.id } })).coverImageId).toBe(image.id);
    await expect(
      addArticleImage(official, article.id, { bytes: new Uint8Array(png), alt: "Cudzy obraz", cover: false }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The text may now show it.
    await updateArticle(
      editor,
      article.id,
      newsFieldsWith({
        title: "Fotorelacja z akcji sprzątania",
        lead: "Krótka zajawka aktualności dla listy i kanałów.",
        body: `Zdjęcia z akcji.\n\n${image.markdown}`,
      }),
      { ip: null },
    );
    expect(await visibleNewsImage(null, image.id)).toBeNull();
    expect(await visibleNewsImage(editor, image.id)).toMatchObject({ isPublic: false });
    actAs(editor);
    await submitNewsAction({ articleId: article.id, publishAt: "" });
    actAs(moderator);
    await approveNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) });
    expect(await visibleNewsImage(null, image.id)).toMatchObject({ isPublic: true });

    await expect(
      addArticleAttachment(editor, article.id, "Regulamin", {
        bytes: new TextEncoder().encode("<html><script>alert(1)</script></html>"),
        name: "regulamin.pdf",
      }),
    ).rejects.toEqual(new UploadError("UNSUPPORTED_TYPE"));
    const attachment = await addArticleAttachment(editor, article.id, "Regulamin akcji", {
      bytes: pdfFile("Regulamin"),
      name: "regulamin.pdf",
    });
    expect(await db().newsAttachment.count({ where: { id: attachment.id, articleId: article.id } })).toBe(1);
  });
});

describe("the number of an article's documents", () => {
  it("stays within the limit when several are sent at once, and the refused ones' files are not kept", async () => {
    const article = await draft(editor, `organisation:${organisationId}`, "Wiele dokumentów naraz");
    const filesBefore = await db().storedFile.count();
    const outcomes = await Promise.allSettled(
      Array.from({ length: MAX_ATTACHMENTS_PER_ARTICLE + 3 }, (_, index) =>
        addArticleAttachment(editor, article.id, `Dokument ${index + 1}`, {
          bytes: pdfFile(`Dokument ${index + 1}`),
          name: "dokument.pdf",
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(MAX_ATTACHMENTS_PER_ARTICLE);
    expect(await db().newsAttachment.count({ where: { articleId: article.id } })).toBe(MAX_ATTACHMENTS_PER_ARTICLE);
    expect(await db().storedFile.count()).toBe(filesBefore + MAX_ATTACHMENTS_PER_ARTICLE);
  });
});

describe("a document sent while a moderator publishes the article", () => {
  it("follows the article as it is when it is saved: public by then, so it waits for a moderator", async () => {
    const article = await draft(editor, `organisation:${organisationId}`, "Artykuł publikowany w trakcie wysyłki");
    let publish!: () => void;
    const published = new Promise<void>((resolve) => (publish = resolve));
    const approval = db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "NewsArticle" WHERE id = ${article.id} FOR UPDATE`;
      await published;
      await tx.newsArticle.update({
        where: { id: article.id },
        data: { status: "PUBLISHED", publishedAt: new Date() },
      });
    });
    const upload = addArticleAttachment(editor, article.id, "Regulamin", {
      bytes: pdfFile("Regulamin"),
      name: "r.pdf",
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    publish();
    await approval;
    const attachment = await upload;
    expect(await db().newsAttachment.findUniqueOrThrow({ where: { id: attachment.id } })).toMatchObject({
      pending: true,
    });
  });
});

describe("changes to an approved article's files under pre-moderation", () => {
  it("replacing an approved article's cover keeps the old cover public; new attachments wait too, until a moderator approves", async () => {
    const article = await draft(editor, `organisation:${organisationId}`, "Sprzątanie brzegu Odry");
    const picture = async (colour: string) =>
      new Uint8Array(
        await sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })
          .png()
          .toBuffer(),
      );
    const approvedCover = await addArticleImage(editor, article.id, {
      bytes: await picture("#2a6"),
      alt: "Wolontariusze nad rzeką",
      cover: true,
    });
    actAs(editor);
    await submitNewsAction({ articleId: article.id, publishAt: "" });
    actAs(moderator);
    await approveNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) });

    expect(approvedCover.waiting).toBe(false);
    const newCover = await addArticleImage(editor, article.id, {
      bytes: await picture("#a26"),
      alt: "Reklama zamiast zdjęcia",
      cover: true,
    });
    // The writer is told at once that the picture waits.
    expect(newCover.waiting).toBe(true);
    const attachment = await addArticleAttachment(editor, article.id, "Niesprawdzony plik", {
      bytes: pdfFile("Niesprawdzony"),
      name: "plik.pdf",
    });
    const shown = (await articleBySlug(article.slug))!;
    expect(shown.coverImage?.id).toBe(approvedCover.id);
    expect(shown.attachments).toEqual([]);
    expect(
      (await listPublicNews({ organisationId, page: 1 })).items.find((i) => i.id === article.id)?.coverImage?.id,
    ).toBe(approvedCover.id);
    expect(await visibleNewsImage(null, newCover.id)).toBeNull();
    expect(await visibleNewsImage(null, approvedCover.id)).toMatchObject({ isPublic: true });
    expect(await visibleNewsAttachment(null, article.id, attachment.id)).toBeNull();
    expect(await visibleNewsAttachment(editor, article.id, attachment.id)).toMatchObject({ isPublic: false });
    expect((await newsModerationQueue()).pending.map((a) => a.id)).toContain(article.id);
    expect((await articleForEditing(article.id))!).toMatchObject({
      changeStatus: "PENDING",
      pendingCoverImageId: newCover.id,
    });
    // The writer's list says so too, not only the article's own page.
    expect((await listWritableArticles(editor)).find((a) => a.id === article.id)).toMatchObject({
      status: "PUBLISHED",
      changeStatus: "PENDING",
    });

    actAs(moderator);
    await approveNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) });
    const approved = (await articleBySlug(article.slug))!;
    expect(approved.coverImage?.id).toBe(newCover.id);
    expect(approved.attachments.map((a) => a.id)).toEqual([attachment.id]);
    expect(await visibleNewsAttachment(null, article.id, attachment.id)).toMatchObject({ isPublic: true });
  });

  it("shows moderators the change in full: the new text rendered with its new pictures, what changed in it, the new cover and documents", async () => {
    const article = await draft(editor, `organisation:${organisationId}`, "Remont świetlicy wiejskiej");
    actAs(editor);
    await submitNewsAction({ articleId: article.id, publishAt: "" });
    actAs(moderator);
    await approveNewsAction({ articleId: article.id, shown: await currentArticleVersion(article.id) });

    // Same title and lead: only the text, a picture in it, a cover and a document change.
    const png = async (colour: string) =>
      new Uint8Array(
        await sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })
          .png()
          .toBuffer(),
      );
    const picture = await addArticleImage(editor, article.id, {
      bytes: await png("#62a"),
      alt: "Nowa sala świetlicy",
      cover: false,
    });
    const cover = await addArticleImage(editor, article.id, {
      bytes: await png("#6a2"),
      alt: "Budynek po remoncie",
      cover: true,
    });
    const document = await addArticleAttachment(editor, article.id, "Kosztorys remontu", {
      bytes: pdfFile("Kosztorys"),
      name: "kosztorys.pdf",
    });
    await updateArticle(
      editor,
      article.id,
      newsFieldsWith({
        title: "Remont świetlicy wiejskiej",
        lead: "Krótka zajawka aktualności dla listy i kanałów.",
        body: `Treść aktualności, dość długa, żeby przejść walidację. Podmieniony akapit o zbiórce.\n\n${picture.markdown}`,
      }),
      { ip: null },
    );

    const change = (await newsModerationQueue()).pending.find((a) => a.id === article.id)!.change!;
    expect(change.bodyHtml).toContain("Podmieniony akapit o zbiórce.");
    expect(change.bodyHtml).toContain(`src="/api/news/images/${picture.id}"`);
    expect(change.bodyDiff).toContainEqual({ kind: "added", text: expect.stringContaining("Podmieniony akapit") });
    expect(change.details).toBeNull();
    expect(change.cover).toMatchObject({
      id: cover.id,
      alt: "Budynek po remoncie",
      src: `/api/news/images/${cover.id}`,
    });
    expect(change.images.map((i) => i.id).sort()).toEqual([picture.id, cover.id].sort());
    expect(change.attachments).toEqual([
      expect.objectContaining({
        id: document.id,
        title: "Kosztorys remontu",
        href: `/api/news/${article.id}/attachments/${document.id}`,
      }),
    ]);
    // The moderators may open them; the public may not.
    expect(await visibleNewsImage(moderator, picture.id)).toMatchObject({ isPublic: false });
    expect(await visibleNewsAttachment(moderator, article.id, document.id)).toMatchObject({ isPublic: false });
    expect(await visibleNewsImage(null, picture.id)).toBeNull();

    // Turned into an event with a time and place, those are shown too.
    const startsAt = new Date(Date.now() + 48 * HOUR);
    await updateArticle(
      editor,
      article.id,
      newsFieldsWith({
        title: "Remont świetlicy wiejskiej",
        lead: "Krótka zajawka aktualności dla listy i kanałów.",
        body: "Treść aktualności, dość długa, żeby przejść walidację.",
        kind: "EVENT",
        eventStartsAt: startsAt,
        eventPlace: "Świetlica w Lubszy",
      }),
      { ip: null },
    );
    const event = (await newsModerationQueue()).pending.find((a) => a.id === article.id)!.change!;
    expect(event.details).toEqual({
      kind: "EVENT",
      eventStartsAt: startsAt,
      eventEndsAt: null,
      eventPlace: "Świetlica w Lubszy",
    });
    expect(event.bodyDiff).toBeNull();
  });

  it("an office's new cover is public at once", async () => {
    const article = await draft(official, `institution:${institutionId}`, "Dni otwarte urzędu");
    actAs(official);
    await submitNewsAction({ articleId: article.id, publishAt: "" });
    const cover = await addArticleImage(official, article.id, {
      bytes: new Uint8Array(
        await sharp({ create: { width: 40, height: 30, channels: 3, background: "#26a" } })
          .png()
          .toBuffer(),
      ),
      alt: "Budynek urzędu",
      cover: true,
    });
    expect((await articleBySlug(article.slug))!.coverImage?.id).toBe(cover.id);
    expect(await visibleNewsImage(null, cover.id)).toMatchObject({ isPublic: true });
  });
});

describe("news feeds", () => {
  it("give RSS and Atom of public news, narrowed like the list", async () => {
    const rss = await newsRss(new Request(`http://localhost/api/news/rss?sphere=${sphereId}`));
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const narrowed = await rss.text();
    expect(narrowed).toContain("Warsztaty dla seniorów w Opolu");
    expect(narrowed).not.toContain("Fotorelacja");
    const atom = await newsAtom(new Request("http://localhost/api/news/atom?locale=en"));
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const all = await atom.text();
    expect(all).toContain("<title>Fotorelacja z akcji sprzątania</title>");
    expect(all).toContain("/en/news/fotorelacja-z-akcji-sprzatania");
    expect(all).not.toContain("Spotkanie rady pożytku w grudniu");
  });
});
