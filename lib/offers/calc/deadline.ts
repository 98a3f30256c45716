// The offer deadline and the competition's phase. The law counts the 21 days
// (art. 13 ust. 1 UDPP) on the Polish calendar from the day the last of the
// three required announcements appeared, so days are compared as Polish
// calendar days and never as multiples of 24 hours (which a DST change would
// break). Whether offers are accepted is decided at the exact instant.
import { addDays, daysBetween, isCalendarDay } from "@/lib/time/calendar-days";
import { isPolishHoliday, isWorkingDay } from "@/lib/time/polish-holidays";
import { polishDay } from "@/lib/time/polish-local";

export { addWorkingDays } from "@/lib/time/polish-holidays";

export const REQUIRED_CHANNELS = ["BIP", "NOTICE_BOARD", "WEBSITE"] as const;
export type PublicationChannel = (typeof REQUIRED_CHANNELS)[number] | "PRESS";

export type Publication = { channel: PublicationChannel; day: string };

/** LegalRule values competition.announcementMinDays and competition.announcementDaysExclusive. */
export type DeadlineRules = { minDays: number; exclusive: boolean };

/**
 * The first Polish day on which the deadline may fall: the publication day is
 * not counted, so the 21st day after it qualifies (art. 111 §2 k.c. reading,
 * design L1); an office that counts exclusively adds one day.
 */
export function earliestDeadline(lastPublicationDay: string, minDays: number, exclusive: boolean): string {
  return addDays(lastPublicationDay, minDays + (exclusive ? 1 : 0));
}

/** The last of the required publications, or null while one of them is missing. */
export function lastRequiredPublication(publications: readonly Publication[]): string | null {
  let last: string | null = null;
  for (const channel of REQUIRED_CHANNELS) {
    const days = publications.filter((p) => p.channel === channel && isCalendarDay(p.day)).map((p) => p.day);
    if (days.length === 0) return null;
    const latest = days.sort().at(-1)!;
    if (last === null || latest > last) last = latest;
  }
  return last;
}

export type DeadlineProblem =
  | { code: "PUBLICATION_MISSING"; severity: "error"; values: { channel: PublicationChannel } }
  | {
      code: "DEADLINE_TOO_EARLY";
      severity: "error";
      values: { earliest: string; lastPublication: string; minDays: number };
    }
  /** k.p.a. art. 57 §4 is not applied (design L14); the official is only warned. */
  | { code: "DEADLINE_ON_DAY_OFF"; severity: "warning"; values: { day: string } };

export function deadlineProblems(
  publications: readonly Publication[],
  deadline: Date,
  rules: DeadlineRules,
  isHoliday: (day: string) => boolean = isPolishHoliday,
): DeadlineProblem[] {
  const problems: DeadlineProblem[] = [];
  for (const channel of REQUIRED_CHANNELS) {
    if (!publications.some((p) => p.channel === channel && isCalendarDay(p.day))) {
      problems.push({ code: "PUBLICATION_MISSING", severity: "error", values: { channel } });
    }
  }
  const deadlineDay = polishDay(deadline);
  const last = lastRequiredPublication(publications);
  if (last !== null) {
    const earliest = earliestDeadline(last, rules.minDays, rules.exclusive);
    if (daysBetween(earliest, deadlineDay) < 0) {
      problems.push({
        code: "DEADLINE_TOO_EARLY",
        severity: "error",
        values: { earliest, lastPublication: last, minDays: rules.minDays },
      });
    }
  }
  if (!isWorkingDay(deadlineDay, isHoliday)) {
    problems.push({ code: "DEADLINE_ON_DAY_OFF", severity: "warning", values: { day: deadlineDay } });
  }
  return problems;
}

export type CompetitionStatus = "DRAFT" | "PUBLISHED" | "DECIDED" | "ANNULLED";
export type CompetitionPhase = "DRAFT" | "UPCOMING" | "OPEN" | "EVALUATION" | "DECIDED" | "ANNULLED";
export type CompetitionClock = { status: CompetitionStatus; offersOpenAt: Date; offersDeadline: Date };

/** The phase the public pages show; a published competition moves on by its dates alone. */
export function phaseAt(competition: CompetitionClock, now: Date): CompetitionPhase {
  if (competition.status !== "PUBLISHED") return competition.status;
  if (now.getTime() < competition.offersOpenAt.getTime()) return "UPCOMING";
  if (now.getTime() < competition.offersDeadline.getTime()) return "OPEN";
  return "EVALUATION";
}

/** Offers are taken from the opening instant up to, but not at, the deadline instant. */
export function isAcceptingOffers(competition: CompetitionClock, now: Date): boolean {
  return phaseAt(competition, now) === "OPEN";
}
