// An entry's pictures and documents through their routes (uploads,
// downloads), the similar-entries route, and who may see what.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { db } from "@/lib/db/client";
import { ideaImagePath } from "@/lib/ideas/body";
import { pdfFile } from "@/tests/factories/document-files";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor, createModerator, type TestActor } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";
import { routeContext } from "@/tests/helpers/route-context";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { createIdeaAction, rejectIdeaAction, removeIdeaAttachmentAction } from "@/lib/ideas/actions";
import { currentIdeaVersion } from "@/lib/ideas/queries";
import { writtenIdea } from "@/tests/factories/ideas";
import {
  downloadIdeaAttachment,
  downloadIdeaImage,
  similarIdeasRoute,
  uploadIdeaAttachment,
  uploadIdeaImageRoute,
} from "@/lib/ideas/file-handlers";

// Writers of some standing: a new account may write only a few entries in ten minutes (the forum's limits).
const established = () => ({ createdAt: new Date(Date.now() - 30 * 24 * 3600 * 1000) });

const key = () => randomUUID().replace(/-/g, "");
let writer: TestActor;
let stranger: TestActor;
let moderator: TestActor;
let png: Buffer;

function form(fields: Record<string, string>, file: File) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  body.set("file", file);
  return new Request("http://localhost/upload", { method: "POST", body });
}
const uploadPicture = (alt: string) =>
  uploadIdeaImageRoute(form({ alt }, new File([png as BlobPart], "a.png")), routeContext({}));
const download = (id: string) => downloadIdeaImage(new Request("http://localhost/i"), routeContext({ id }));

const entry = (overrides: Record<string, unknown> = {}) => ({
  kind: "SUGGESTION" as const,
  addressee: "operator",
  title: "Zdjęcia zniszczonej ławki w parku",
  body: "Ławki w parku miejskim są zniszczone, poniżej zdjęcia.",
  sphereIds: [],
  territoryCodes: [],
  taskScope: "",
  taskPlaceAndTime: "",
  taskExpectedResults: "",
  taskEstimatedCost: "",
  actingFor: null,
  submissionKey: key(),
  ...overrides,
});

beforeAll(async () => {
  await createInstanceSettings();
  writer = await createActor(established());
  stranger = await createActor(established());
  moderator = await createModerator();
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#2a6" } })
    .png()
    .toBuffer();
});

describe("an entry's pictures", () => {
  it("are uploaded with a description, private to their uploader until the entry is public, then public", async () => {
    actAs(null);
    expect((await uploadPicture("Zniszczona ławka")).status).toBe(401);
    actAs(writer);
    const tooShort = await uploadPicture("x");
    expect([tooShort.status, await tooShort.json()]).toEqual([
      400,
      { error: { code: "INVALID", fields: { alt: "ideaImageAltTooShort" } } },
    ]);
    const uploaded = await uploadPicture("Zniszczona ławka");
    expect(uploaded.status).toBe(201);
    const image = (await uploaded.json()) as { id: string };
    expect((await download(image.id)).headers.get("cache-control")).toBe("private, no-store");
    actAs(stranger);
    expect((await download(image.id)).status).toBe(404);

    // Someone else cannot put another's upload in their entry.
    const stolen = await createIdeaAction(
      entry({ imageIds: [image.id], body: `Cudze zdjęcie: ![Zniszczona ławka](${ideaImagePath(image.id)})` }),
    );
    expect(stolen.validationErrors).toMatchObject({ imageIds: { _errors: ["ideaImageInvalid"] } });

    actAs(writer);
    // A picture in the text needs its description there too.
    const withoutAlt = await createIdeaAction(
      entry({ imageIds: [image.id], body: `Zdjęcie bez opisu: ![](${ideaImagePath(image.id)}) w tekście.` }),
    );
    expect(withoutAlt.validationErrors).toMatchObject({ body: { _errors: ["ideaImageAltMissing"] } });
    const sent = await createIdeaAction(
      entry({ imageIds: [image.id], body: `Ławki są zniszczone: ![Zniszczona ławka](${ideaImagePath(image.id)})` }),
    );
    expect(writtenIdea(sent).visibility).toBe("PUBLISHED");
    actAs(null);
    const shown = await download(image.id);
    expect([shown.status, shown.headers.get("cache-control")]).toEqual([200, "public, max-age=300"]);
  });
});

describe("an entry's documents", () => {
  it("are added by its writer only, wait for a moderator on a public entry under pre-moderation, and are removed by the writer", async () => {
    actAs(writer);
    const sent = await createIdeaAction(entry({ title: "Wpis z dokumentem" }));
    const ideaId = writtenIdea(sent).id;
    const upload = (title: string) =>
      uploadIdeaAttachment(
        form({ title }, new File([pdfFile() as BlobPart], "opis.pdf", { type: "application/pdf" })),
        routeContext({ id: ideaId }),
      );
    actAs(stranger);
    expect((await upload("Kosztorys")).status).toBe(409);
    actAs(writer);
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaModeration: "PRE" } });
    const added = await upload("Kosztorys naprawy ławek");
    expect(added.status).toBe(201);
    const attachment = (await added.json()) as { id: string; pending: boolean };
    expect(attachment.pending).toBe(true);
    const get = () =>
      downloadIdeaAttachment(
        new Request("http://localhost/a"),
        routeContext({ id: ideaId, attachmentId: attachment.id }),
      );
    actAs(null);
    expect((await get()).status).toBe(404);
    actAs(moderator);
    expect((await get()).status).toBe(200);
    actAs(stranger);
    expect((await removeIdeaAttachmentAction({ ideaId, attachmentId: attachment.id })).data).toEqual({
      refused: "notEditable",
    });
    actAs(writer);
    expect((await removeIdeaAttachmentAction({ ideaId, attachmentId: attachment.id })).data).toEqual({ removed: true });
    expect(await db().ideaAttachment.count({ where: { ideaId } })).toBe(0);
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaModeration: "POST" } });
  });
});

describe("the number of an entry's documents", () => {
  it("stays at most ten when several are sent at once, and the refused ones' files are not kept", async () => {
    actAs(writer);
    const ideaId = writtenIdea(await createIdeaAction(entry({ title: "Wpis z wieloma dokumentami" }))).id;
    const filesBefore = await db().storedFile.count();
    const responses = await Promise.all(
      Array.from({ length: 13 }, (_, index) =>
        uploadIdeaAttachment(
          form({ title: `Załącznik ${index + 1}` }, new File([pdfFile() as BlobPart], "zalacznik.pdf")),
          routeContext({ id: ideaId }),
        ),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(3);
    const kept = await db().ideaAttachment.findMany({ where: { ideaId }, select: { position: true } });
    expect(kept.map((attachment) => attachment.position).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await db().storedFile.count()).toBe(filesBefore + 10);
  });
});

describe("a document sent while a moderator approves the entry", () => {
  it("follows the entry as it is when it is saved: public by then, so it waits for a moderator", async () => {
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaModeration: "PRE" } });
    actAs(writer);
    const ideaId = writtenIdea(await createIdeaAction(entry({ title: "Wpis zatwierdzany w trakcie wysyłki" }))).id;
    expect((await db().idea.findUniqueOrThrow({ where: { id: ideaId } })).visibility).toBe("PENDING");
    // The moderator's approval holds the entry's row while the upload is under way.
    let approve!: () => void;
    const approved = new Promise<void>((resolve) => (approve = resolve));
    const approval = db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Idea" WHERE id = ${ideaId} FOR UPDATE`;
      await approved;
      await tx.idea.update({ where: { id: ideaId }, data: { visibility: "PUBLISHED", publishedAt: new Date() } });
    });
    const upload = uploadIdeaAttachment(
      form({ title: "Kosztorys" }, new File([pdfFile() as BlobPart], "kosztorys.pdf")),
      routeContext({ id: ideaId }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    approve();
    await approval;
    const response = await upload;
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ pending: true });
    expect((await db().idea.findUniqueOrThrow({ where: { id: ideaId } })).changeSubmittedAt).not.toBeNull();
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaModeration: "POST" } });
  });
});

describe("a rejected change's documents", () => {
  it("go with the change, so a later approved change cannot publish them", async () => {
    actAs(writer);
    const ideaId = writtenIdea(await createIdeaAction(entry({ title: "Wpis ze zmianą do odrzucenia" }))).id;
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaModeration: "PRE" } });
    const added = await uploadIdeaAttachment(
      form(
        { title: "Nieodpowiedni dokument" },
        new File([pdfFile() as BlobPart], "x.pdf", { type: "application/pdf" }),
      ),
      routeContext({ id: ideaId }),
    );
    expect(added.status).toBe(201);
    actAs(moderator);
    const shown = await currentIdeaVersion(ideaId);
    expect((await rejectIdeaAction({ ideaId, shown, reason: "Dokument nie dotyczy wpisu" })).data).toEqual({
      rejected: true,
    });
    expect(await db().ideaAttachment.count({ where: { ideaId } })).toBe(0);
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaModeration: "POST" } });
  });
});

describe("similar entries while a title is typed", () => {
  it("answers anyone with at most five public entries found by Polish words", async () => {
    actAs(writer);
    for (const title of ["Remont świetlicy wiejskiej", "Świetlice dla seniorów", "Nowe świetlice w gminie"])
      await createIdeaAction(entry({ title, body: "Opis świetlicy i jej potrzeb na najbliższy rok." }));
    actAs(null);
    const answer = await similarIdeasRoute(
      new Request(`http://localhost/api/ideas/similar?title=${encodeURIComponent("świetlica")}`),
      routeContext({}),
    );
    expect(answer.status).toBe(200);
    const { ideas } = (await answer.json()) as { ideas: { title: string; kind: string; organisations: number }[] };
    expect(ideas.length).toBeGreaterThanOrEqual(3);
    expect(ideas.length).toBeLessThanOrEqual(5);
    expect(ideas.map((idea) => idea.title)).toEqual(expect.arrayContaining(["Remont świetlicy wiejskiej"]));
    // A longer title keeps finding them: any word may match, and short words like "dla" do not spoil it.
    const longer = await similarIdeasRoute(
      new Request(
        `http://localhost/api/ideas/similar?title=${encodeURIComponent("Remont świetlicy dla młodzieży w Nysie")}`,
      ),
      routeContext({}),
    );
    const found = ((await longer.json()) as { ideas: { title: string }[] }).ideas.map((idea) => idea.title);
    expect(found[0]).toBe("Remont świetlicy wiejskiej");
    const tooShort = await similarIdeasRoute(
      new Request("http://localhost/api/ideas/similar?title=a"),
      routeContext({}),
    );
    expect(tooShort.status).toBe(400);
  });
});
