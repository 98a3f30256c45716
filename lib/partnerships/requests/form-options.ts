// What the request form offers: spheres in force, the region's powiats and
// gminas (the region as a whole is the "whole region" area, not a unit to
// tick), and the longest reply period in words with the day it holds since;
// and everything the new and edit pages hand the form (requestFormView).
import "server-only";
import { getFormatter } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import type { PartyKind } from "@/lib/partnerships/party";
import { addDays, latestCloseOn, warsawDay } from "@/lib/partnerships/requests/dates";
import { emptyRequestFields } from "@/lib/partnerships/requests/form-defaults";
import { partyOptions, type PartyOption } from "@/lib/partnerships/requests/parties";
import { partnerRequestForEditing } from "@/lib/partnerships/requests/queries";
import type { PartnerRequestFormInput } from "@/lib/partnerships/requests/schemas";
import { requestRules } from "@/lib/partnerships/settings/queries";
import { topicOptions } from "@/lib/reference-data/topic-options";

/**
 * The longest reply period as a form explains it: the latest day allowed
 * (counted from `from`: now for a new or renewed request, the opening or last
 * renewal for an edit), and since when the rule holds.
 */
export async function replyRulesFor(locale: Locale, now = new Date(), from = now) {
  const [rules, format] = await Promise.all([requestRules(), getFormatter({ locale })]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" });
  const latestDay = latestCloseOn(from, rules.maxReplyDays);
  return {
    maxReplyDays: rules.maxReplyDays,
    since: day(rules.maxReplyDaysSince.toISOString().slice(0, 10)),
    latest: day(latestDay),
    latestDay,
    /** The first day a closing date may fall on: tomorrow. */
    earliestDay: addDays(warsawDay(now), 1),
  };
}

export async function requestFormOptions(locale: Locale, now = new Date(), from = now) {
  const [topics, rules] = await Promise.all([topicOptions(locale), replyRulesFor(locale, now, from)]);
  return {
    spheres: topics.spheres,
    territories: topics.territories.filter((unit) => unit.code.length === 4 || unit.code.length === 7),
    rules,
  };
}

/** The form's props: what it writes, its starting values, the parties it may be for (a new request's), the options. */
export interface RequestFormProps extends Awaited<ReturnType<typeof requestFormOptions>> {
  target: { create: true } | { requestId: string; kind: PartyKind };
  defaultValues: PartnerRequestFormInput;
  parties: PartyOption[];
}

export interface RequestFormView {
  form: RequestFormProps;
  /** The request being edited (null for a new one). */
  request: { slug: string; title: string } | null;
}

/**
 * The request form's page. Without a slug, a new request: the parties the
 * person may post for (none: the page says how to get one), the first chosen
 * with its offer. With one, the party's edit of that request: null when
 * there is none it may edit (the page finds nothing).
 */
export async function requestFormView(actor: Actor, locale: Locale): Promise<RequestFormView>;
export async function requestFormView(actor: Actor, locale: Locale, slug: string): Promise<RequestFormView | null>;
export async function requestFormView(actor: Actor, locale: Locale, slug?: string): Promise<RequestFormView | null> {
  if (slug === undefined) {
    const [parties, options] = await Promise.all([partyOptions(actor), requestFormOptions(locale)]);
    return {
      form: { target: { create: true }, defaultValues: emptyRequestFields(parties[0]), parties, ...options },
      request: null,
    };
  }
  const request = await partnerRequestForEditing(slug, actor);
  if (!request) return null;
  return {
    form: {
      target: { requestId: request.id, kind: request.kind },
      defaultValues: request.values,
      parties: [],
      // The closing day may be moved within the period counted from the opening or last renewal (mutations.ts).
      ...(await requestFormOptions(locale, new Date(), request.renewedAt ?? request.openedAt)),
    },
    request: { slug: request.slug, title: request.title },
  };
}
