// What the hint under the offers deadline says: the number of days of the
// legal limit in force (not "the statutory number", which sends the official
// to the act) and the earliest allowed day, counted from the last of the three
// publications once they are dated, or from today while they are not (the
// official picks the deadline before the publications are set). Client-safe.
import {
  earliestDeadline,
  lastRequiredPublication,
  type DeadlineRules,
  type Publication,
} from "@/lib/offers/calc/deadline";

export type DeadlineHint = {
  minDays: number;
  /** The first Polish day the deadline may fall on (YYYY-MM-DD). */
  earliest: string;
  /** The day of the last required publication, or null while one is missing (then `earliest` counts from today). */
  lastPublication: string | null;
};

export function deadlineHint(publications: readonly Publication[], rules: DeadlineRules, today: string): DeadlineHint {
  const last = lastRequiredPublication(publications);
  return {
    minDays: rules.minDays,
    earliest: earliestDeadline(last ?? today, rules.minDays, rules.exclusive),
    lastPublication: last,
  };
}
