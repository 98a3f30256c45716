// An article's files through their routes (uploads, downloads) and the
// server actions that remove them.
import sharp from "sharp";
import { db } from "@/lib/db/client";
import { updateArticle } from "@/lib/news/mutations";
import { newsFieldsWith } from "@/lib/news/schemas";
import { pdfFile } from "@/tests/factories/document-files";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createMember, type TestActor } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";
import { routeContext } from "@/tests/helpers/route-context";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { createNewsAction, removeNewsAttachmentAction, removeNewsImageAction } from "@/lib/news/actions";
import { downloadAttachment, downloadImage, uploadAttachment, uploadImage } from "@/lib/news/file-handlers";

function post(route: typeof uploadImage, articleId: string, fields: Record<string, string>, file: File) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set("file", file);
  return route(new Request("http://localhost/upload", { method: "POST", body: form }), routeContext({ id: articleId }));
}

let editor: TestActor;
let stranger: TestActor;
let articleId: string;
let png: Buffer;
beforeAll(async () => {
  await createInstanceSettings();
  const organisationId = (await createOrganisation({ name: "Fundacja Plikowa", verifiedAt: new Date() })).id;
  editor = await createMember(organisationId, "EDITOR");
  stranger = await createMember(
    (await createOrganisation({ name: "Fundacja Obca", verifiedAt: new Date() })).id,
    "EDITOR",
  );
  actAs(editor);
  const created = await createNewsAction({
    author: `organisation:${organisationId}`,
    kind: "NEWS",
    title: "Aktualność z plikami",
    lead: "Krótka zajawka aktualności dla listy i kanałów.",
    body: "Treść aktualności, dość długa, żeby przejść walidację.",
    eventStartsAt: "",
    eventEndsAt: "",
    eventPlace: "",
    sphereIds: [],
    territoryCodes: [],
  });
  articleId = created.data!.id;
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#2a6" } })
    .png()
    .toBuffer();
});

describe("an article's pictures", () => {
  it("are uploaded by its writers, shown to them while a draft, and removed unless the text still shows them", async () => {
    actAs(null);
    expect((await post(uploadImage, articleId, { alt: "Opis" }, new File([png as BlobPart], "a.png"))).status).toBe(
      401,
    );
    actAs(editor);
    const tooShort = await post(uploadImage, articleId, { alt: "x" }, new File([png as BlobPart], "a.png"));
    expect([tooShort.status, await tooShort.json()]).toEqual([
      400,
      { error: { code: "INVALID", fields: { alt: "newsImageAltTooShort" } } },
    ]);
    const uploaded = await post(
      uploadImage,
      articleId,
      { alt: "Sprzątanie lasu" },
      new File([png as BlobPart], "a.png"),
    );
    expect([uploaded.status, uploaded.headers.get("cache-control")]).toEqual([201, "no-store"]);
    const image = (await uploaded.json()) as { id: string; markdown: string };

    const shown = await downloadImage(new Request("http://localhost/i"), routeContext({ id: image.id }));
    expect([shown.status, shown.headers.get("cache-control")]).toEqual([200, "private, no-store"]);
    actAs(null);
    expect((await downloadImage(new Request("http://localhost/i"), routeContext({ id: image.id }))).status).toBe(404);

    actAs(editor);
    const fields = {
      title: "Aktualność z plikami",
      lead: "Krótka zajawka aktualności dla listy i kanałów.",
      body: `Zdjęcia.\n\n${image.markdown}`,
    };
    await updateArticle(editor, articleId, newsFieldsWith(fields), { ip: null });
    expect((await removeNewsImageAction({ articleId, imageId: image.id })).data).toEqual({ refused: "IMAGE_IN_USE" });
    actAs(stranger);
    expect((await removeNewsImageAction({ articleId, imageId: image.id })).serverError).toBe("NOT_FOUND");
    actAs(editor);
    await updateArticle(editor, articleId, newsFieldsWith({ ...fields, body: "Już bez zdjęć, sama treść." }), {
      ip: null,
    });
    expect((await removeNewsImageAction({ articleId, imageId: image.id })).data).toEqual({ removed: true });
    expect(await db().newsImage.count({ where: { id: image.id } })).toBe(0);
  });
});

describe("an article's documents", () => {
  it("are uploaded and removed by its writers only", async () => {
    actAs(editor);
    const uploaded = await post(
      uploadAttachment,
      articleId,
      { title: "Regulamin" },
      new File([pdfFile() as BlobPart], "r.pdf"),
    );
    expect(uploaded.status).toBe(201);
    const { id: attachmentId } = (await uploaded.json()) as { id: string };
    const file = await downloadAttachment(
      new Request("http://localhost/a"),
      routeContext({ id: articleId, attachmentId }),
    );
    expect([file.status, file.headers.get("content-type")]).toEqual([200, "application/pdf"]);
    expect(
      (await downloadAttachment(new Request("http://localhost/a"), routeContext({ id: "x", attachmentId }))).status,
    ).toBe(404);

    actAs(stranger);
    expect((await removeNewsAttachmentAction({ articleId, attachmentId })).serverError).toBe("NOT_FOUND");
    actAs(editor);
    expect((await removeNewsAttachmentAction({ articleId, attachmentId })).data).toEqual({ removed: true });
    expect((await removeNewsAttachmentAction({ articleId, attachmentId })).serverError).toBe("NOT_FOUND");
  });
});
