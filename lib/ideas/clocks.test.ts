import { answerDueAt, clockState, daysAfter, mustAnswerDueAt, oneMonthAfter } from "@/lib/ideas/clocks";
import { dateToPolishLocal } from "@/lib/time/polish-local";

const polish = (instant: Date | null) => (instant ? dateToPolishLocal(instant) : null);

describe("answer clocks", () => {
  it("count calendar days in Polish time and end at the last minute of the last day", () => {
    // 23:30 UTC on 31 January is already 1 February in Poland.
    expect(polish(daysAfter(new Date("2027-01-31T23:30:00Z"), 30))).toBe("2027-03-03T23:59");
    expect(polish(daysAfter(new Date("2027-03-01T10:00:00Z"), 30))).toBe("2027-03-31T23:59");
    // Across the change to summer time the deadline is still 23:59 Polish time.
    expect(daysAfter(new Date("2027-03-20T10:00:00Z"), 10).toISOString()).toBe("2027-03-30T21:59:59.999Z");
  });

  it("end a month on the same day number, or on the last day of a shorter month", () => {
    expect(polish(oneMonthAfter(new Date("2027-01-15T10:00:00Z")))).toBe("2027-02-15T23:59");
    expect(polish(oneMonthAfter(new Date("2027-01-31T10:00:00Z")))).toBe("2027-02-28T23:59");
    expect(polish(oneMonthAfter(new Date("2028-01-31T10:00:00Z")))).toBe("2028-02-29T23:59");
    expect(polish(oneMonthAfter(new Date("2027-12-20T10:00:00Z")))).toBe("2028-01-20T23:59");
  });

  it("give a proposal of a public task at most the act's month, whatever the office set", () => {
    const start = new Date("2027-02-01T10:00:00Z");
    expect(polish(answerDueAt("TASK_PROPOSAL", 60, start))).toBe("2027-03-01T23:59");
    expect(polish(answerDueAt("TASK_PROPOSAL", 14, start))).toBe("2027-02-15T23:59");
    expect(polish(answerDueAt("NEED", 60, start))).toBe("2027-04-02T23:59");
  });

  it("start the must-answer deadline when the organisations' supports oblige it, never freeing an overdue entry", () => {
    const now = new Date("2027-05-10T10:00:00Z");
    const unanswered = { firstAnsweredAt: null };
    expect(polish(mustAnswerDueAt({ ...unanswered, answerDueAt: null }, "NEED", 30, now))).toBe("2027-06-09T23:59");
    const running = new Date("2027-05-20T21:59:59.999Z");
    expect(polish(mustAnswerDueAt({ ...unanswered, answerDueAt: running }, "NEED", 30, now))).toBe("2027-06-09T23:59");
    const overdue = new Date("2027-05-01T21:59:59.999Z");
    expect(mustAnswerDueAt({ ...unanswered, answerDueAt: overdue }, "NEED", 30, now)).toEqual(overdue);
    const later = new Date("2027-07-01T21:59:59.999Z");
    expect(mustAnswerDueAt({ ...unanswered, answerDueAt: later }, "NEED", 30, now)).toEqual(later);
    const answered = { answerDueAt: running, firstAnsweredAt: new Date("2027-05-05T10:00:00Z") };
    expect(mustAnswerDueAt(answered, "NEED", 30, now)).toEqual(running);
  });

  it("count the days left as a calendar does, not by rounding up a part of a day", () => {
    const dueAt = answerDueAt("NEED", 30, new Date("2026-12-06T10:00:00Z"));
    expect(polish(dueAt)).toBe("2027-01-05T23:59");
    expect(clockState({ answerDueAt: dueAt, firstAnsweredAt: null }, new Date("2026-12-06T10:00:00Z"))).toMatchObject({
      daysLeft: 30,
    });
    expect(clockState({ answerDueAt: dueAt, firstAnsweredAt: null }, new Date("2027-01-05T20:00:00Z"))).toMatchObject({
      daysLeft: 1,
    });
    expect(clockState({ answerDueAt: dueAt, firstAnsweredAt: null }, new Date("2027-01-06T09:00:00Z"))).toMatchObject({
      kind: "overdue",
      daysOver: 1,
    });
  });

  it("say whether an answer is running, overdue, or came on time", () => {
    const dueAt = new Date("2027-05-20T21:59:59.999Z");
    expect(clockState({ answerDueAt: null, firstAnsweredAt: null }, new Date())).toEqual({ kind: "none" });
    // 18 May to 20 May: two days on the calendar (rounding up the part-day would say three).
    expect(clockState({ answerDueAt: dueAt, firstAnsweredAt: null }, new Date("2027-05-18T10:00:00Z"))).toEqual({
      kind: "running",
      dueAt,
      daysLeft: 2,
    });
    expect(clockState({ answerDueAt: dueAt, firstAnsweredAt: null }, new Date("2027-05-22T10:00:00Z"))).toEqual({
      kind: "overdue",
      dueAt,
      daysOver: 2,
    });
    expect(clockState({ answerDueAt: dueAt, firstAnsweredAt: new Date("2027-05-21T08:00:00Z") }, new Date())).toEqual({
      kind: "answered",
      onTime: false,
    });
    expect(clockState({ answerDueAt: dueAt, firstAnsweredAt: new Date("2027-05-19T08:00:00Z") }, new Date())).toEqual({
      kind: "answered",
      onTime: true,
    });
  });
});
