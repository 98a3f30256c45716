// What the suggestions and "for you" pages show: the ranked list with the
// fit in words, built here so the pages stay thin. Access is decided here
// too, from the request's author party, never from what the address claims.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { explainFit, type FitExplanation, type Perspective } from "@/lib/partnerships/score/explain";
import type { Fit } from "@/lib/partnerships/score/combine";
import { suggestPartners, type Suggestion } from "@/lib/partnerships/suggestions/for-request";
import type { Party } from "@/lib/partnerships/party";
import { requestsForParty } from "@/lib/partnerships/suggestions/for-party";
import { maySeeSuggestions } from "@/lib/partnerships/suggestions/policy";
import { requestRowBySlug } from "@/lib/partnerships/suggestions/request-facts";

/** Spheres named as the statute words them, lower case, for inside a sentence. */
async function sphereNames(fits: Fit[], locale: Locale): Promise<Map<string, string>> {
  const ids = [
    ...new Set(fits.flatMap((fit) => fit.reasons.flatMap((r) => (r.code === "sharedSpheres" ? r.sphereIds : [])))),
  ];
  if (ids.length === 0) return new Map();
  const spheres = await db().publicBenefitSphere.findMany({
    where: { id: { in: ids } },
    select: { id: true, namePl: true, nameEn: true, nameDe: true },
  });
  return new Map(spheres.map((s) => [s.id, sphereName(s, locale).toLocaleLowerCase(locale)]));
}

async function territoryNames(codes: string[]): Promise<Map<string, string>> {
  const rows = await db().territory.findMany({
    where: { code: { in: [...new Set(codes)] } },
    select: { code: true, name: true },
  });
  return new Map(rows.map((row) => [row.code, row.name]));
}

async function explainAll(fits: Fit[], locale: Locale, perspective: Perspective): Promise<FitExplanation[]> {
  const names = await sphereNames(fits, locale);
  return fits.map((fit) => explainFit(fit, locale, perspective, names));
}

export type SuggestionsPage =
  | { kind: "notFound" }
  | { kind: "forbidden" }
  | {
      kind: "ok";
      request: { slug: string; title: string; open: boolean };
      suggestions: {
        id: string;
        slug: string;
        name: string;
        seat: string | null;
        explanation: FitExplanation;
      }[];
    };

export async function suggestionsPage(
  slug: string,
  actor: Actor | null,
  locale: Locale,
  now = new Date(),
): Promise<SuggestionsPage> {
  const request = await requestRowBySlug(slug);
  if (!request) return { kind: "notFound" };
  const verified =
    request.organisationId !== null &&
    (await db().organisation.count({ where: { id: request.organisationId, verifiedAt: { not: null } } })) > 0;
  if (!maySeeSuggestions(actor, request, verified)) return { kind: "forbidden" };
  const suggestions = await suggestPartners(request, { now, recordShown: true });
  return {
    kind: "ok",
    request: {
      slug: request.slug,
      title: request.title,
      open: request.status === "OPEN" && request.visibility === "PUBLISHED",
    },
    suggestions: await worded(suggestions, locale),
  };
}

type ShownSuggestion = Extract<SuggestionsPage, { kind: "ok" }>["suggestions"][number];

/**
 * A ranked list in words, once per list and language: the ranked lists are
 * kept a minute (for-request.ts), and wording one (twenty explanations, the
 * spheres' and seats' names) cost each view of it about as much again as
 * the rest of the view model. Held by the list itself, so it lives and dies
 * with it and never words an older ranking.
 */
const wordings = new WeakMap<readonly Suggestion[], Map<Locale, Promise<ShownSuggestion[]>>>();

function worded(suggestions: readonly Suggestion[], locale: Locale): Promise<ShownSuggestion[]> {
  let byLocale = wordings.get(suggestions);
  if (!byLocale) {
    byLocale = new Map();
    wordings.set(suggestions, byLocale);
  }
  let shown = byLocale.get(locale);
  if (!shown) {
    shown = word(suggestions, locale);
    byLocale.set(locale, shown);
    // A failed reading of the names is not kept.
    shown.catch(() => byLocale.delete(locale));
  }
  return shown;
}

async function word(suggestions: readonly Suggestion[], locale: Locale): Promise<ShownSuggestion[]> {
  const [explanations, seats] = await Promise.all([
    explainAll(
      suggestions.map((s) => s.fit),
      locale,
      "author",
    ),
    territoryNames(suggestions.map((s) => s.organisation.seatTerritoryCode)),
  ]);
  return suggestions.map((s, index) => ({
    id: s.id,
    slug: s.organisation.slug,
    name: s.organisation.name,
    seat: seats.get(s.organisation.seatTerritoryCode) ?? null,
    explanation: explanations[index]!,
  }));
}

export interface ForYouEntry {
  id: string;
  slug: string;
  title: string;
  author: string;
  repliesCloseOn: Date;
  explanation: FitExplanation;
}

export async function forYouEntries(party: Party, locale: Locale, now = new Date()): Promise<ForYouEntry[]> {
  const found = await requestsForParty(party, { now });
  const explanations = await explainAll(
    found.map((f) => f.fit),
    locale,
    "candidate",
  );
  return found.map((f, index) => ({
    id: f.id,
    slug: f.request.slug,
    title: f.request.title,
    author: f.request.authorName,
    repliesCloseOn: f.request.repliesCloseOn,
    explanation: explanations[index]!,
  }));
}

/** A party the reader may choose for "for you", named. */
export interface ForYouParty {
  party: Party;
  name: string;
  /** The organisation's address name (null for an office). */
  slug: string | null;
  open: boolean;
}

/** The names of the parties one may choose, and whether each organisation is open to partnerships. */
export async function partyChoices(parties: Party[]) {
  const organisationIds = parties.flatMap((p) => (p.kind === "organisation" ? [p.id] : []));
  const institutionIds = parties.flatMap((p) => (p.kind === "institution" ? [p.id] : []));
  const [organisations, institutions] = await Promise.all([
    db().organisation.findMany({
      where: { id: { in: organisationIds } },
      select: { id: true, slug: true, name: true, partnershipProfile: { select: { openToPartnerships: true } } },
    }),
    db().institution.findMany({
      where: { id: { in: institutionIds } },
      select: { id: true, name: true, officeName: true },
    }),
  ]);
  return parties.flatMap((party): ForYouParty[] => {
    if (party.kind === "organisation") {
      const o = organisations.find((row) => row.id === party.id);
      return o ? [{ party, name: o.name, slug: o.slug, open: o.partnershipProfile?.openToPartnerships ?? false }] : [];
    }
    const i = institutions.find((row) => row.id === party.id);
    return i ? [{ party, name: i.officeName ?? i.name, slug: null, open: true }] : [];
  });
}
