// What the consultation form offers: the institution's minimum duration, the
// spheres in force, and the region with its powiats and gminas.
import { DAY_MS } from "@/lib/consultations/lifecycle";
import { dateToPolishLocal, polishLocalToDate } from "@/lib/time/polish-local";
import type { Locale } from "@/lib/i18n/locales";
import type { TopicOptions } from "@/lib/reference-data/topic-options";
import { topicOptions } from "@/lib/reference-data/topic-options";

export type ConsultationFormOptions = TopicOptions & { minDays: number };

export async function consultationFormOptions(minDays: number, locale: Locale): Promise<ConsultationFormOptions> {
  return { minDays, ...(await topicOptions(locale)) };
}

/** A new consultation's suggested dates: tomorrow at 8:00 Polish time, for the minimum number of days. */
export function suggestedDates(minDays: number, now = new Date()): { startsAt: string; endsAt: string } {
  const starts = polishLocalToDate(`${dateToPolishLocal(new Date(now.getTime() + DAY_MS)).slice(0, 10)}T08:00`)!;
  return {
    startsAt: dateToPolishLocal(starts),
    endsAt: dateToPolishLocal(new Date(starts.getTime() + minDays * DAY_MS)),
  };
}
