// The personal parts of a forum thread's page come from
// /api/forum/threads/[id]/viewer, since the page of a thread open to visitors
// is the same for everyone and served from the page cache to signed-in people too.
import { db } from "@/lib/db/client";
import { createCategory } from "@/lib/forum/categories";
import { editPost, reply, startThread } from "@/lib/forum/posts";
import { hidePosts } from "@/lib/forum/moderation";
import type { CategoryFields } from "@/lib/forum/schemas";
import type { ThreadViewer } from "@/lib/forum/thread-viewer-types";
import { setWatching } from "@/lib/forum/watching";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createModerator, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { GET } from "@/app/api/forum/threads/[id]/viewer/route";

type Answer = { status: number; cacheControl: string | null; body: ThreadViewer };

async function ask(id: string, page = "1"): Promise<Answer> {
  // As the thread's page asks: a script's fetch from this site (the only asking that moves the read mark).
  const headers = { "sec-fetch-site": "same-origin", "sec-fetch-dest": "empty" };
  const response = await GET(
    new Request(`http://x/api/forum/threads/${id}/viewer?page=${page}&locale=pl`, { headers }),
    {
      params: Promise.resolve({ id }),
    },
  );
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    body: (await response.json()) as ThreadViewer,
  };
}

const signedIn = (answer: Answer) => {
  if (!answer.body.signedIn) throw new Error(`expected a signed-in answer, got ${answer.status}`);
  return answer.body;
};

/** A person with an account a month old, so the forum's limits for newcomers stay out of the way. */
const person = (options: Parameters<typeof createActor>[0] = {}) =>
  createActor({ createdAt: new Date(Date.now() - 30 * 24 * 3600 * 1000), ...options });

let key = 0;
const submissionKey = () => `thread-viewer-test-${String(++key).padStart(6, "0")}`;

async function category(name: string, access: CategoryFields["access"], openToPublic: boolean, by: string) {
  const fields: CategoryFields = {
    name: { pl: name, en: `${name} (EN)`, de: `${name} (DE)` },
    description: { pl: "Kategoria do testów.", en: "For tests.", de: "Für Tests." },
    access,
    openToPublic,
  };
  return (await createCategory(fields, { userId: by, ip: null })).id;
}

let writer: TestActor;
let reader: TestActor;
let moderator: TestActor;
let representative: TestActor;
let open: string;
let closed: string;
let readOnly: string;
let openPosts: string[];

beforeAll(async () => {
  await createInstanceSettings();
  const organisationId = (await createOrganisation({ name: "Fundacja Wątkowa", verifiedAt: new Date() })).id;
  writer = await person({ name: "Anna Autorka" });
  reader = await person({ name: "Jan Czytelnik" });
  representative = await person({ name: "Ewa Reprezentantka", organisations: [{ id: organisationId }] });
  moderator = await createModerator({ name: "Maria Moderatorka" });
  const publicCategory = await category("Ogólna", "SIGNED_IN", true, moderator.id);
  const members = await category("Dla organizacji", "REPRESENTATIVES", false, moderator.id);
  const representativesWrite = await category("Czytają wszyscy", "REPRESENTATIVES", true, moderator.id);
  const start = async (actor: TestActor, categoryId: string, posts: number) => {
    const { threadId } = await startThread(actor, {
      categoryId,
      title: "Wątek o współpracy",
      body: "Pierwszy wpis.",
      actingFor: null,
      submissionKey: submissionKey(),
    });
    for (let n = 2; n <= posts; n++)
      await reply(actor, { threadId, body: `Wpis numer ${n}.`, actingFor: null, submissionKey: submissionKey() });
    return threadId;
  };
  open = await start(writer, publicCategory, 3);
  closed = await start(representative, members, 1);
  readOnly = await start(representative, representativesWrite, 1);
  openPosts = (await db().forumPost.findMany({ where: { threadId: open }, orderBy: { number: "asc" } })).map(
    (post) => post.id,
  );
});

describe("a forum thread's page as its reader sees it", () => {
  it("tells a visitor of a thread open to visitors only that they are not signed in, never stored", async () => {
    actAs(null);
    const answer = await ask(open);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ signedIn: false });
    expect(answer.cacheControl).toContain("no-store");
  });

  it("answers 404 for a closed category's thread to visitors and to people it is closed to, and for a malformed id", async () => {
    actAs(null);
    expect((await ask(closed)).status).toBe(404);
    actAs(reader);
    expect((await ask(closed)).status).toBe(404);
    expect((await ask("nie-ma-takiego")).status).toBe(404);
    expect((await ask("a".repeat(25))).status).toBe(404);
    expect((await ask(open, "zero")).status).toBe(400);
  });

  it("lets a member of the category reply, and moves their read mark to the page's last post once asked", async () => {
    actAs(reader);
    const first = signedIn(await ask(open));
    expect(first).toEqual({
      signedIn: true,
      personName: "Jan Czytelnik",
      canWrite: true,
      mayReply: true,
      suspension: null,
      readOnly: null,
      organisations: [],
      watching: false,
      lastRead: 0,
      moderator: false,
      categories: [],
      posts: openPosts.map((id) => ({
        id,
        mine: false,
        markedHelpful: false,
        withheld: null,
        shown: null,
        revisions: [],
      })),
    });
    // The next time, the page's posts are read: nothing is new.
    expect(signedIn(await ask(open)).lastRead).toBe(3);
    // A page past the end is the last one: the mark never passes the thread's last post.
    expect(signedIn(await ask(open, "99")).posts).toHaveLength(3);
    const mark = await db().forumReadMark.findUniqueOrThrow({
      where: { userId_threadId: { userId: reader.id, threadId: open } },
    });
    expect(mark.lastReadNumber).toBe(3);
    await setWatching(reader, "ForumThread", open, true);
    expect(signedIn(await ask(open)).watching).toBe(true);
  });

  it("shows a post's author their hidden post's text and the reason, and nobody else but the moderators", async () => {
    await hidePosts(moderator, [openPosts[1]!], "Wpis nie na temat.", { ip: null });
    actAs(writer);
    const own = signedIn(await ask(open));
    expect(own.posts.every((post) => post.mine)).toBe(true);
    expect(own.posts[1]!.withheld).toEqual({
      bodyHtml: expect.stringContaining("Wpis numer 2."),
      images: [],
      hiddenReason: "Wpis nie na temat.",
      editHeld: false,
    });
    expect(own.posts[0]!.withheld).toBeNull();
    actAs(reader);
    expect(signedIn(await ask(open)).posts[1]!.withheld).toBeNull();
    actAs(moderator);
    const moderated = signedIn(await ask(open));
    expect(moderated.posts[1]!.withheld?.bodyHtml).toContain("Wpis numer 2.");
    expect(moderated.posts[1]!.shown).toEqual(expect.any(String));
  });

  it("gives a moderator their tools: the categories to move the thread to and the posts' earlier wordings", async () => {
    await editPost(writer, { postId: openPosts[2]!, body: "Wpis numer 3, poprawiony." }, null);
    actAs(moderator);
    const answer = signedIn(await ask(open));
    expect(answer.moderator).toBe(true);
    expect(answer.categories.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Ogólna", "Dla organizacji", "Czytają wszyscy"]),
    );
    expect(answer.posts[2]!.revisions.map((revision) => revision.body)).toEqual(["Wpis numer 3."]);
    actAs(writer);
    expect(signedIn(await ask(open)).posts[2]!.revisions).toEqual([]);
  });

  it("answers a closed category's member, and tells a reader who may not write there who may", async () => {
    actAs(representative);
    const member = signedIn(await ask(closed));
    expect(member).toMatchObject({ canWrite: true, mayReply: true, readOnly: null, lastRead: 1 });
    expect(member.organisations.map((o) => o.name)).toEqual(["Fundacja Wątkowa"]);
    actAs(reader);
    expect(signedIn(await ask(readOnly))).toMatchObject({
      canWrite: false,
      mayReply: false,
      readOnly: "REPRESENTATIVES",
      organisations: [],
    });
  });
});
