import { matterKinds, matterKindsByUrgency, matterNeed } from "@/lib/matters/types";

describe("the kinds of matters by urgency", () => {
  it("hold every kind once, so the home page's strip can name any of them", () => {
    expect([...matterKindsByUrgency].sort()).toEqual([...matterKinds].sort());
  });
});

describe("what a matter asks of the person (UX review F-W2)", () => {
  it("is news for answers and new posts, nothing yet for what waits on others, action for the rest", () => {
    expect(matterNeed("answersReceived", {})).toBe("toRead");
    expect(matterNeed("watchedThreads", {})).toBe("toRead");
    expect(matterNeed("ownRequests", {})).toBe("inProgress");
    // Unfinished until the consultation closes: the person's to finish (the strip's link leads to them).
    expect(matterNeed("remarksToEdit", {})).toBe("toDo");
    expect(matterNeed("articles", { returned: false })).toBe("inProgress");
    expect(matterNeed("ballots", {})).toBe("toDo");
    expect(matterNeed("confirmationsMissing", {})).toBe("toDo");
    expect(matterNeed("smallGrantsToDecide", {})).toBe("toDo");
  });

  it("is action for writing a moderator sent back", () => {
    expect(matterNeed("articles", { returned: true })).toBe("toDo");
    expect(matterNeed("documents", { returned: true })).toBe("toDo");
  });
});
