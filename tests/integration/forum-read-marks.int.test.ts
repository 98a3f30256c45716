import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { createCategory } from "@/lib/forum/categories";
import { reply, startThread } from "@/lib/forum/posts";
import { threadForReader } from "@/lib/forum/queries";
import type { CategoryFields } from "@/lib/forum/schemas";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { GET } from "@/app/api/forum/threads/[id]/viewer/route";

/** A person with an account a month old, so the forum's limits for newcomers stay out of the way. */
const person = (organisationId?: string): Promise<Actor> =>
  createActor({
    createdAt: new Date(Date.now() - 30 * 24 * 3600 * 1000),
    organisations: organisationId ? [{ id: organisationId }] : [],
  });

const fields = (name: string, access: CategoryFields["access"]): CategoryFields => ({
  name: { pl: name, en: `${name} (EN)`, de: `${name} (DE)` },
  description: { pl: "Kategoria do testów znaczników.", en: "For tests.", de: "Für Tests." },
  access,
  openToPublic: false,
});

let key = 0;
const submissionKey = () => `read-mark-test-${String(++key).padStart(6, "0")}`;

/** A thread of `posts` posts in a category open to `access`, written by a representative of an organisation. */
async function thread(access: CategoryFields["access"], posts: number) {
  const organisationId = (await createOrganisation({ name: `Stowarzyszenie ${++key}`, verifiedAt: new Date() })).id;
  const writer = await person(organisationId);
  const category = await createCategory(fields(`Znaczniki ${key}`, access), { userId: writer.id, ip: null });
  const { threadId } = await startThread(writer, {
    categoryId: category.id,
    title: "Wątek o czytaniu",
    body: "Pierwszy wpis.",
    actingFor: null,
    submissionKey: submissionKey(),
  });
  for (let n = 2; n <= posts; n++)
    await reply(writer, { threadId, body: `Wpis ${n}.`, actingFor: null, submissionKey: submissionKey() });
  return threadId;
}

beforeAll(async () => {
  await createInstanceSettings();
});

/** What a browser sends with a script's fetch from this site's own page. */
const FROM_THE_PAGE = { "sec-fetch-site": "same-origin", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" };

/** Asks the thread's viewer for page `page`, as the thread's page does once it is shown (or as `headers` say). */
async function show(threadId: string, page: number | string, headers: Record<string, string> = FROM_THE_PAGE) {
  const response = await GET(
    new Request(`http://x/api/forum/threads/${threadId}/viewer?page=${page}&locale=pl`, { headers }),
    { params: Promise.resolve({ id: threadId }) },
  );
  return response.status;
}

describe("marking a thread read once its page is shown", () => {
  it("moves the reader's mark to the last post of the page shown, forward only and never past the last post", async () => {
    const threadId = await thread("SIGNED_IN", 22);
    const reader = await person();
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(0);
    actAs(reader);
    expect(await show(threadId, 1)).toBe(200);
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(20);
    expect(await show(threadId, 2)).toBe(200);
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(22);
    await show(threadId, 1);
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(22);
    await show(threadId, 999);
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(22);
  });

  it("moves no mark when a link or another site asks, only the thread's own page (security review)", async () => {
    const threadId = await thread("SIGNED_IN", 22);
    const reader = await person();
    actAs(reader);
    // A link followed to the viewer's address, from this site or another; a fetch from another site; no Sec-Fetch headers.
    const asked: Record<string, string>[] = [
      { "sec-fetch-site": "same-origin", "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" },
      { "sec-fetch-site": "cross-site", "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" },
      { "sec-fetch-site": "cross-site", "sec-fetch-dest": "empty", "sec-fetch-mode": "no-cors" },
      {},
    ];
    for (const headers of asked) {
      expect(await show(threadId, 2, headers)).toBe(200);
      expect((await threadForReader(reader, threadId))?.lastRead).toBe(0);
    }
    await show(threadId, 2);
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(22);
  });

  it("marks nothing for visitors and, answering not found, for people who may not read the thread", async () => {
    const threadId = await thread("REPRESENTATIVES", 1);
    actAs(null);
    expect(await show(threadId, 1)).toBe(404);
    const outsider = await person();
    actAs(outsider);
    expect(await show(threadId, 1)).toBe(404);
    expect(await db().forumReadMark.count({ where: { threadId, userId: outsider.id } })).toBe(0);
  });

  it("takes only a page number from 1 up", async () => {
    const threadId = await thread("SIGNED_IN", 1);
    const reader = await person();
    actAs(reader);
    expect(await show(threadId, 0)).toBe(400);
    expect(await db().forumReadMark.count({ where: { threadId, userId: reader.id } })).toBe(0);
  });
});
