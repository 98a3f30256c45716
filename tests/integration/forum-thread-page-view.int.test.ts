// A forum thread's page is the same for every reader when visitors may read
// the thread: its view model then reads no session (the page cache serves the
// copy to signed-in people too, lib/cache/shared-threads.ts). Only a members'
// category's thread, or a held one, is read with the reader's session.
import { db } from "@/lib/db/client";
import { createCategory } from "@/lib/forum/categories";
import { hidePosts } from "@/lib/forum/moderation";
import { reply, startThread } from "@/lib/forum/posts";
import type { CategoryFields } from "@/lib/forum/schemas";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createModerator, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";

let reader: TestActor | null = null;
const sessionRead = jest.fn(async () => reader);
jest.mock("@/lib/auth/session", () => ({ getCurrentUser: () => sessionRead() }));

import { threadForPage, threadPageView } from "@/lib/forum/thread-page-view";

const month = new Date(Date.now() - 30 * 24 * 3600 * 1000);
let key = 0;

/** A reply by the thread's author, and its id. */
async function replyTo(threadId: string, body: string): Promise<string> {
  const { number } = await reply(author, { threadId, body, actingFor: null, submissionKey: `page-view-${++key}` });
  return (await db().forumPost.findUniqueOrThrow({ where: { threadId_number: { threadId, number } } })).id;
}

async function threadIn(access: CategoryFields["access"], openToPublic: boolean, author: TestActor, by: TestActor) {
  const category = await createCategory(
    {
      name: { pl: `Kategoria ${++key}`, en: `Category ${key}`, de: `Kategorie ${key}` },
      description: { pl: "Do testów.", en: "For tests.", de: "Für Tests." },
      access,
      openToPublic,
    },
    { userId: by.id, ip: null },
  );
  const { threadId } = await startThread(author, {
    categoryId: category.id,
    title: "Wątek widoku",
    body: "Pierwszy wpis.",
    actingFor: null,
    submissionKey: `page-view-${++key}`,
  });
  return threadId;
}

let moderator: TestActor;
let author: TestActor;
let representative: TestActor;

beforeAll(async () => {
  await createInstanceSettings();
  moderator = await createModerator();
  author = await createActor({ createdAt: month });
  const organisationId = (await createOrganisation({ name: "Fundacja Widoku", verifiedAt: new Date() })).id;
  representative = await createActor({ createdAt: month, organisations: [{ id: organisationId }] });
});

beforeEach(() => sessionRead.mockClear());

describe("a forum thread's page view", () => {
  it("reads no session for a thread visitors may read, and shows every reader the posts as visitors see them", async () => {
    const threadId = await threadIn("SIGNED_IN", true, author, moderator);
    const postId = await replyTo(threadId, "Drugi wpis.");
    await hidePosts(moderator, [postId], "Nie na temat.", { ip: null });
    reader = moderator;
    const { thread, shared } = await threadForPage(threadId);
    expect(shared).toBe(true);
    const view = await threadPageView(thread!, 1, "pl");
    expect(sessionRead).not.toHaveBeenCalled();
    expect(view.posts.map((post) => [post.number, post.body, post.hiddenReason, post.mine])).toEqual([
      [1, "Pierwszy wpis.", null, false],
      [2, null, null, false],
    ]);
    expect(view.categoryName).toMatch(/^Kategoria /);
    // A page past the end is the last one.
    expect((await threadPageView(thread!, 9, "pl")).page).toBe(1);
  });

  it("changes its revision when a post's state changes, so the browser asks about its reader again", async () => {
    const threadId = await threadIn("SIGNED_IN", true, author, moderator);
    const { thread } = await threadForPage(threadId);
    const before = (await threadPageView(thread!, 1, "pl")).revision;
    const postId = await replyTo(threadId, "Nowy wpis.");
    const { thread: after } = await threadForPage(threadId);
    const added = (await threadPageView(after!, 1, "pl")).revision;
    expect(added).not.toBe(before);
    await hidePosts(moderator, [postId], "Nie na temat.", { ip: null });
    expect((await threadPageView(after!, 1, "pl")).revision).not.toBe(added);
  });

  it("reads the session for a members' category's thread: its members open it, others and visitors do not", async () => {
    const threadId = await threadIn("REPRESENTATIVES", false, representative, moderator);
    reader = representative;
    expect(await threadForPage(threadId)).toEqual({
      thread: expect.objectContaining({ id: threadId }),
      shared: false,
      signedIn: true,
      generation: expect.any(Number),
    });
    expect(sessionRead).toHaveBeenCalledTimes(1);
    reader = author;
    expect(await threadForPage(threadId)).toEqual(
      expect.objectContaining({ thread: null, shared: false, signedIn: true }),
    );
    reader = null;
    expect(await threadForPage(threadId)).toEqual(
      expect.objectContaining({ thread: null, shared: false, signedIn: false }),
    );
    // A malformed id names nothing and reads nothing.
    sessionRead.mockClear();
    expect(await threadForPage("../konto")).toEqual(
      expect.objectContaining({ thread: null, shared: false, signedIn: false }),
    );
    expect(sessionRead).not.toHaveBeenCalled();
  });
});
