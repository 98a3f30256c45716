// The order of an offer's problems on its submit page. The checks run field
// by field, so in a joint offer the offerors' fields of section II alternate
// ("Numer telefonu" of the lead, of the partner, then "E-mail" of each, …):
// the lead could not see its own list apart from its partner's. Here what
// typing cannot fix (`first`) comes first, then everything in the checks'
// order, except that section II's offeror problems are gathered where the
// first of them stood, one offeror after another in the offer's order.

const OFFEROR = /^applicants\.list\.(\d+)\./;

/** The offeror (0 = the lead) a problem's path belongs to, or null for any other field. */
export function offerorOf(path: string): number | null {
  const match = OFFEROR.exec(path);
  return match ? Number(match[1]) : null;
}

export function submitPageOrder<P extends { path: string; first: boolean }>(problems: P[]): P[] {
  const firstOfferorAt = problems.findIndex((problem) => offerorOf(problem.path) !== null);
  const key = (problem: P, index: number): [number, number, number, number] => {
    const offeror = offerorOf(problem.path);
    return [problem.first ? 0 : 1, offeror === null ? index : firstOfferorAt, offeror ?? 0, index];
  };
  return problems
    .map((problem, index) => ({ problem, key: key(problem, index) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return 0;
    })
    .map(({ problem }) => problem);
}
