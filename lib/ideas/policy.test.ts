import { actorWith } from "@/tests/factories/actor";
import { isIdeaWriter, mayEditIdea, mayViewIdea, type IdeaAccessFacts } from "@/lib/ideas/policy";

const entry = (over: Partial<IdeaAccessFacts> = {}): IdeaAccessFacts => ({
  visibility: "PUBLISHED",
  status: "RECEIVED",
  authorId: "writer",
  organisationId: null,
  ...over,
});

describe("ideas board policy", () => {
  it("shows a published entry to everyone, visitors included", () => {
    expect(mayViewIdea(null, entry())).toBe(true);
  });

  it("shows a pending, rejected or hidden entry only to its writer, the organisation's people and moderators", () => {
    for (const visibility of ["PENDING", "REJECTED", "HIDDEN"] as const) {
      const idea = entry({ visibility, organisationId: "org" });
      expect(mayViewIdea(null, idea)).toBe(false);
      expect(mayViewIdea(actorWith({ id: "someone" }), idea)).toBe(false);
      expect(mayViewIdea(actorWith({ id: "writer" }), idea)).toBe(true);
      expect(
        mayViewIdea(actorWith({ id: "colleague", organisations: [{ organisationId: "org", role: "MEMBER" }] }), idea),
      ).toBe(true);
      expect(mayViewIdea(actorWith({ id: "mod", platformRole: "MODERATOR" }), idea)).toBe(true);
    }
  });

  it("lets only the writer edit, never a hidden or merged entry", () => {
    expect(mayEditIdea(actorWith({ id: "writer" }), entry())).toBe(true);
    expect(mayEditIdea(actorWith({ id: "other" }), entry())).toBe(false);
    expect(mayEditIdea(null, entry())).toBe(false);
    expect(mayEditIdea(actorWith({ id: "writer" }), entry({ visibility: "HIDDEN" }))).toBe(false);
    expect(mayEditIdea(actorWith({ id: "writer" }), entry({ status: "MERGED" }))).toBe(false);
    // A moderator is not a writer: they hide, they do not rewrite.
    expect(mayEditIdea(actorWith({ id: "mod", platformRole: "MODERATOR" }), entry())).toBe(false);
  });

  it("counts a representative of the organisation as a writer", () => {
    const idea = entry({ authorId: "former", organisationId: "org" });
    expect(isIdeaWriter(actorWith({ organisations: [{ organisationId: "org", role: "EDITOR" }] }), idea)).toBe(true);
    expect(isIdeaWriter(actorWith({ organisations: [{ organisationId: "other", role: "OWNER" }] }), idea)).toBe(false);
  });
});
