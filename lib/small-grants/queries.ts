// What the small-grant pages read. The office's page (officials), the public
// list and offer page (the same for everyone: no session read here), and the
// organisation's new-offer page. Amounts leave as numbers of grosze.
import "server-only";
import { cache } from "react";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { polishYear } from "@/lib/small-grants/clock";
import { polishYearBounds, smallGrantRules, smallGrantsUsed, type SmallGrantRules } from "@/lib/small-grants/limits";
import { redactPersonalData, versionDocument } from "@/lib/small-grants/redaction";

const money = (value: bigint | null) => (value === null ? null : Number(value));

/** The office's page: its plan and intake for `year`, what is used, the limits and every case received that year. */
export async function officeSmallGrantsView(slug: string, year: number, now = new Date()) {
  const institution = await db().institution.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true },
  });
  if (!institution) return null;
  const bounds = polishYearBounds(year);
  const [budget, used, rules, cases] = await Promise.all([
    db().smallGrantBudget.findUnique({ where: { institutionId_year: { institutionId: institution.id, year } } }),
    smallGrantsUsed({ institutionId: institution.id, year }),
    smallGrantRules(now),
    db().smallGrantCase.findMany({
      where: {
        receivedAt: { gte: bounds.from, lt: bounds.to },
        offer: { institutionId: institution.id, template: "SIMPLIFIED_2018", status: "SUBMITTED" },
      },
      orderBy: [{ publishDueBy: "asc" }],
      select: {
        id: true,
        stage: true,
        receivedAt: true,
        publishDueBy: true,
        publishedAt: true,
        remarksUntil: true,
        publicSlug: true,
        decidedAt: true,
        decisionReason: true,
        awardedAmount: true,
        offer: {
          select: {
            id: true,
            title: true,
            template: true,
            requestedGrant: true,
            leadOrganisation: { select: { name: true } },
            currentVersion: { select: { content: true, number: true } },
          },
        },
        remarks: {
          where: { state: "SUBMITTED" },
          orderBy: { createdAt: "asc" },
          select: { id: true, authorName: true, body: true, createdAt: true, answer: true, answeredAt: true },
        },
      },
    }),
  ]);
  return {
    institution,
    year,
    budget: budget && {
      plannedGrantsTotal: Number(budget.plannedGrantsTotal),
      intakeOpen: budget.intakeOpen,
      suspendedNote: budget.suspendedNote,
      sphereIds: budget.sphereIds,
    },
    used,
    ceiling: budget
      ? Number((budget.plannedGrantsTotal * BigInt(rules["smallGrant.maxShareOfPlannedBp"])) / 10_000n)
      : null,
    rules,
    cases: cases.map((c) => ({
      ...c,
      awardedAmount: money(c.awardedAmount),
      offer: {
        id: c.offer.id,
        title: c.offer.title,
        requestedGrant: Number(c.offer.requestedGrant),
        leadOrganisation: c.offer.leadOrganisation,
        versionNumber: c.offer.currentVersion?.number ?? null,
      },
      // The office reads the offer whole, personal data included: it is addressed to it.
      document: versionDocument(c.offer.currentVersion?.content ?? {}, c.offer.template),
      mayDecide:
        (c.stage === "PUBLISHED" || c.stage === "REMARKS_CLOSED") && c.remarksUntil !== null && now >= c.remarksUntil,
    })),
  };
}
export type OfficeSmallGrantsView = NonNullable<Awaited<ReturnType<typeof officeSmallGrantsView>>>;
export type OfficeCase = OfficeSmallGrantsView["cases"][number];

const listSelect = {
  id: true,
  stage: true,
  publicSlug: true,
  publishedAt: true,
  remarksUntil: true,
  decidedAt: true,
  awardedAmount: true,
  offer: {
    select: {
      title: true,
      requestedGrant: true,
      institution: { select: { name: true, slug: true } },
      leadOrganisation: { select: { name: true } },
    },
  },
} as const;

/** The public list: offers in their remark window, the latest decided ones, and the offices taking offers this year. */
export async function publicSmallGrantsList(now = new Date()) {
  const [open, decided, offices] = await Promise.all([
    db().smallGrantCase.findMany({
      where: { stage: "PUBLISHED", remarksUntil: { gt: now }, publicSlug: { not: null } },
      orderBy: { remarksUntil: "asc" },
      select: listSelect,
    }),
    db().smallGrantCase.findMany({
      where: { stage: { in: ["ACCEPTED", "REFUSED"] }, publicSlug: { not: null } },
      orderBy: { decidedAt: "desc" },
      take: 50,
      select: listSelect,
    }),
    db().smallGrantBudget.findMany({
      where: { year: polishYear(now), intakeOpen: true },
      orderBy: { institution: { name: "asc" } },
      select: { institution: { select: { name: true, slug: true } } },
    }),
  ]);
  const row = (c: (typeof open)[number]) => ({
    ...c,
    publicSlug: c.publicSlug!,
    awardedAmount: money(c.awardedAmount),
    offer: { ...c.offer, requestedGrant: Number(c.offer.requestedGrant) },
  });
  return { open: open.map(row), decided: decided.map(row), offices: offices.map((o) => o.institution) };
}
export type PublicSmallGrantRow = Awaited<ReturnType<typeof publicSmallGrantsList>>["open"][number];

/**
 * A published offer as everyone reads it: the submitted version without
 * personal data, and its remarks with answers. Once per request (the page's
 * title and its body ask for the same offer).
 */
export const publicSmallGrant = cache(async (slug: string) => {
  const found = await db().smallGrantCase.findUnique({
    where: { publicSlug: slug },
    select: {
      id: true,
      stage: true,
      publishedAt: true,
      remarksUntil: true,
      decidedAt: true,
      decisionReason: true,
      awardedAmount: true,
      offer: {
        select: {
          id: true,
          title: true,
          template: true,
          requestedGrant: true,
          institution: { select: { name: true, slug: true } },
          leadOrganisation: { select: { name: true, slug: true } },
          currentVersion: { select: { content: true, shortChecksum: true, submittedAt: true } },
        },
      },
      remarks: {
        where: { state: "SUBMITTED" },
        orderBy: { createdAt: "asc" },
        select: { id: true, authorName: true, body: true, createdAt: true, answer: true, answeredAt: true },
      },
    },
  });
  if (!found?.publishedAt || !found.remarksUntil || !found.offer.currentVersion) return null;
  const { offer } = found;
  const version = offer.currentVersion!;
  return {
    ...found,
    publishedAt: found.publishedAt,
    remarksUntil: found.remarksUntil,
    awardedAmount: money(found.awardedAmount),
    offer: {
      title: offer.title,
      requestedGrant: Number(offer.requestedGrant),
      institution: offer.institution,
      leadOrganisation: offer.leadOrganisation,
      shortChecksum: version.shortChecksum,
      submittedAt: version.submittedAt,
    },
    document: redactPersonalData(versionDocument(version.content, offer.template)),
  };
});
export type PublicSmallGrant = NonNullable<Awaited<ReturnType<typeof publicSmallGrant>>>;

/** The organisation's new-offer page: for whom the person may prepare one, which offices take them, the limits today. */
export async function newSmallGrantView(actor: Actor, now = new Date()) {
  const ids = actor.organisations
    .map((m) => m.organisationId)
    .filter((organisationId) => can(actor, "offers.prepare", { organisationId }));
  const [organisations, offices, rules] = await Promise.all([
    ids.length === 0
      ? []
      : // Only a verified organisation may apply (createSmallGrantDraft refuses the others).
        db().organisation.findMany({
          where: { id: { in: ids }, verifiedAt: { not: null } },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        }),
    db().smallGrantBudget.findMany({
      where: { year: polishYear(now), intakeOpen: true },
      orderBy: { institution: { name: "asc" } },
      select: { suspendedNote: true, sphereIds: true, institution: { select: { id: true, name: true } } },
    }),
    smallGrantRules(now),
  ]);
  return {
    organisations,
    offices: offices.map((o) => ({ id: o.institution.id, name: o.institution.name, sphereIds: o.sphereIds })),
    rules,
  };
}
export type { SmallGrantRules };
