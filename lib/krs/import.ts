// Filling or refreshing an organisation's record from KRS: what would change
// is shown first; applying fetches again (the client's copy is never
// trusted) and records every change in the audit log. The seat changes only
// within the region; an identifier that another organisation already holds
// is left alone and reported.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fetchKrsData, KrsError, type KrsFailure } from "@/lib/krs/client";
import type { KrsData } from "@/lib/krs/mapping";
import { resolveSeatGmina } from "@/lib/krs/seat";
import { log } from "@/lib/log";
import { regionCode } from "@/lib/settings/platform-name";
import { freezeDueRegistries } from "@/lib/elections/voting/mutations";

export const krsFields = [
  "name",
  "legalForm",
  "nip",
  "regon",
  "registeredOn",
  "publicBenefitStatus",
  "seat",
  "address",
  "board",
  "aims",
  "inLiquidation",
] as const;
export type KrsField = (typeof krsFields)[number];

export interface KrsChange {
  field: KrsField;
  current: string;
  incoming: string;
}

export type KrsPreview =
  | { ok: true; changes: KrsChange[]; seatOutsideRegion: boolean; taken: ("nip" | "regon")[] }
  | { ok: false; failure: KrsFailure | "KRS_MISSING" };

const organisationSelect = {
  id: true,
  krs: true,
  name: true,
  legalForm: true,
  nip: true,
  regon: true,
  registeredOn: true,
  hasPublicBenefitStatus: true,
  seatTerritoryCode: true,
  seatTerritory: { select: { name: true } },
  address: true,
  krsBoard: true,
  aims: true,
  inLiquidation: true,
} as const;

const boardText = (board: unknown) =>
  board && typeof board === "object" && "members" in board
    ? `${(board as KrsData["board"])!.body}: ${(board as KrsData["board"])!.members.map((m) => `${m.name} (${m.role})`).join(", ")}`
    : "";
const yesNo = (value: boolean) => (value ? "yes" : "no");

interface Plan {
  changes: KrsChange[];
  data: Prisma.OrganisationUpdateInput;
  seatOutsideRegion: boolean;
  taken: ("nip" | "regon")[];
}

async function plan(organisationId: string, data: KrsData): Promise<Plan> {
  const organisation = await db().organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: organisationSelect,
  });
  const region = await regionCode();
  const changes: KrsChange[] = [];
  const update: Prisma.OrganisationUpdateInput = {};
  const compare = (field: KrsField, current: string, incoming: string, apply: () => void) => {
    if (current !== incoming) {
      changes.push({ field, current, incoming });
      apply();
    }
  };
  compare("name", organisation.name, data.name, () => (update.name = data.name));
  compare("legalForm", organisation.legalForm, data.legalForm, () => (update.legalForm = data.legalForm));
  const taken: ("nip" | "regon")[] = [];
  for (const field of ["nip", "regon"] as const) {
    const incoming = data[field];
    if (!incoming || incoming === organisation[field]) continue;
    const holder = await db().organisation.findFirst({
      where: { [field]: incoming, NOT: { id: organisationId } },
      select: { id: true },
    });
    if (holder) taken.push(field);
    else compare(field, organisation[field] ?? "", incoming, () => (update[field] = incoming));
  }
  const registeredOn = organisation.registeredOn?.toISOString().slice(0, 10) ?? "";
  if (data.registeredOn)
    compare(
      "registeredOn",
      registeredOn,
      data.registeredOn,
      () => (update.registeredOn = new Date(data.registeredOn!)),
    );
  compare(
    "publicBenefitStatus",
    yesNo(organisation.hasPublicBenefitStatus),
    yesNo(data.publicBenefitStatus),
    () => (update.hasPublicBenefitStatus = data.publicBenefitStatus),
  );
  const seat = await resolveSeatGmina(data.seat);
  const seatInRegion = seat !== null && seat.startsWith(region);
  if (seatInRegion && seat !== organisation.seatTerritoryCode) {
    const territory = await db().territory.findUniqueOrThrow({ where: { code: seat }, select: { name: true } });
    compare(
      "seat",
      organisation.seatTerritory.name,
      territory.name,
      () => (update.seatTerritory = { connect: { code: seat } }),
    );
  }
  compare("address", organisation.address ?? "", data.address, () => (update.address = data.address));
  compare(
    "board",
    boardText(organisation.krsBoard),
    boardText(data.board),
    () => (update.krsBoard = data.board ?? undefined),
  );
  compare("aims", organisation.aims ?? "", data.aims ?? "", () => (update.aims = data.aims));
  compare(
    "inLiquidation",
    yesNo(organisation.inLiquidation),
    yesNo(data.inLiquidation),
    () => (update.inLiquidation = data.inLiquidation),
  );
  return { changes, data: update, seatOutsideRegion: !seatInRegion, taken };
}

async function fetchFor(
  organisationId: string,
): Promise<{ ok: true; data: KrsData } | { ok: false; failure: KrsFailure | "KRS_MISSING" }> {
  const organisation = await db().organisation.findUnique({ where: { id: organisationId }, select: { krs: true } });
  if (!organisation) throw new AppError("NOT_FOUND", organisationId);
  if (!organisation.krs) return { ok: false, failure: "KRS_MISSING" };
  try {
    return { ok: true, data: await fetchKrsData(organisation.krs) };
  } catch (error) {
    if (error instanceof KrsError) return { ok: false, failure: error.failure };
    throw error;
  }
}

export async function previewKrsImport(organisationId: string): Promise<KrsPreview> {
  const fetched = await fetchFor(organisationId);
  if (!fetched.ok) return fetched;
  const { changes, seatOutsideRegion, taken } = await plan(organisationId, fetched.data);
  return { ok: true, changes, seatOutsideRegion, taken };
}

/** Applies the register's data. `actorId` is null for the nightly refresh. */
export async function applyKrsImport(
  organisationId: string,
  context: { actorId: string | null; ip: string | null; asMember: boolean },
): Promise<KrsPreview> {
  const fetched = await fetchFor(organisationId);
  if (!fetched.ok) return fetched;
  const { changes, data, seatOutsideRegion, taken } = await plan(organisationId, fetched.data);
  // The register's new seat is the organisation's, but not in a registry whose voting has begun (lib/elections/voting/mutations.ts).
  if (data.seatTerritory) await freezeDueRegistries();
  await db().$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: organisationId }, data: { ...data, krsFetchedAt: new Date() } });
    if (changes.length > 0) {
      await tx.organisationChange.create({
        data: {
          organisationId,
          actorUserId: context.actorId,
          source: "krs",
          changes: Object.fromEntries(
            changes.map(({ field, current, incoming }) => [field, { from: current, to: incoming }]),
          ) as Prisma.InputJsonValue,
        },
      });
      await recordAuditEvent(
        {
          action: "organisation.krs_imported",
          actorUserId: context.actorId,
          actingForOrganisationId: context.asMember ? organisationId : null,
          subjectType: "Organisation",
          subjectId: organisationId,
          ipAddress: context.ip,
          details: {
            changes: changes.map(({ field, current, incoming }) => ({ field, from: current, to: incoming })),
          } as unknown as Prisma.InputJsonValue,
        },
        tx,
      );
    }
  });
  return { ok: true, changes, seatOutsideRegion, taken };
}

/** The nightly refresh of verified organisations, oldest data first, about one request a second. */
export async function refreshVerifiedFromKrs(
  limit = 300,
  pauseMs = 1000,
): Promise<{ refreshed: number; failed: number }> {
  // A demo's organisations are fictional: their numbers must never fetch a real organisation's data.
  if ((await db().instanceSettings.findUnique({ where: { id: 1 }, select: { isDemo: true } }))?.isDemo)
    return { refreshed: 0, failed: 0 };
  const organisations = await db().organisation.findMany({
    where: { verifiedAt: { not: null }, krs: { not: null } },
    orderBy: [{ krsFetchedAt: { sort: "asc", nulls: "first" } }],
    take: limit,
    select: { id: true },
  });
  let refreshed = 0;
  let failed = 0;
  for (const [index, organisation] of organisations.entries()) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const result = await applyKrsImport(organisation.id, { actorId: null, ip: null, asMember: false });
    if (result.ok) refreshed += 1;
    else {
      failed += 1;
      log.warn("KRS refresh failed", { organisationId: organisation.id, failure: result.failure });
    }
  }
  return { refreshed, failed };
}
