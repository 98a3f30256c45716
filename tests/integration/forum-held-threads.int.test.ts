import { reply } from "@/lib/forum/posts";
import { countPosts, searchPosts } from "@/lib/forum/search";
import { createForumCategory, createForumPost, createForumThread } from "@/tests/factories/forum";
import { createActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";

// Security review (session 17): a thread held for review exists only for its
// author and the moderators, yet anyone could reply to it by its id, and its
// title and replies were found by the forum's search.
describe("a thread held for review", () => {
  const longAgo = () => new Date(Date.now() - 30 * 86_400_000);

  async function heldThread() {
    await createInstanceSettings();
    const category = await createForumCategory({ openToPublic: true, access: "SIGNED_IN" });
    const author = await createActor({ createdAt: longAgo() });
    const thread = await createForumThread(category.id, {
      title: "Wstrzymany tytuł",
      heldAt: new Date(),
      authorId: author.id,
      postCount: 1,
    });
    await createForumPost(thread.id, 1, { heldAt: new Date(), authorId: author.id, body: "Wstrzymany pierwszy wpis." });
    return { author, thread };
  }

  it("takes no reply from anyone but its author or a moderator", async () => {
    const { author, thread } = await heldThread();
    const stranger = await createActor({ createdAt: longAgo() });
    await expect(
      reply(stranger, { threadId: thread.id, body: "Kormoran czarny.", actingFor: null, submissionKey: "held-000001" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await reply(author, {
      threadId: thread.id,
      body: "Dopisuję szczegóły o kormoranach.",
      actingFor: null,
      submissionKey: "held-000002",
    });
    expect(own).toMatchObject({ threadId: thread.id, number: 2 });
  });

  it("is not found by the forum's search, neither its title nor its replies", async () => {
    const { thread } = await heldThread();
    await createForumPost(thread.id, 2, { body: "Zupełnie niewinny kormoran czarny." });
    expect((await searchPosts(null, "kormoran", 1)).hits).toEqual([]);
    expect(await countPosts(null, "kormoran")).toEqual({ count: 0, more: false });
  });
});
