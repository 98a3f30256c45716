// The commission's arithmetic over evaluation cards (design §5.2). Scores are
// integer tenths of a point; a mean is kept as the rational sum/n and never
// becomes a float, so two offers compare exactly and the protocol prints the
// same digits as the page. Pure: runs on the server and in the browser.

/** What the aggregate needs from a card: only voting cards count (§5.2, L5). */
export interface CardForAggregate {
  status: "DRAFT" | "SUBMITTED" | "VOID";
  advisory: boolean;
  totalTenths: number;
}

/** count, sum, min and max of the voting cards' totals; min/max are 0 when n is 0. */
export interface Aggregate {
  n: number;
  sum: number;
  min: number;
  max: number;
}

/** A score as the exact fraction num/den tenths of a point (den > 0). */
export interface Score {
  num: number;
  den: number;
}

export const EMPTY_AGGREGATE: Aggregate = { n: 0, sum: 0, min: 0, max: 0 };

/** A card counts when it was submitted, is not an expert's (advisory vote) and was not voided by a conflict. */
export function isVoting(card: Pick<CardForAggregate, "status" | "advisory">): boolean {
  return card.status === "SUBMITTED" && !card.advisory;
}

export function aggregateTotals(totals: readonly number[]): Aggregate {
  if (totals.length === 0) return EMPTY_AGGREGATE;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const total of totals) {
    sum += total;
    if (total < min) min = total;
    if (total > max) max = total;
  }
  return { n: totals.length, sum, min, max };
}

export function aggregateCards(cards: readonly CardForAggregate[]): Aggregate {
  return aggregateTotals(cards.filter(isVoting).map((card) => card.totalTenths));
}

/**
 * Per criterion, the same aggregate over the voting cards' scores. A card
 * without a score for a criterion (not applicable to the task's form) adds
 * nothing to that criterion.
 */
export function aggregateCriteria(
  cards: readonly (Pick<CardForAggregate, "status" | "advisory"> & { scores: ReadonlyMap<number, number | null> })[],
  criterionIndexes: readonly number[],
): Map<number, Aggregate> {
  const voting = cards.filter(isVoting);
  const result = new Map<number, Aggregate>();
  for (const index of criterionIndexes) {
    const values: number[] = [];
    for (const card of voting) {
      const score = card.scores.get(index);
      if (score !== undefined && score !== null) values.push(score);
    }
    result.set(index, aggregateTotals(values));
  }
  return result;
}

/**
 * The mean sum/n tenths in hundredths of a point, rounded half up:
 * 10·sum/n hundredths, so ⌊(20·sum + n) / (2n)⌋ in exact integers.
 */
export function meanHundredths(sum: number, n: number): number {
  if (n <= 0) throw new RangeError("meanHundredths needs at least one card");
  return Math.floor((20 * sum + n) / (2 * n));
}

/** "12.35": the mean in points with two decimals, as an exact decimal string for Intl and the PDF. */
export function pointsDecimal(sum: number, n: number): string {
  const hundredths = meanHundredths(sum, n);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

/** A whole card's tenths as points with one decimal ("17.5"). */
export function tenthsDecimal(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/**
 * The score the ranking uses: the commission's agreed score when it resolved a
 * divergence that way, otherwise the mean of the voting cards; null when no
 * voting card exists yet.
 */
export function effectiveScore(
  aggregate: Aggregate,
  resolution: { resolution: string | null; agreedScoreTenths: number | null } | null,
): Score | null {
  if (resolution?.resolution === "COMMISSION_SCORE" && resolution.agreedScoreTenths !== null) {
    return { num: resolution.agreedScoreTenths, den: 1 };
  }
  if (aggregate.n === 0) return null;
  return { num: aggregate.sum, den: aggregate.n };
}

/** a − b in sign only, by cross-multiplication (tenths × count stays far below 2^53). */
export function compareScores(a: Score, b: Score): number {
  return Math.sign(a.num * b.den - b.num * a.den);
}
