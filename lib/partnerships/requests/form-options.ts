// What the request form offers: spheres in force, the region's powiats and
// gminas (the region as a whole is the "whole region" area, not a unit to
// tick), and the longest reply period in words with the day it holds since.
import "server-only";
import { getFormatter } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { addDays, latestCloseOn, warsawDay } from "@/lib/partnerships/requests/dates";
import { requestRules } from "@/lib/partnerships/settings/queries";
import { topicOptions } from "@/lib/reference-data/topic-options";

/** The longest reply period as a form explains it: the latest day allowed from now, and since when the rule holds. */
export async function replyRulesFor(locale: Locale, now = new Date()) {
  const [rules, format] = await Promise.all([requestRules(), getFormatter({ locale })]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" });
  const latestDay = latestCloseOn(now, rules.maxReplyDays);
  return {
    maxReplyDays: rules.maxReplyDays,
    since: day(rules.maxReplyDaysSince.toISOString().slice(0, 10)),
    latest: day(latestDay),
    latestDay,
    /** The first day a closing date may fall on: tomorrow. */
    earliestDay: addDays(warsawDay(now), 1),
  };
}

export async function requestFormOptions(locale: Locale, now = new Date()) {
  const [topics, rules] = await Promise.all([topicOptions(locale), replyRulesFor(locale, now)]);
  return {
    spheres: topics.spheres,
    territories: topics.territories.filter((unit) => unit.code.length === 4 || unit.code.length === 7),
    rules,
  };
}
