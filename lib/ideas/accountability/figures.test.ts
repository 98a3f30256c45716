import { accountabilityFigures, median } from "@/lib/ideas/accountability/figures";

const at = (text: string) => new Date(text);
// 15 March 2027, noon in Warsaw (CET): the window is April 2026 – March 2027.
const now = at("2027-03-15T11:00:00Z");

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe("accountabilityFigures", () => {
  it("starts the window at the 1st of the month eleven months back, in Polish time", () => {
    const figures = accountabilityFigures([], now);
    // 1 April 2026 00:00 in Warsaw (CEST, UTC+2).
    expect(figures.windowStart).toEqual(at("2026-03-31T22:00:00Z"));
    expect(figures.months.map((m) => m.month)).toEqual([
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
      "2027-03",
    ]);
    expect(figures).toMatchObject({ addressed: 0, medianDaysToAnswer: null, onTimeShare: null, judged: 0 });
  });

  it("counts entries published in the window, the median days to a first answer and the share on time", () => {
    const rows = [
      // Published and answered on time in January: 4 days.
      {
        publishedAt: at("2027-01-01T10:00:00Z"),
        answerDueAt: at("2027-01-31T22:59:59Z"),
        firstAnsweredAt: at("2027-01-05T10:00:00Z"),
      },
      // Answered late in February: 40 days; its deadline fell in January.
      {
        publishedAt: at("2026-12-20T10:00:00Z"),
        answerDueAt: at("2027-01-19T22:59:59Z"),
        firstAnsweredAt: at("2027-01-29T10:00:00Z"),
      },
      // Not answered, deadline passed in February: late.
      { publishedAt: at("2027-01-10T10:00:00Z"), answerDueAt: at("2027-02-09T22:59:59Z"), firstAnsweredAt: null },
      // Deadline still running: not judged yet.
      { publishedAt: at("2027-03-01T10:00:00Z"), answerDueAt: at("2027-03-31T21:59:59Z"), firstAnsweredAt: null },
      // Before the window altogether.
      {
        publishedAt: at("2025-01-01T10:00:00Z"),
        answerDueAt: at("2025-01-31T22:59:59Z"),
        firstAnsweredAt: at("2025-01-02T10:00:00Z"),
      },
      // Published before the window, answered in it: 10 days is not counted as addressed, but as answered.
      {
        publishedAt: at("2026-03-25T10:00:00Z"),
        answerDueAt: at("2026-04-24T21:59:59Z"),
        firstAnsweredAt: at("2026-04-04T10:00:00Z"),
      },
    ];
    const figures = accountabilityFigures(rows, now);
    expect(figures.addressed).toBe(4);
    expect(figures.answered).toBe(3);
    expect(figures.medianDaysToAnswer).toBe(10);
    expect(figures.judged).toBe(4);
    expect(figures.onTime).toBe(2);
    expect(figures.onTimeShare).toBe(0.5);
    expect(figures.months.find((m) => m.month === "2027-01")).toEqual({ month: "2027-01", due: 2, onTime: 1, late: 1 });
    expect(figures.months.find((m) => m.month === "2027-02")).toEqual({ month: "2027-02", due: 1, onTime: 0, late: 1 });
    expect(figures.months.find((m) => m.month === "2026-04")).toEqual({ month: "2026-04", due: 1, onTime: 1, late: 0 });
    expect(figures.months.find((m) => m.month === "2027-03")).toEqual({ month: "2027-03", due: 0, onTime: 0, late: 0 });
  });
});
