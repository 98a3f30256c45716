// The moderators' queue of partner requests (/moderacja/partnerstwa;
// decisions: lib/partnerships/requests/moderation.ts): requests held before
// anyone saw them, changes held on published requests (the public text and
// the change side by side; a closing note held on a closed request too), and
// an organisation's requests public at once, new or changed since a moderator
// last looked. Narrowed to a sphere or an organisation like every queue
// (lib/moderation/queue.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { queueWindow, type QueueFilters } from "@/lib/moderation/queue";
import { heldClosingNoteOf, pendingRequestFieldsOf, requestFieldsAsInput } from "@/lib/partnerships/requests/changes";
import { dayText } from "@/lib/partnerships/requests/dates";
import { requestContentSelect, requestVersion } from "@/lib/partnerships/requests/moderation";
import type { PartnerRequestFields } from "@/lib/partnerships/requests/schemas";
import { renderMarkdown } from "@/lib/text/markdown";

const queueSelect = {
  ...requestContentSelect,
  createdAt: true,
  organisation: { select: { name: true } },
  institution: { select: { name: true, officeName: true } },
  spheres: { select: { sphereId: true }, orderBy: { sphereId: "asc" } },
  territories: { select: { territoryCode: true }, orderBy: { territoryCode: "asc" } },
} as const satisfies Prisma.PartnerRequestSelect;
type QueueRow = Prisma.PartnerRequestGetPayload<{ select: typeof queueSelect }>;
const DB_NULL = Prisma.DbNull;

/** Fields whose words the moderator reads before and after; the others are only named as changed. */
const WORDED = [
  "title",
  "initiative",
  "callName",
  "callUrl",
  "partnerGives",
  "partnerGets",
  "budgetSharePercent",
  "budgetNote",
  "startsOn",
  "endsOn",
  "timelineNote",
  "repliesCloseOn",
  "maxPartners",
  "radiusKm",
] as const;
const LISTED = [
  "roles",
  "partnerLegalForms",
  "requiresPublicBenefit",
  "welcomesLocalGovernment",
  "sphereIds",
  "territoryCodes",
  "neededCompetences",
  "neededResources",
  "offeredCompetences",
  "offeredResources",
] as const;
export type WordedField = (typeof WORDED)[number];
export type ListedField = (typeof LISTED)[number];
/** What a held change changes, as the queue shows it: worded fields before and after, the others by name. */
export type RequestChangeDiff = {
  worded: { field: WordedField | "closingNote"; before: string; after: string }[];
  listed: (ListedField | "area")[];
};

/** The request's public columns as the form's fields, to compare with a held change. */
function currentFields(row: QueueRow): PartnerRequestFields {
  const territoryCodes = row.territories.map((t) => t.territoryCode);
  return {
    title: row.title,
    initiative: row.initiative,
    callName: row.callName,
    callUrl: row.callUrl,
    roles: row.roles,
    partnerLegalForms: row.partnerLegalForms,
    requiresPublicBenefit: row.requiresPublicBenefit,
    welcomesLocalGovernment: row.welcomesLocalGovernment,
    sphereIds: row.spheres.map((s) => s.sphereId),
    area: territoryCodes.length > 0 ? "TERRITORIES" : row.radiusKm !== null ? "RADIUS" : "REGION",
    territoryCodes,
    radiusKm: row.radiusKm,
    neededCompetences: row.neededCompetences as PartnerRequestFields["neededCompetences"],
    neededResources: row.neededResources as PartnerRequestFields["neededResources"],
    offeredCompetences: row.offeredCompetences as PartnerRequestFields["offeredCompetences"],
    offeredResources: row.offeredResources as PartnerRequestFields["offeredResources"],
    partnerGives: row.partnerGives,
    partnerGets: row.partnerGets,
    budgetSharePercent: row.budgetSharePercent,
    budgetNote: row.budgetNote,
    startsOn: row.startsOn ? dayText(row.startsOn) : null,
    endsOn: row.endsOn ? dayText(row.endsOn) : null,
    timelineNote: row.timelineNote,
    repliesCloseOn: dayText(row.repliesCloseOn),
    maxPartners: row.maxPartners,
  };
}

const sameList = (a: unknown, b: unknown) =>
  JSON.stringify(Array.isArray(a) ? [...a].sort() : a) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b);

/** What a held change changes: the worded fields before and after (as the form shows them), the others by name. */
export function requestChangeDiff(before: PartnerRequestFields, after: PartnerRequestFields): RequestChangeDiff {
  const was = requestFieldsAsInput(before);
  const will = requestFieldsAsInput(after);
  return {
    worded: WORDED.filter((field) => was[field] !== will[field]).map((field) => ({
      field,
      before: String(was[field]),
      after: String(will[field]),
    })),
    listed: [
      ...LISTED.filter((field) => !sameList(before[field], after[field])),
      ...(before.area !== after.area ? (["area"] as const) : []),
    ],
  };
}

/** A closing note held on a closed request, before and after, as a change's worded field. */
const closingNoteDiff = (row: QueueRow, note: string): RequestChangeDiff => ({
  worded: [{ field: "closingNote", before: row.closingNote ?? "", after: note }],
  listed: [],
});

function queued(row: QueueRow) {
  const pending = row.visibility === "PUBLISHED" ? row.pendingFields : null;
  const change = pendingRequestFieldsOf(pending);
  const note = heldClosingNoteOf(pending);
  return {
    id: row.id,
    slug: row.slug,
    title: change?.title ?? row.title,
    party: row.organisation?.name ?? row.institution?.officeName ?? row.institution?.name ?? null,
    submittedAt: row.reviewRequestedAt ?? row.createdAt,
    /**
     * The request's words as they stand (public, or held before anyone saw them), every field the blocked-word
     * screen reads and the fingerprint covers, so the moderator reads what they decide on; a held change's or
     * closing note's new words are in `change`.
     */
    initiativeHtml: renderMarkdown(row.initiative, 4, new Map()),
    callName: row.callName,
    callUrl: row.callUrl,
    partnerGives: row.partnerGives,
    partnerGets: row.partnerGets,
    budgetNote: row.budgetNote,
    timelineNote: row.timelineNote,
    closingNote: row.closingNote,
    change: change ? requestChangeDiff(currentFields(row), change) : note !== null ? closingNoteDiff(row, note) : null,
    /** A held change that can no longer be read (the form's rules changed since): only a rejection or hiding is left. */
    unreadableChange: pending !== null && change === null && note === null,
    version: requestVersion(row),
  };
}
export type QueuedPartnerRequest = ReturnType<typeof queued>;

function narrowed(filters: QueueFilters): Prisma.PartnerRequestWhereInput {
  return {
    ...(filters.topic ? { spheres: { some: { sphereId: filters.topic } } } : {}),
    ...(filters.author ? { organisationId: filters.author } : {}),
  };
}

/** The three lists, oldest waiting first. */
export async function partnerRequestModerationQueue(filters: QueueFilters = {}) {
  const { skip, take } = queueWindow(filters);
  const where = narrowed(filters);
  const page = (condition: Prisma.PartnerRequestWhereInput) =>
    db().partnerRequest.findMany({
      where: { ...where, ...condition },
      orderBy: [{ reviewRequestedAt: "asc" }, { id: "asc" }],
      skip,
      take,
      select: queueSelect,
    });
  const [held, changes, review] = await Promise.all([
    page({ visibility: "PENDING" }),
    page({ visibility: "PUBLISHED", pendingFields: { not: DB_NULL } }),
    page({ visibility: "PUBLISHED", reviewRequestedAt: { not: null }, pendingFields: { equals: DB_NULL } }),
  ]);
  return { held: held.map(queued), changes: changes.map(queued), review: review.map(queued) };
}
