// The ranking of one task's admitted offers (design §5.3). Scores are compared
// as exact fractions; equal scores share a rank ("ex aequo": 1, 2, 2, 4) and
// are listed among themselves by submission time, then id, so the order never
// depends on the input's order. The commission settles ties in its opinion.
import { compareScores, type Score } from "@/lib/competitions/evaluation/calc/aggregate";

export interface RankInput {
  id: string;
  /** null while no voting card exists: such offers follow the scored ones, unranked. */
  score: Score | null;
  submittedAt: Date;
}

export interface Ranked<T extends RankInput> {
  item: T;
  /** 1-based; equal for equal scores; null for an offer without a score. */
  rank: number | null;
  /** Only when the commission set a pass threshold: the score is below it. */
  belowThreshold: boolean;
}

function byTieBreak(a: RankInput, b: RankInput): number {
  const time = a.submittedAt.getTime() - b.submittedAt.getTime();
  if (time !== 0) return time;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** score < passThresholdBp/10000 × maxTenths, by cross-multiplication. */
export function isBelowThreshold(score: Score, passThresholdBp: number, maxTenths: number): boolean {
  return score.num * 10_000 < passThresholdBp * maxTenths * score.den;
}

export function rankOffers<T extends RankInput>(
  items: readonly T[],
  options: { passThresholdBp: number | null; maxTenths: number },
): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score === b.score) return byTieBreak(a, b);
      return a.score === null ? 1 : -1;
    }
    return compareScores(b.score, a.score) || byTieBreak(a, b);
  });
  const result: Ranked<T>[] = [];
  sorted.forEach((item, position) => {
    const previous = result[position - 1];
    let rank: number | null = null;
    if (item.score !== null) {
      const tied = previous?.item.score && compareScores(previous.item.score, item.score) === 0;
      rank = tied ? previous.rank : position + 1;
    }
    const belowThreshold =
      item.score !== null &&
      options.passThresholdBp !== null &&
      isBelowThreshold(item.score, options.passThresholdBp, options.maxTenths);
    result.push({ item, rank, belowThreshold });
  });
  return result;
}
