// The forum search page's view model (lib/forum/search-page-view.ts) over a
// real database: what the words find for a visitor and for a member, how
// many threads and posts the status line says, the posts' bylines, the words
// as a chip (removing it leaves the empty search), the previous and next page
// links, and "did you mean".
import { forumSearchView } from "@/lib/forum/search-page-view";
import { createForumCategory, createForumPost, createForumThread } from "@/tests/factories/forum";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createPerson } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";

// The bylines and chips are worded with the request's translator and formatter; outside a request, the same ones made directly.
jest.mock("next-intl/server", () => ({
  getTranslations: async ({ locale }: { locale: "pl" | "en" | "de" }) =>
    jest
      .requireActual("next-intl")
      .createTranslator({ locale, messages: jest.requireActual("@/lib/i18n/messages").messagesFor(locale) }),
  getFormatter: async ({ locale }: { locale: string }) =>
    jest.requireActual("next-intl").createFormatter({ locale, timeZone: "Europe/Warsaw" }),
}));

const MINUTE = 60_000;
let publicThreadId: string;
let membersThreadId: string;

beforeAll(async () => {
  await createInstanceSettings();
  const open = await createForumCategory({ name: { pl: "Sport", en: "Sports", de: "Sport" }, openToPublic: true });
  const closed = await createForumCategory({ name: { pl: "Dla członków", en: "Members", de: "Mitglieder" } });
  const writer = await createPerson({ name: "Anna Pisząca" });
  const gone = await createPerson({ name: "Usunięty Autor", deletedAt: new Date() });
  const club = await createOrganisation({ name: "Klub Sportowy Orzeł" });
  publicThreadId = (await createForumThread(open.id, { title: "Turniej piłki nożnej" })).id;
  membersThreadId = (await createForumThread(closed.id, { title: "Zebranie zarządu" })).id;
  const start = Date.now() - 100 * MINUTE;
  // 21 posts: one page of 20 and one more. The newest (number 21) first.
  for (let number = 1; number <= 21; number++)
    await createForumPost(publicThreadId, number, {
      body: `Wpis o turnieju numer ${number}.`,
      createdAt: new Date(start + number * MINUTE),
      authorId: number === 20 ? gone.id : writer.id,
      organisationId: number === 19 ? club.id : undefined,
    });
  await createForumPost(membersThreadId, 1, { body: "Turniej omówimy na zebraniu.", authorId: writer.id });
});

describe("forumSearchView", () => {
  it("gives a visitor the public threads and posts, named and dated, with the words as a chip and a next page", async () => {
    const view = await forumSearchView({ q: " turniej " }, "en", null);
    expect(view).toMatchObject({ q: "turniej", valid: true, page: 1, signedIn: false, firstNumber: 1 });
    expect(view.threads).toEqual([
      expect.objectContaining({ id: publicThreadId, title: "Turniej piłki nożnej", category: "Sports" }),
    ]);
    expect(view.posts).toHaveLength(20);
    expect(view.posts.every((post) => post.threadId === publicThreadId)).toBe(true);
    expect(view.posts.slice(0, 3).map((post) => [post.number, post.by, post.category])).toEqual([
      [21, "Anna Pisząca", "Sports"],
      [20, "Someone who deleted their account", "Sports"],
      [19, "Klub Sportowy Orzeł", "Sports"],
    ]);
    expect(view.posts[0]?.excerpt).toBe("Wpis o turnieju numer 21.");
    expect(view.total).toEqual({ count: 21, more: false });
    expect(view.count).toBe("Found 1 thread and 21 posts");
    expect(view.chips).toEqual({
      chips: [{ key: "q", field: "Words", value: "turniej", href: "/en/forum/search" }],
      clearHref: undefined,
    });
    expect(view.previousHref).toBeUndefined();
    expect(view.nextHref).toBe("/en/forum/search?q=turniej&strona=2");
  });

  it("shows a member the categories they read too; a later page has no thread titles and links back", async () => {
    const member = await createActor();
    const first = await forumSearchView({ q: "turniej" }, "pl", member);
    expect(first.signedIn).toBe(true);
    expect(first.total.count).toBe(22);
    expect(first.posts[0]).toMatchObject({ threadId: membersThreadId, category: "Dla członków" });
    const second = await forumSearchView({ q: "turniej", strona: "2" }, "pl", member);
    expect(second.threads).toEqual([]);
    expect(second.firstNumber).toBe(21);
    expect(second.posts.map((post) => post.number)).toEqual([2, 1]);
    expect(second.previousHref).toBe("/forum/szukaj?q=turniej&strona=1");
    expect(second.nextHref).toBeUndefined();
    expect(second.chips.chips.map((chip) => chip.href)).toEqual(["/forum/szukaj"]);
  });

  it("counts a matching thread title with no matching post: not 'nothing found'", async () => {
    // "piłki" is in the public thread's title only, never in a post.
    const titleOnly = await forumSearchView({ q: "piłka" }, "pl", null);
    expect(titleOnly.threads.map((thread) => thread.id)).toEqual([publicThreadId]);
    expect(titleOnly.posts).toEqual([]);
    expect(titleOnly.count).toBe("Znaleziono 1 wątek i 0 wpisów");
    const none = await forumSearchView({ q: "żyrafa" }, "de", null);
    expect(none.count).toBe("Keine Themen oder Beiträge gefunden");
  });

  it("answers misspelt words with what their corrected form finds, and nothing for no words", async () => {
    const view = await forumSearchView({ q: "turniek" }, "pl", null);
    expect(view.didYouMean).toMatchObject({ original: "turniek", href: "/forum/szukaj?q=turniej" });
    expect(view.posts).toHaveLength(20);
    expect(view.nextHref).toBe("/forum/szukaj?q=turniej&strona=2");
    const empty = await forumSearchView({ q: "!!!" }, "pl", null);
    expect(empty).toMatchObject({ valid: false, threads: [], posts: [], didYouMean: undefined });
    expect(empty.chips.chips).toEqual([]);
    expect(empty.count).toBeUndefined();
  });
});
