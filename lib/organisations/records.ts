// Registering and editing an organisation's record, and its verification by a
// platform administrator. Duplicates of KRS, NIP or REGON are refused on the
// field, also when a concurrent registration wins the race (the unique index
// decides, not a prior read).
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { recordChange } from "@/lib/organisations/history/mutations";
import { shownFactsOf } from "@/lib/organisations/shown-facts";
import { changedVerifiedFacts, VERIFIED_FACTS } from "@/lib/organisations/trust";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { freezeDueRegistries } from "@/lib/elections/voting/mutations";
import { GMINA_KINDS } from "@/lib/reference-data/territories";
import type { OrganisationRecord } from "@/lib/organisations/schemas";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import { regionCode } from "@/lib/settings/platform-name";

interface Context {
  actorId: string;
  ip: string | null;
}

export type RecordProblem =
  | { field: "krs"; problem: "krsTaken" }
  | { field: "nip"; problem: "nipTaken" }
  | { field: "regon"; problem: "regonTaken" }
  | { field: "seatTerritoryCode"; problem: "seatOutsideRegion" }
  | { field: "sphereIds"; problem: "spheresRequired" };
export type RecordOutcome = { ok: true; slug: string } | ({ ok: false } & RecordProblem);
export type EditOutcome = { ok: true; slug: string; verificationWithdrawn: boolean } | ({ ok: false } & RecordProblem);

const verifiedFactsSelect = Object.fromEntries(VERIFIED_FACTS.map((field) => [field, true])) as {
  [field in (typeof VERIFIED_FACTS)[number]]: true;
};

const TAKEN: Record<string, RecordProblem> = {
  krs: { field: "krs", problem: "krsTaken" },
  nip: { field: "nip", problem: "nipTaken" },
  regon: { field: "regon", problem: "regonTaken" },
};

/** Checks what the schema cannot: the seat is a gmina of the region, the spheres are in force. */
async function checkReferences(record: OrganisationRecord): Promise<RecordProblem | null> {
  const [region, seat, spheres] = await Promise.all([
    regionCode(),
    db().territory.findUnique({
      where: { code: record.seatTerritoryCode },
      select: { kind: true, voivodeshipCode: true },
    }),
    db().publicBenefitSphere.count({ where: { id: { in: record.sphereIds }, validTo: null } }),
  ]);
  if (!seat || seat.voivodeshipCode !== region || !GMINA_KINDS.includes(seat.kind)) {
    return { field: "seatTerritoryCode", problem: "seatOutsideRegion" };
  }
  if (spheres !== new Set(record.sphereIds).size) return { field: "sphereIds", problem: "spheresRequired" };
  return null;
}

async function existingDuplicate(record: OrganisationRecord, exceptId?: string): Promise<RecordProblem | null> {
  for (const field of ["krs", "nip", "regon"] as const) {
    const value = record[field];
    if (value === null) continue;
    const other = await db().organisation.findFirst({
      where: { [field]: value, NOT: exceptId ? { id: exceptId } : undefined },
      select: { id: true },
    });
    if (other) return TAKEN[field]!;
  }
  return null;
}

function recordData(record: OrganisationRecord) {
  return {
    name: record.name,
    shortName: record.shortName || null,
    legalForm: record.legalForm,
    krs: record.krs,
    nip: record.nip,
    regon: record.regon,
    seatTerritoryCode: record.seatTerritoryCode,
  };
}

/** Slugs that are fixed addresses under /organisations in some language. */
const RESERVED_SLUGS = new Set(["register", "zarejestruj", "registrieren"]);

export async function uniqueSlug(
  record: { name: string; shortName?: string | null },
  tx: Prisma.TransactionClient,
): Promise<string> {
  const slugged = slugify(record.shortName || record.name, 60);
  const base = slugged && !RESERVED_SLUGS.has(slugged) ? slugged : `organizacja-${slugged}`.replace(/-$/, "");
  return firstFreeSlug(base, async (slug) => (await tx.organisation.count({ where: { slug } })) > 0);
}

async function guarded<T extends { slug: string }>(
  record: OrganisationRecord,
  write: () => Promise<T>,
): Promise<({ ok: true } & T) | ({ ok: false } & RecordProblem)> {
  try {
    return { ok: true, ...(await write()) };
  } catch (error) {
    const fields = uniqueViolationFields(error);
    const field = fields?.find((f) => f in TAKEN);
    if (field) return { ok: false, ...TAKEN[field]! };
    if (fields?.includes("slug")) return guarded(record, write); // a concurrent registration took the slug
    throw error;
  }
}

/** A signed-in person registers an organisation and becomes its owner; it awaits verification. */
export async function registerOrganisation(record: OrganisationRecord, context: Context): Promise<RecordOutcome> {
  const problem = (await checkReferences(record)) ?? (await existingDuplicate(record));
  if (problem) return { ok: false, ...problem };
  return guarded(record, () =>
    db().$transaction(async (tx) => {
      const organisation = await tx.organisation.create({
        data: {
          ...recordData(record),
          slug: await uniqueSlug(record, tx),
          spheres: { create: record.sphereIds.map((sphereId) => ({ sphereId })) },
          memberships: { create: { userId: context.actorId, role: "OWNER" } },
        },
        select: { id: true, slug: true },
      });
      await recordAuditEvent(
        {
          action: "organisation.registered",
          actorUserId: context.actorId,
          actingForOrganisationId: organisation.id,
          subjectType: "Organisation",
          subjectId: organisation.id,
          ipAddress: context.ip,
          details: { name: record.name, krs: record.krs },
        },
        tx,
      );
      // People who follow its spheres or its gmina (or powiat, or the region) hear of it.
      await notify(
        {
          type: "organisation.registered",
          subject: {
            type: "Organisation",
            id: organisation.id,
            title: record.name,
            link: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
          },
          actor: { userId: context.actorId },
          audience: { topic: { sphereIds: record.sphereIds, territoryCodes: [record.seatTerritoryCode] } },
        },
        tx,
      );
      return { slug: organisation.slug };
    }),
  ).finally(dispatchNotifications);
}

/**
 * Owners and editors (or an administrator) correct the record. A change to
 * what a verification vouches for (lib/organisations/trust.ts) withdraws it,
 * and with it the eligibility in elections that require it: the form warns
 * before saving, the other owners and editors and the administrators are
 * told, and the audit log keeps who verified it and when. An administrator's
 * own correction keeps it: they are the ones who would check it again.
 */
export async function editOrganisation(
  organisationId: string,
  record: OrganisationRecord,
  context: Context & { asMember: boolean; mayVerify: boolean },
  now = new Date(),
): Promise<EditOutcome> {
  const current = await db().organisation.findUnique({
    where: { id: organisationId },
    select: {
      slug: true,
      name: true,
      shortName: true,
      legalForm: true,
      krs: true,
      nip: true,
      regon: true,
      seatTerritoryCode: true,
      verifiedAt: true,
      verifiedById: true,
      spheres: { select: { sphereId: true } },
    },
  });
  if (!current) throw new AppError("NOT_FOUND", `organisation ${organisationId}`);
  const problem = (await checkReferences(record)) ?? (await existingDuplicate(record, organisationId));
  if (problem) return { ok: false, ...problem };
  if (current.seatTerritoryCode !== record.seatTerritoryCode) await freezeDueRegistries(now);
  return guarded(record, () =>
    db().$transaction(async (tx) => {
      // Locked as a verification locks it, and its verification read again: one
      // given while this edit was on its way vouched for the facts this edit replaces.
      await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
      const verification = await tx.organisation.findUniqueOrThrow({
        where: { id: organisationId },
        select: { ...verifiedFactsSelect, verifiedAt: true, verifiedById: true },
      });
      const lapsed = changedVerifiedFacts(verification, record);
      await recordChange(tx, {
        organisationId,
        actorUserId: context.actorId,
        source: "record",
        before: { ...current, sphereIds: current.spheres.map((s) => s.sphereId) },
        after: { ...recordData(record), sphereIds: record.sphereIds },
      });
      await tx.organisationSphere.deleteMany({ where: { organisationId } });
      await tx.organisation.update({
        where: { id: organisationId },
        data: { ...recordData(record), spheres: { create: record.sphereIds.map((sphereId) => ({ sphereId })) } },
      });
      const withdrawn = lapsed.length > 0 && !context.mayVerify && verification.verifiedAt !== null;
      if (withdrawn)
        await tx.organisation.update({ where: { id: organisationId }, data: { verifiedAt: null, verifiedById: null } });
      const audit = {
        actorUserId: context.actorId,
        actingForOrganisationId: context.asMember ? organisationId : null,
        subjectType: "Organisation",
        subjectId: organisationId,
        ipAddress: context.ip,
      };
      await recordAuditEvent(
        {
          ...audit,
          action: "organisation.edited",
          details: { ...recordData(record), sphereIds: record.sphereIds, verificationCleared: withdrawn },
        },
        tx,
      );
      if (withdrawn) {
        const facts = Object.fromEntries(
          lapsed.map((field) => [field, { from: verification[field], to: recordData(record)[field] }]),
        );
        await recordAuditEvent(
          {
            ...audit,
            action: "organisation.unverified",
            details: {
              reason: "recordChanged",
              fields: lapsed,
              changes: facts,
              verifiedAt: verification.verifiedAt!.toISOString(),
              verifiedById: verification.verifiedById,
            },
          },
          tx,
        );
        await notify(
          {
            type: "organisation.verification_withdrawn",
            subject: {
              type: "Organisation",
              id: organisationId,
              title: record.name,
              link: { pathname: "/organisations/[slug]", params: { slug: current.slug } },
            },
            actor: { userId: context.actorId, organisationId: context.asMember ? organisationId : null },
            audience: {
              organisations: [{ id: organisationId, roles: ["OWNER", "EDITOR"] }],
              platformRoles: ["ADMINISTRATOR"],
            },
          },
          tx,
        );
      }
      return { slug: current.slug, verificationWithdrawn: withdrawn };
    }),
  ).finally(dispatchNotifications);
}

export type VerificationRefusal = "stale";

/**
 * Verifies the organisation as the administrator was shown it (`shownFacts`,
 * lib/organisations/shown-facts.ts), or withdraws its verification. The row
 * is locked, so an edit either comes first (and the verification is refused
 * as stale) or after (and withdraws it, as any change to these facts does).
 */
export async function setOrganisationVerified(
  organisationId: string,
  decision: { verified: true; shownFacts: string } | { verified: false },
  context: Context,
): Promise<void> {
  const { verified } = decision;
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    const locked = await tx.organisation.findUnique({ where: { id: organisationId }, select: verifiedFactsSelect });
    if (!locked) throw new AppError("NOT_FOUND", organisationId);
    if (decision.verified && shownFactsOf(locked) !== decision.shownFacts)
      throw new RuleRefusal<VerificationRefusal>("stale");
    const changed = await tx.organisation.updateMany({
      where: { id: organisationId, verifiedAt: verified ? null : { not: null } },
      data: verified
        ? { verifiedAt: new Date(), verifiedById: context.actorId }
        : { verifiedAt: null, verifiedById: null },
    });
    if (changed.count === 0) return; // already in the asked state: nothing to record
    if (verified) {
      const organisation = await tx.organisation.findUniqueOrThrow({
        where: { id: organisationId },
        select: { name: true, slug: true },
      });
      await notify(
        {
          type: "organisation.verified",
          subject: {
            type: "Organisation",
            id: organisationId,
            title: organisation.name,
            link: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
          },
          actor: { userId: context.actorId },
          audience: {
            organisations: [{ id: organisationId, roles: ["OWNER", "EDITOR", "MEMBER"] }],
            followersOf: { type: "Organisation", id: organisationId },
          },
        },
        tx,
      );
    }
    await recordAuditEvent(
      {
        action: verified ? "organisation.verified" : "organisation.unverified",
        actorUserId: context.actorId,
        subjectType: "Organisation",
        subjectId: organisationId,
        ipAddress: context.ip,
      },
      tx,
    );
  });
  await dispatchNotifications();
}
