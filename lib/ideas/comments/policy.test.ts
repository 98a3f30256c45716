import { commentForReader, commentingRefusal, isPublicComment } from "@/lib/ideas/comments/policy";

const comment = (overrides: Partial<Parameters<typeof commentForReader>[0]> = {}) => ({
  authorId: "author",
  body: "Treść komentarza",
  pendingBody: null,
  hiddenReason: null,
  heldAt: null,
  hiddenAt: null,
  deletedAt: null,
  ...overrides,
});
const stranger = { id: "someone", moderates: false };
const author = { id: "author", moderates: false };
const moderator = { id: "mod", moderates: true };

describe("commentingRefusal", () => {
  it("takes comments only on a published entry that was not merged", () => {
    expect(commentingRefusal({ visibility: "PUBLISHED", status: "RECEIVED" })).toBeNull();
    expect(commentingRefusal({ visibility: "PUBLISHED", status: "NOT_TAKEN_UP" })).toBeNull();
    expect(commentingRefusal({ visibility: "PUBLISHED", status: "MERGED" })).toBe("ideaMerged");
    expect(commentingRefusal({ visibility: "HIDDEN", status: "RECEIVED" })).toBe("ideaNotPublished");
    expect(commentingRefusal({ visibility: "PENDING", status: "RECEIVED" })).toBe("ideaNotPublished");
    expect(commentingRefusal({ visibility: "REJECTED", status: "RECEIVED" })).toBe("ideaNotPublished");
  });
});

describe("isPublicComment", () => {
  it("counts a comment that is neither held, hidden nor deleted", () => {
    expect(isPublicComment(comment())).toBe(true);
    expect(isPublicComment(comment({ heldAt: new Date() }))).toBe(false);
    expect(isPublicComment(comment({ hiddenAt: new Date() }))).toBe(false);
    expect(isPublicComment(comment({ deletedAt: new Date() }))).toBe(false);
  });
});

describe("commentForReader", () => {
  it("shows a public comment to everyone, visitors too", () => {
    expect(commentForReader(comment(), null).body).toBe("Treść komentarza");
    expect(commentForReader(comment(), stranger).mine).toBe(false);
    expect(commentForReader(comment(), author).mine).toBe(true);
  });

  it("withholds a hidden comment's text and reason from everyone but its author and the moderators", () => {
    const hidden = comment({ hiddenAt: new Date(), hiddenReason: "Spam" });
    expect(commentForReader(hidden, null)).toMatchObject({ body: null, hiddenReason: null });
    expect(commentForReader(hidden, stranger)).toMatchObject({ body: null, hiddenReason: null });
    expect(commentForReader(hidden, author)).toMatchObject({ body: "Treść komentarza", hiddenReason: "Spam" });
    expect(commentForReader(hidden, moderator)).toMatchObject({ body: "Treść komentarza", hiddenReason: "Spam" });
  });

  it("withholds a held comment and a held edit from others", () => {
    const held = comment({ heldAt: new Date() });
    expect(commentForReader(held, stranger).body).toBeNull();
    expect(commentForReader(held, author).body).toBe("Treść komentarza");
    const edit = comment({ pendingBody: "Nowa wersja" });
    expect(commentForReader(edit, stranger)).toMatchObject({ body: "Treść komentarza", pendingBody: null });
    expect(commentForReader(edit, author).pendingBody).toBe("Nowa wersja");
  });

  it("shows a deleted comment's text only to the moderators", () => {
    const deleted = comment({ deletedAt: new Date() });
    expect(commentForReader(deleted, author).body).toBeNull();
    expect(commentForReader(deleted, moderator).body).toBe("Treść komentarza");
  });
});
