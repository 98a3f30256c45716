// A partner request as open data (/api/v1/partner-requests and the feeds):
// only what its public page shows everyone. The party that posted it by its
// public name and address, never the person who wrote it; no contact details
// (they are revealed to the two sides only on acceptance); no moderators' notes.
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import type { PublicRequestRow } from "@/lib/partnerships/list/queries";

export const PARTNER_REQUESTS_API_DEFAULT_LIMIT = 50;
export const PARTNER_REQUESTS_API_MAX_LIMIT = 100;

/** The absolute address of a request's page. */
export function partnerRequestUrl(slug: string, locale: Locale = "pl"): string {
  return new URL(
    getPathname({ href: { pathname: "/partnerships/[slug]", params: { slug } }, locale }),
    env().APP_URL,
  ).toString();
}

/** The party that posted it, as the public knows it. */
export function requestAuthor(row: Pick<PublicRequestRow, "organisation" | "institution">) {
  if (row.organisation)
    return { kind: "organisation" as const, slug: row.organisation.slug, name: row.organisation.name };
  if (row.institution)
    return {
      kind: "institution" as const,
      slug: row.institution.slug,
      name: row.institution.officeName ?? row.institution.name,
    };
  return null;
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Days from `today` (YYYY-MM-DD) until replies close, the closing day itself counted as the last (0 on it). */
export function daysLeft(repliesCloseOn: Date, today: string): number {
  return Math.round((Date.parse(`${day(repliesCloseOn)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A request as the API publishes it. */
export function toPublicPartnerRequest(row: PublicRequestRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    initiative: row.initiative,
    call: row.callName || row.callUrl ? { name: row.callName, url: row.callUrl } : null,
    roles: row.roles,
    partnerKinds: {
      legalForms: row.partnerLegalForms,
      requiresPublicBenefit: row.requiresPublicBenefit,
      welcomesLocalGovernment: row.welcomesLocalGovernment,
    },
    radiusKm: row.radiusKm,
    needs: { competences: row.neededCompetences, resources: row.neededResources },
    offers: { competences: row.offeredCompetences, resources: row.offeredResources },
    partnerGives: row.partnerGives,
    partnerGets: row.partnerGets,
    budget:
      row.budgetSharePercent !== null || row.budgetNote
        ? { sharePercent: row.budgetSharePercent, note: row.budgetNote }
        : null,
    timeline: { startsOn: day(row.startsOn), endsOn: day(row.endsOn), note: row.timelineNote },
    repliesCloseOn: day(row.repliesCloseOn)!,
    maxPartners: row.maxPartners,
    acceptedCount: row.acceptedCount,
    interestCount: row.interestCount,
    openedAt: row.openedAt.toISOString(),
    renewedAt: row.renewedAt?.toISOString() ?? null,
    author: requestAuthor(row),
    sphereIds: row.spheres.map((s) => s.sphere.id),
    territories: row.territories.map((t) => ({ teryt: t.territory.code, name: t.territory.name })),
    url: partnerRequestUrl(row.slug),
  };
}
export type PublicPartnerRequest = ReturnType<typeof toPublicPartnerRequest>;
