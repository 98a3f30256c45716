import { deadlineHint } from "@/lib/competitions/deadline-hint";

const rules = { minDays: 21, exclusive: false };

describe("the offers deadline's hint", () => {
  it("counts from today while a required publication is undated", () => {
    expect(deadlineHint([{ channel: "BIP", day: "2026-12-01" }], rules, "2026-12-07")).toEqual({
      minDays: 21,
      earliest: "2026-12-28",
      lastPublication: null,
    });
  });

  it("counts from the last of the three publications once they are dated, by the rules in force", () => {
    const publications = [
      { channel: "BIP", day: "2026-12-01" },
      { channel: "NOTICE_BOARD", day: "2026-12-03" },
      { channel: "WEBSITE", day: "2026-12-02" },
    ] as const;
    expect(deadlineHint(publications, rules, "2026-12-07")).toEqual({
      minDays: 21,
      earliest: "2026-12-24",
      lastPublication: "2026-12-03",
    });
    expect(deadlineHint(publications, { minDays: 30, exclusive: true }, "2026-12-07").earliest).toBe("2027-01-03");
  });
});
