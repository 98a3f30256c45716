import { publicDataChanged, publicDataGeneration } from "@/lib/cache/public-data";
import { isSharedThread, SHARED_FOR_MS, threadIsNotShared, threadIsShared } from "@/lib/cache/shared-threads";
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

  it("forgets a thread after a while, and at once when its page finds it closed (security review)", () => {
    jest.useFakeTimers({ now: new Date("2026-12-07T10:00:00Z") });
    try {
      threadIsShared("watekprzeniesiony000001", publicDataGeneration());
      jest.setSystemTime(Date.now() + SHARED_FOR_MS - 1);
      expect(isSharedThread("watekprzeniesiony000001")).toBe(true);
      jest.setSystemTime(Date.now() + 1);
      expect(isSharedThread("watekprzeniesiony000001")).toBe(false);

      threadIsShared("watekzamkniety00000001", publicDataGeneration());
      threadIsNotShared("watekzamkniety00000001");
      expect(isSharedThread("watekzamkniety00000001")).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });
});
