// An office's accountability on the ideas board, over a window of the last 12
// calendar months in Polish time (the current month and the 11 before it,
// from the 1st of the earliest at 00:00). Defined as:
// - entries addressed: public entries addressed to the office that were
//   published in the window;
// - median time to first answer: over entries first answered in the window,
//   the median of (first answer − publication), in days (one decimal);
// - share answered within the deadline: over entries whose answer deadline
//   fell in the window and has passed (a running deadline cannot be judged
//   yet), those whose first answer came by the deadline;
// - per month: the same deadline-based count for each month of the window
//   (by the month the deadline fell in), answered on time against late or
//   still unanswered.
// Pure, so the definitions are tested directly.
import { dateToPolishLocal } from "@/lib/time/polish-local";
import { monthStart } from "@/lib/ideas/accountability/window";

export interface AccountabilityRow {
  publishedAt: Date | null;
  answerDueAt: Date | null;
  firstAnsweredAt: Date | null;
}

export interface MonthFigures {
  /** YYYY-MM (Polish time). */
  month: string;
  /** Deadlines that fell in the month (and have passed). */
  due: number;
  onTime: number;
  /** Answered after the deadline, or not answered yet. */
  late: number;
}

export interface AccountabilityFigures {
  windowStart: Date;
  addressed: number;
  answered: number;
  /** Days; null when nothing was answered in the window. */
  medianDaysToAnswer: number | null;
  /** Deadlines passed in the window. */
  judged: number;
  onTime: number;
  /** 0–1; null when no deadline passed in the window. */
  onTimeShare: number | null;
  months: MonthFigures[];
}

const DAY_MS = 24 * 3600 * 1000;

const monthOf = (instant: Date) => dateToPolishLocal(instant).slice(0, 7);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function accountabilityFigures(rows: AccountabilityRow[], now: Date): AccountabilityFigures {
  const windowStart = monthStart(now, 11).start;
  const inWindow = (instant: Date | null): instant is Date =>
    instant !== null && instant >= windowStart && instant <= now;
  const answeredRows = rows.filter((row) => inWindow(row.firstAnsweredAt) && row.publishedAt);
  const days = answeredRows.map((row) => (row.firstAnsweredAt!.getTime() - row.publishedAt!.getTime()) / DAY_MS);
  const mid = median(days);
  const judgedRows = rows.filter((row) => inWindow(row.answerDueAt) && row.answerDueAt < now);
  const isOnTime = (row: AccountabilityRow) => row.firstAnsweredAt !== null && row.firstAnsweredAt <= row.answerDueAt!;
  const onTime = judgedRows.filter(isOnTime).length;
  const months = Array.from({ length: 12 }, (_, i) => monthStart(now, 11 - i).key).map((month) => {
    const due = judgedRows.filter((row) => monthOf(row.answerDueAt!) === month);
    const good = due.filter(isOnTime).length;
    return { month, due: due.length, onTime: good, late: due.length - good };
  });
  return {
    windowStart,
    addressed: rows.filter((row) => inWindow(row.publishedAt)).length,
    answered: answeredRows.length,
    medianDaysToAnswer: mid === null ? null : Math.round(Math.max(0, mid) * 10) / 10,
    judged: judgedRows.length,
    onTime,
    onTimeShare: judgedRows.length === 0 ? null : onTime / judgedRows.length,
    months,
  };
}
