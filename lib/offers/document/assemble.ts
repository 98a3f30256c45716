// The document from its stored sections (OfferSection rows, or a version's
// content). A row that is unknown, belongs to another template or no longer
// parses (a schema change, a hand-edited row) becomes an empty section and an
// issue the caller can log or show: reading an offer never throws.
import {
  emptyOfferDocument,
  MAX_YEARS,
  offerSectionKeys,
  sectionSchemas,
  type OfferDocument,
  type OfferSectionKey,
  type OfferTemplate,
} from "@/lib/offers/document/schema";
import { isCalendarDay, yearOf } from "@/lib/time/calendar-days";

export type AssembleIssue = {
  key: string;
  kind: "UNKNOWN_SECTION" | "NOT_IN_TEMPLATE" | "INVALID_CONTENT" | "DUPLICATE_SECTION";
  /** The first schema error, for the log (never shown to users as is). */
  detail?: string;
};

export type StoredSection = { key: string; content: unknown };

/**
 * The years of the task, from III.2's dates when they are real and in order
 * (and span at most MAX_YEARS years); otherwise `fallback` (the competition's
 * allowed years, or the current year while the dates are still empty).
 */
export function taskYears(
  startsOn: string | undefined,
  endsOn: string | undefined,
  fallback: readonly number[],
): number[] {
  if (startsOn && endsOn && isCalendarDay(startsOn) && isCalendarDay(endsOn) && startsOn <= endsOn) {
    const first = yearOf(startsOn);
    const last = yearOf(endsOn);
    if (last - first < MAX_YEARS) return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }
  return [...fallback].sort((a, b) => a - b).slice(0, MAX_YEARS);
}

export function assembleDocument(
  sections: readonly StoredSection[],
  template: OfferTemplate,
  fallbackYears: readonly number[] = [],
): { document: OfferDocument; issues: AssembleIssue[] } {
  const document = emptyOfferDocument(template, []);
  const issues: AssembleIssue[] = [];
  const allowed = new Set<string>(offerSectionKeys(template));
  const seen = new Set<string>();
  for (const { key, content } of sections) {
    if (!Object.hasOwn(sectionSchemas, key)) {
      issues.push({ key, kind: "UNKNOWN_SECTION" });
      continue;
    }
    if (!allowed.has(key)) {
      issues.push({ key, kind: "NOT_IN_TEMPLATE" });
      continue;
    }
    if (seen.has(key)) {
      issues.push({ key, kind: "DUPLICATE_SECTION" });
      continue;
    }
    seen.add(key);
    const parsed = sectionSchemas[key as OfferSectionKey].safeParse(content);
    if (parsed.success) {
      (document as Record<string, unknown>)[key] = parsed.data;
    } else {
      const first = parsed.error.issues[0];
      issues.push({
        key,
        kind: "INVALID_CONTENT",
        detail: first ? `${first.path.join(".")}: ${first.message}` : undefined,
      });
    }
  }
  document.years = taskYears(document.description.startsOn, document.description.endsOn, fallbackYears);
  return { document, issues };
}
