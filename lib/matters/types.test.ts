import { matterKinds, matterKindsByUrgency } from "@/lib/matters/types";

describe("the kinds of matters by urgency", () => {
  it("hold every kind once, so the home page's strip can name any of them", () => {
    expect([...matterKindsByUrgency].sort()).toEqual([...matterKinds].sort());
  });
});
