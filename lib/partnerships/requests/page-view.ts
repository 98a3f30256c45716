// What a request's page shows, and to whom (policy.ts): everything the
// sections render, read once. A hidden request is not found for others; its
// party is told why. The interest workflow adds its own section to the page
// (app/[locale]/(public)/partnerships/[slug]/page.tsx) from this view's id.
import "server-only";
import { cache } from "react";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { competences, knownCodes, resources } from "@/lib/partnerships/capabilities";
import { heldClosingNoteOf } from "@/lib/partnerships/requests/changes";
import { dayText, daysLeft, latestCloseOn, warsawDay } from "@/lib/partnerships/requests/dates";
import { requestContentSelect, requestVersion } from "@/lib/partnerships/requests/moderation";
import { actsForParty, isListed, mayEditRequest, mayViewRequest } from "@/lib/partnerships/requests/policy";
import { requestRules } from "@/lib/partnerships/settings/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { renderMarkdown } from "@/lib/text/markdown";

const pageSelect = {
  ...requestContentSelect,
  status: true,
  statusChangedAt: true,
  closingNote: true,
  openedAt: true,
  renewedAt: true,
  moderationNote: true,
  changeNote: true,
  interestCount: true,
  acceptedCount: true,
  organisation: {
    select: { slug: true, name: true, verifiedAt: true, seatTerritory: { select: { name: true, kind: true } } },
  },
  institution: {
    select: { slug: true, name: true, officeName: true, territory: { select: { name: true, kind: true } } },
  },
  spheres: {
    select: { sphere: { select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true } } },
    orderBy: { sphere: { sortOrder: "asc" } },
  },
  territories: {
    select: { territory: { select: { code: true, name: true, kind: true } } },
    orderBy: { territoryCode: "asc" },
  },
} as const satisfies Prisma.PartnerRequestSelect;
type PageRow = Prisma.PartnerRequestGetPayload<{ select: typeof pageSelect }>;

function toView(
  request: PageRow,
  viewer: Actor | null,
  locale: Locale,
  rules: { maxReplyDays: number; maxReplyDaysSince: Date },
  now: Date,
) {
  const party = request.organisation
    ? {
        kind: "organisation" as const,
        name: request.organisation.name,
        slug: request.organisation.slug,
        seat: request.organisation.seatTerritory,
      }
    : {
        kind: "institution" as const,
        name: request.institution!.officeName ?? request.institution!.name,
        slug: request.institution!.slug,
        seat: request.institution!.territory,
      };
  const ofParty = actsForParty(viewer, request);
  const today = warsawDay(now);
  return {
    id: request.id,
    slug: request.slug,
    title: request.title,
    initiativeHtml: renderMarkdown(request.initiative, 3, new Map()),
    call: request.callName || request.callUrl ? { name: request.callName, url: request.callUrl } : null,
    roles: request.roles,
    partnerKinds: {
      legalForms: request.partnerLegalForms,
      requiresPublicBenefit: request.requiresPublicBenefit,
      welcomesLocalGovernment: request.welcomesLocalGovernment,
    },
    spheres: request.spheres.map(({ sphere }) => ({
      id: sphere.id,
      code: sphere.code,
      name: sphereName(sphere, locale),
    })),
    area:
      request.territories.length > 0
        ? {
            kind: "territories" as const,
            territories: request.territories.map(({ territory }) => territory),
          }
        : request.radiusKm !== null
          ? { kind: "radius" as const, radiusKm: request.radiusKm, from: party.seat }
          : { kind: "region" as const },
    needs: {
      competences: knownCodes(competences, request.neededCompetences),
      resources: knownCodes(resources, request.neededResources),
    },
    offers: {
      competences: knownCodes(competences, request.offeredCompetences),
      resources: knownCodes(resources, request.offeredResources),
    },
    partnerGives: request.partnerGives,
    partnerGets: request.partnerGets,
    budget:
      request.budgetSharePercent !== null || request.budgetNote
        ? { sharePercent: request.budgetSharePercent, note: request.budgetNote }
        : null,
    timeline: {
      startsOn: request.startsOn ? dayText(request.startsOn) : null,
      endsOn: request.endsOn ? dayText(request.endsOn) : null,
      note: request.timelineNote,
    },
    repliesCloseOn: dayText(request.repliesCloseOn),
    daysLeft: request.status === "OPEN" ? daysLeft(request.repliesCloseOn, now) : 0,
    maxPartners: request.maxPartners,
    interestCount: request.interestCount,
    acceptedCount: request.acceptedCount,
    status: request.status,
    statusChangedAt: request.statusChangedAt,
    closingNote: request.closingNote,
    listed: isListed({ ...request, authorVerified: request.organisation?.verifiedAt !== null }, today),
    visibility: request.visibility,
    party,
    /**
     * Why the request is not public, for its party and the moderators (null when it is): hidden or
     * refused (with the moderator's reason), or held for a moderator (`visibility` says which).
     */
    withheld: request.visibility !== "PUBLISHED" ? { reason: request.moderationNote } : null,
    /**
     * For the party and the moderators: a change held for a moderator, or the reason the last one was refused;
     * a closing note held for a moderator (`pendingFields` keeps it in its own shape), which nobody else sees yet.
     */
    change:
      ofParty || can(viewer, "content.moderate")
        ? {
            waiting: request.pendingFields !== null && heldClosingNoteOf(request.pendingFields) === null,
            heldClosingNote: heldClosingNoteOf(request.pendingFields),
            rejectedNote: request.changeNote,
          }
        : null,
    /** The longest reply period as configured, and since when (dated configuration). */
    rules: {
      maxReplyDays: rules.maxReplyDays,
      since: dayText(rules.maxReplyDaysSince),
      /** The latest closing day a renewal made today may choose. */
      latestRenewal: latestCloseOn(now, rules.maxReplyDays),
      today,
    },
    /** What the interest workflow's section decides on (lib/partnerships/interests/queries.ts). */
    interestFacts: {
      id: request.id,
      slug: request.slug,
      status: request.status,
      visibility: request.visibility,
      repliesCloseOn: request.repliesCloseOn,
      welcomesLocalGovernment: request.welcomesLocalGovernment,
      organisationId: request.organisationId,
      institutionId: request.institutionId,
      neededCompetences: request.neededCompetences,
      neededResources: request.neededResources,
    },
    viewer: {
      signedIn: viewer !== null,
      ofParty,
      mayEdit: mayEditRequest(viewer, request),
      moderates: can(viewer, "content.moderate"),
      /** For a moderator's restore: the fingerprint of what the page shows them. */
      shown: can(viewer, "content.moderate") ? requestVersion(request) : null,
    },
  };
}

export type PartnerRequestPageView = ReturnType<typeof toView>;

export async function partnerRequestPageView(input: {
  slug: string;
  locale: Locale;
  viewer: Actor | null;
  now?: Date;
}): Promise<PartnerRequestPageView | null> {
  const request = await db().partnerRequest.findUnique({ where: { slug: input.slug }, select: pageSelect });
  if (!request || !mayViewRequest(input.viewer, request)) return null;
  return toView(request, input.viewer, input.locale, await requestRules(), input.now ?? new Date());
}

/** Once per request: the page and its metadata ask for the same request with the same viewer. */
export const partnerRequestPageViewOnce = cache((slug: string, locale: Locale, viewer: Actor | null) =>
  partnerRequestPageView({ slug, locale, viewer }),
);
