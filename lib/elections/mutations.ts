// The commission's changes to an election. The rules may change until
// nominations open; from then on candidates, recommenders and voters rely on
// them, so they are frozen (lib/elections/lifecycle.ts).
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newDrawSeed } from "@/lib/elections/draw";
import { electionPhaseAt, rulesEditable } from "@/lib/elections/lifecycle";
import type { ElectionFields } from "@/lib/elections/schemas";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { firstFreeSlug, slugify } from "@/lib/text/slug";

type Actor = { userId: string; ip: string | null };

/** Thrown with the problems that the form shows on its fields. */
export class ElectionRuleError extends FieldRuleError {
  override name = "ElectionRuleError";
}

export async function uniqueSlug(title: string, tx: Prisma.TransactionClient): Promise<string> {
  return firstFreeSlug(
    slugify(title, 60) || "wybory",
    async (slug) => (await tx.election.count({ where: { slug } })) > 0,
  );
}

/** Areas must lie inside the council's territory and name units that exist. */
async function checkAreas(tx: Prisma.TransactionClient, institutionId: string, fields: ElectionFields): Promise<void> {
  if (fields.areas.length === 0) return;
  const { territoryCode } = await tx.institution.findUniqueOrThrow({
    where: { id: institutionId },
    select: { territoryCode: true },
  });
  const codes = fields.areas.flatMap((area) => area.territoryCodes);
  const known = new Set(
    (await tx.territory.findMany({ where: { code: { in: codes } }, select: { code: true } })).map(
      (territory) => territory.code,
    ),
  );
  const problems = fields.areas.flatMap((area) =>
    area.territoryCodes.some((code) => !known.has(code) || !code.startsWith(territoryCode) || code === territoryCode)
      ? [{ field: "areas", message: "electionAreaOutsideTerritory" }]
      : [],
  );
  if (problems.length > 0) throw new ElectionRuleError(problems);
}

async function writeAreas(tx: Prisma.TransactionClient, electionId: string, fields: ElectionFields): Promise<void> {
  await tx.electionArea.deleteMany({ where: { electionId } });
  if (fields.areas.length > 0) {
    await tx.electionArea.createMany({
      data: fields.areas.map((area, position) => ({
        electionId,
        position,
        name: area.name,
        seats: area.seats,
        territoryCodes: area.territoryCodes,
      })),
    });
  }
}

const recordData = ({ areas: _areas, ...data }: ElectionFields) => data;

export async function createElection(
  institutionId: string,
  fields: ElectionFields,
  actor: Actor,
): Promise<{ id: string; slug: string }> {
  return db().$transaction(async (tx) => {
    await checkAreas(tx, institutionId, fields);
    const election = await tx.election.create({
      data: {
        ...recordData(fields),
        institutionId,
        slug: await uniqueSlug(fields.title, tx),
        createdById: actor.userId,
      },
      select: { id: true, slug: true },
    });
    await writeAreas(tx, election.id, fields);
    await recordAuditEvent(
      {
        action: "election.created",
        actorUserId: actor.userId,
        actingForInstitutionId: institutionId,
        subjectType: "Election",
        subjectId: election.id,
        ipAddress: actor.ip,
      },
      tx,
    );
    return election;
  });
}

/**
 * A further round's seats, areas and nominations come from the tie it
 * settles (lib/elections/further-round.ts), so its form changes the rest only.
 */
const furtherRoundData = (
  fields: ElectionFields,
  current: {
    seats: number;
    nominationsPerOrganisation: number;
    recommendationsRequired: number;
    nominationsStartAt: Date;
    nominationsEndAt: Date;
    checkEndsAt: Date;
  },
) => ({
  ...recordData(fields),
  seats: current.seats,
  nominationsPerOrganisation: current.nominationsPerOrganisation,
  recommendationsRequired: current.recommendationsRequired,
  nominationsStartAt: current.nominationsStartAt,
  nominationsEndAt: current.nominationsEndAt,
  checkEndsAt: current.checkEndsAt,
});

/** Saves the rules of a draft, or of a published election before nominations open; refused (CONFLICT) after. */
export async function updateElection(
  electionId: string,
  fields: ElectionFields,
  actor: Actor,
  now = new Date(),
): Promise<{ slug: string }> {
  return db().$transaction(async (tx) => {
    const current = await tx.election.findUniqueOrThrow({ where: { id: electionId } });
    if (!rulesEditable(electionPhaseAt(current, now)))
      throw new AppError("CONFLICT", "the rules are frozen once nominations open");
    if (current.furtherRoundOfId) {
      if (fields.votesPerBallot > current.seats)
        throw new ElectionRuleError([{ field: "votesPerBallot", message: "electionVotesMoreThanSeats" }]);
      await tx.election.update({ where: { id: electionId }, data: furtherRoundData(fields, current) });
    } else {
      await checkAreas(tx, current.institutionId, fields);
      if (current.status === "PUBLISHED") checkPublishable(current, fields, now);
      await tx.election.update({ where: { id: electionId }, data: recordData(fields) });
      await writeAreas(tx, electionId, fields);
    }
    await recordAuditEvent(
      {
        action: "election.edited",
        actorUserId: actor.userId,
        actingForInstitutionId: current.institutionId,
        subjectType: "Election",
        subjectId: electionId,
        ipAddress: actor.ip,
      },
      tx,
    );
    return { slug: current.slug };
  });
}

/** What opens first must not have opened already: nominations, or a further round's voting (it has no nominations). */
function checkPublishable(
  election: { furtherRoundOfId: string | null },
  dates: { nominationsStartAt: Date; votingStartAt: Date },
  now: Date,
): void {
  // Five minutes' grace: "now" typed into the form is a little in the past by the time it is saved.
  const graceStart = now.getTime() - 5 * 60_000;
  if (election.furtherRoundOfId) {
    if (dates.votingStartAt.getTime() < graceStart)
      throw new ElectionRuleError([{ field: "votingStartAt", message: "electionVotingStartInPast" }]);
  } else if (dates.nominationsStartAt.getTime() < graceStart)
    throw new ElectionRuleError([{ field: "nominationsStartAt", message: "electionNominationsStartInPast" }]);
}

/**
 * Publishes a draft: the rules page goes public and the draw seed is fixed
 * (once: publishing again after taking it back keeps the same seed, so nobody
 * can try seeds until one suits them).
 */
export async function publishElection(electionId: string, actor: Actor, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.election.findUniqueOrThrow({ where: { id: electionId } });
    if (current.status !== "DRAFT") throw new AppError("CONFLICT", "election not a draft");
    checkPublishable(current, current, now);
    await tx.election.update({
      where: { id: electionId },
      data: { status: "PUBLISHED", publishedAt: now, drawSeed: current.drawSeed ?? newDrawSeed() },
    });
    await recordAuditEvent(
      {
        action: "election.published",
        actorUserId: actor.userId,
        actingForInstitutionId: current.institutionId,
        subjectType: "Election",
        subjectId: electionId,
        ipAddress: actor.ip,
      },
      tx,
    );
  });
}

/** Takes a published election back to draft, only before nominations open. */
export async function unpublishElection(electionId: string, actor: Actor, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.election.findUniqueOrThrow({ where: { id: electionId } });
    if (electionPhaseAt(current, now) !== "announced")
      throw new AppError("CONFLICT", "only an election whose nominations have not opened returns to draft");
    await tx.election.update({ where: { id: electionId }, data: { status: "DRAFT", publishedAt: null } });
    await recordAuditEvent(
      {
        action: "election.unpublished",
        actorUserId: actor.userId,
        actingForInstitutionId: current.institutionId,
        subjectType: "Election",
        subjectId: electionId,
        ipAddress: actor.ip,
      },
      tx,
    );
  });
}
