import { publicDataChanged, publicDataGeneration } from "@/lib/cache/public-data";
import { isSharedThread, threadIsShared } from "@/lib/cache/shared-threads";
import { isSharedPath } from "@/lib/http/page-cache";

describe("forum threads known to be the same for everyone", () => {
  it("are known once their page said so, in every language, until public data changes", () => {
    expect(isSharedPath("/forum/watki/watekznany00000000000001")).toBe(false);
    threadIsShared("watekznany00000000000001", publicDataGeneration());
    expect(isSharedThread("watekznany00000000000001")).toBe(true);
    expect(isSharedPath("/forum/watki/watekznany00000000000001")).toBe(true);
    expect(isSharedPath("/de/forum/themen/watekznany00000000000001")).toBe(true);
    expect(isSharedPath("/forum/watki/watekinny000000000000001")).toBe(false);
    publicDataChanged();
    expect(isSharedPath("/forum/watki/watekznany00000000000001")).toBe(false);
  });

  it("ignores what a page rendered while public data changed said", () => {
    const started = publicDataGeneration();
    publicDataChanged();
    threadIsShared("watekzmieniony000000001", started);
    expect(isSharedThread("watekzmieniony000000001")).toBe(false);
  });
});
