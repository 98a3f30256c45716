import {
  annulmentGroundHolds,
  decisionProblems,
  reasonsAnswerDueOn,
  reasonsCountFrom,
  reasonsRequestsUntil,
  type TaskOffer,
} from "@/lib/competitions/decision/rules";

const complete = (offerId: string, requested: number): TaskOffer => ({ offerId, requested, formal: "COMPLETE" });
const rejected = (offerId: string): TaskOffer => ({ offerId, requested: 1000, formal: "REJECTED" });

describe("annulment grounds (art. 18a)", () => {
  it("NO_OFFERS holds only when nothing was submitted", () => {
    expect(annulmentGroundHolds("NO_OFFERS", [])).toBe(true);
    expect(annulmentGroundHolds("NO_OFFERS", [rejected("a")])).toBe(false);
  });

  it("NO_VALID_OFFER holds only when every submitted offer was rejected formally", () => {
    expect(annulmentGroundHolds("NO_VALID_OFFER", [rejected("a"), rejected("b")])).toBe(true);
    expect(annulmentGroundHolds("NO_VALID_OFFER", [rejected("a"), complete("b", 10)])).toBe(false);
    expect(annulmentGroundHolds("NO_VALID_OFFER", [])).toBe(false);
    // Still being checked, or never checked: the ground is not proven.
    expect(
      annulmentGroundHolds("NO_VALID_OFFER", [rejected("a"), { offerId: "b", requested: 1, formal: "TO_CORRECT" }]),
    ).toBe(false);
    expect(annulmentGroundHolds("NO_VALID_OFFER", [{ offerId: "b", requested: 1, formal: null }])).toBe(false);
  });
});

describe("a task's decision", () => {
  const offers = [complete("a", 50_000_00), complete("b", 30_000_00), rejected("c")];

  it("accepts funding several offers within the pool, a cut with its reason, the rejected one left out", () => {
    const problems = decisionProblems(
      offers,
      [
        { offerId: "a", amount: 50_000_00, reason: "" },
        { offerId: "b", amount: 20_000_00, reason: "Koszty promocji zawyżone" },
      ],
      70_000_00,
      "",
    );
    expect(problems).toEqual([]);
  });

  it("refuses a sum above the pool by the exact amount over", () => {
    const problems = decisionProblems(
      offers,
      [
        { offerId: "a", amount: 50_000_00, reason: "" },
        { offerId: "b", amount: 30_000_00, reason: "" },
      ],
      79_999_99,
      "",
    );
    expect(problems).toEqual([{ code: "POOL_EXCEEDED", pool: 79_999_99, proposed: 80_000_00, over: 1 }]);
  });

  it("counts money the task already holds against the pool", () => {
    const problems = decisionProblems(
      offers.slice(0, 1),
      [{ offerId: "a", amount: 50_000_00, reason: "" }],
      60_000_00,
      "",
      10_000_01,
    );
    expect(problems.map((p) => p.code)).toEqual(["POOL_EXCEEDED"]);
  });

  it("refuses a cut without a reason, an amount above the request, and zero", () => {
    const codes = decisionProblems(
      [complete("a", 100), complete("b", 100), complete("c", 100)],
      [
        { offerId: "a", amount: 99, reason: " " },
        { offerId: "b", amount: 101, reason: "x" },
        { offerId: "c", amount: 0, reason: "x" },
      ],
      1_000,
      "",
    ).map((p) => p.code);
    expect(codes).toEqual(["CUT_REASON_REQUIRED", "AMOUNT_ABOVE_REQUESTED", "AMOUNT_NOT_POSITIVE"]);
  });

  it("requires a word on every admitted offer and a reason for each one not funded", () => {
    const problems = decisionProblems(offers, [{ offerId: "a", amount: null, reason: "" }], 70_000_00, "Nikt");
    expect(problems).toEqual([
      { code: "REASON_REQUIRED", offerId: "a" },
      { code: "OFFER_NOT_CHOSEN", offerId: "b" },
    ]);
  });

  it("requires the reason of funding none, and refuses choosing a rejected or foreign offer", () => {
    const problems = decisionProblems(
      offers,
      [
        { offerId: "a", amount: null, reason: "Niska ocena" },
        { offerId: "b", amount: null, reason: "Niska ocena" },
        { offerId: "c", amount: 10, reason: "" },
        { offerId: "zzz", amount: 10, reason: "" },
      ],
      70_000_00,
      "",
    );
    expect(problems).toEqual([
      { code: "OFFER_NOT_IN_TASK", offerId: "c" },
      { code: "OFFER_NOT_IN_TASK", offerId: "zzz" },
      { code: "NONE_FUNDED_REASON_REQUIRED" },
    ]);
  });

  it("waits for the formal check of every offer", () => {
    const problems = decisionProblems(
      [complete("a", 10), { offerId: "b", requested: 10, formal: "PENDING" }],
      [{ offerId: "a", amount: 10, reason: "" }],
      100,
      "",
    );
    expect(problems).toEqual([{ code: "FORMAL_CHECK_OPEN", offerId: "b" }]);
  });
});

describe("the 30 days for reasons (art. 15 ust. 2j)", () => {
  // Published on the platform on Monday 1 March 2027, 10:00 Polish time.
  const publishedAt = new Date("2027-03-01T09:00:00Z");

  it("counts from the platform's day until all three channel days are recorded", () => {
    const channels = { publishedAt, bipOn: "2027-03-02", noticeBoardOn: null, websiteOn: "2027-03-01" };
    expect(reasonsCountFrom(channels)).toBe("2027-03-01");
  });

  it("counts from the last of the three channel days once recorded", () => {
    const channels = { publishedAt, bipOn: "2027-03-02", noticeBoardOn: "2027-03-04", websiteOn: "2027-03-01" };
    expect(reasonsCountFrom(channels)).toBe("2027-03-04");
  });

  it("takes requests through day 30 (to its Polish midnight) and not on day 31, across the spring clock change", () => {
    const channels = { publishedAt, bipOn: null, noticeBoardOn: null, websiteOn: null };
    const until = reasonsRequestsUntil(channels, 30);
    // Day 30 after 1 March is 31 March, in summer time (UTC+2): ends 2027-03-31T22:00Z.
    expect(until.toISOString()).toBe("2027-03-31T22:00:00.000Z");
    const lastMinuteOfDay30 = new Date("2027-03-31T21:59:59Z");
    const firstMinuteOfDay31 = new Date("2027-03-31T22:00:00Z");
    expect(lastMinuteOfDay30 < until).toBe(true);
    expect(firstMinuteOfDay31 < until).toBe(false);
  });

  it("takes the platform's day in Polish time (23:30 on 1 March is still 1 March)", () => {
    const late = new Date("2027-03-01T22:30:00Z");
    expect(reasonsCountFrom({ publishedAt: late, bipOn: null, noticeBoardOn: null, websiteOn: null })).toBe(
      "2027-03-01",
    );
  });

  it("sets the answer's due day from the office's own setting", () => {
    expect(reasonsAnswerDueOn(new Date("2027-10-29T23:30:00Z"), 14)).toBe("2027-11-13");
  });
});
