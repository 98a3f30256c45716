import { articleChangeOutcome, isPublic, needsApproval, needsReview, publicationTime } from "@/lib/news/workflow";

const now = new Date("2026-11-27T12:00:00Z");
const later = new Date("2026-11-28T08:00:00Z");
const earlier = new Date("2026-11-20T08:00:00Z");
const organisation = { organisationId: "cmorganisation00000000001" };
const institution = { organisationId: null };

describe("who waits for a moderator", () => {
  it("pre-moderates only organisations' articles, and only when the platform says so", () => {
    expect(needsApproval(organisation, "PRE")).toBe(true);
    expect(needsApproval(organisation, "POST")).toBe(false);
    expect(needsApproval(institution, "PRE")).toBe(false);
    expect(needsReview(organisation, "POST")).toBe(true);
    expect(needsReview(institution, "POST")).toBe(false);
  });
});

describe("publicationTime", () => {
  it("is the time asked for while it lies ahead", () => {
    expect(publicationTime({ publishAt: later, publishedAt: null }, now)).toEqual(later);
  });
  it("is now when the time asked for has passed while the article waited", () => {
    expect(publicationTime({ publishAt: earlier, publishedAt: null }, now)).toEqual(now);
  });
  it("keeps the original date of an article approved again after an edit", () => {
    expect(publicationTime({ publishAt: null, publishedAt: earlier }, now)).toEqual(earlier);
  });
});

describe("isPublic", () => {
  it("shows a published article from its time on, and nothing else", () => {
    expect(isPublic({ status: "PUBLISHED", publishedAt: earlier }, now)).toBe(true);
    expect(isPublic({ status: "PUBLISHED", publishedAt: later }, now)).toBe(false);
    expect(isPublic({ status: "PENDING", publishedAt: earlier }, now)).toBe(false);
    expect(isPublic({ status: "UNPUBLISHED", publishedAt: earlier }, now)).toBe(false);
  });
});

describe("articleChangeOutcome", () => {
  const published = { status: "PUBLISHED" as const, institutionId: null };
  it("holds a change to an organisation's published article under pre-moderation, keeps the rest as it is", () => {
    expect(articleChangeOutcome({ ...published, ...organisation }, "PRE")).toBe("holdForReview");
    expect(articleChangeOutcome({ ...published, ...organisation }, "POST")).toBe("applyThenReview");
    expect(
      articleChangeOutcome({ ...published, ...institution, institutionId: "cminstitution000000000001" }, "PRE"),
    ).toBe("apply");
    expect(articleChangeOutcome({ ...published, status: "DRAFT", ...organisation }, "PRE")).toBe("apply");
  });
});
