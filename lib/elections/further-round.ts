// A further round (dodatkowa tura). When the rules settle a tie for the last
// seats by another vote rather than by lot, the count leaves those seats open
// (lib/elections/count.ts) and, once the results are announced, the
// commission starts a further round: a new election, a draft at first, whose
// candidates are the tied ones (already accepted, with the consent and
// statement they gave) and whose seats are the open ones. It has no
// nominations: the list is public from the moment it is announced, and its
// own registry, ballots, board and count follow the usual rules.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fileStore } from "@/lib/files/store";
import { storeUpload } from "@/lib/files/stored-files";
import type { StoredResult } from "@/lib/elections/results";
import { uniqueSlug } from "@/lib/elections/mutations";
import { polishMorning } from "@/lib/time/polish-local";

type Actor = { userId: string; ip: string | null };

/** The ties the count left to a further round, or none. */
export function openTies(result: StoredResult | null): StoredResult["ties"] {
  return (result?.ties ?? []).filter((tie) => tie.resolution === "furtherRound");
}

/** Whether the commission may start a further round of this election now. */
export function furtherRoundDue(election: {
  status: string;
  result: unknown;
  furtherRound: { id: string } | null;
}): boolean {
  return (
    election.status === "RESULTS_PUBLISHED" &&
    election.furtherRound === null &&
    openTies(election.result as StoredResult | null).length > 0
  );
}

/** The photo a tied candidate gave, kept again for the new nomination (a file belongs to one nomination). */
async function copyPhoto(photoId: string | null, actor: Actor): Promise<string | null> {
  if (!photoId) return null;
  const file = await db().storedFile.findUnique({ where: { id: photoId } });
  const bytes = file ? await fileStore().get(file.storageKey) : null;
  if (!file || !bytes) return null;
  return storeUpload(
    { bytes, name: file.originalName, uploadedById: actor.userId },
    { accepted: ["webp"], maxBytes: bytes.length },
    async (_tx, copy) => copy.id,
  );
}

/**
 * Creates the further round as a draft the commission completes (voting
 * dates, votes per ballot) and announces. Refused (CONFLICT) unless the
 * results are announced with seats left to a further round and no further
 * round exists yet.
 */
export async function startFurtherRound(
  electionId: string,
  actor: Actor,
  now = new Date(),
): Promise<{ id: string; slug: string }> {
  const original = await db().election.findUnique({
    where: { id: electionId },
    include: { areas: { orderBy: { position: "asc" } }, furtherRound: { select: { id: true } } },
  });
  if (!original) throw new AppError("NOT_FOUND", "no such election");
  if (!furtherRoundDue(original))
    throw new AppError("CONFLICT", "no seats are left to a further round, or it has started");
  const ties = openTies(original.result as StoredResult | null);
  const tied = await db().nomination.findMany({
    where: { electionId, state: "ACCEPTED", id: { in: ties.flatMap((tie) => tie.candidates) } },
    orderBy: { id: "asc" },
  });
  const photos = new Map<string, string | null>();
  for (const nomination of tied) photos.set(nomination.id, await copyPhoto(nomination.photoId, actor));

  return db().$transaction(async (tx) => {
    const round = original.round + 1;
    const base = original.title.replace(/ — tura \d+$/, "");
    const title = `${base} — tura ${round}`;
    const seats = ties.reduce((sum, tie) => sum + tie.seats, 0);
    // No nominations: their dates lie before the announcement (whole minutes, as the form shows them), so the list is public at once.
    const past = new Date(Math.floor(now.getTime() / 60_000) * 60_000 - 60_000);
    const votingStartAt = polishMorning(14, now);
    const election = await tx.election.create({
      data: {
        institutionId: original.institutionId,
        slug: await uniqueSlug(title, tx),
        title,
        councilName: original.councilName,
        description: original.description,
        legalBasis: original.legalBasis,
        seats,
        votesPerBallot: Math.min(original.votesPerBallot, seats),
        fullBallotRequired: original.fullBallotRequired,
        nominationsPerOrganisation: original.nominationsPerOrganisation,
        recommendationsRequired: 0,
        requireVerified: original.requireVerified,
        territoryRule: original.territoryRule,
        registeredBefore: original.registeredBefore,
        excludeInLiquidation: original.excludeInLiquidation,
        candidateOrder: original.candidateOrder,
        tieRule: original.tieRule,
        nominationsStartAt: new Date(past.getTime() - 60_000),
        nominationsEndAt: past,
        checkEndsAt: past,
        nominationsNotifiedAt: now,
        votingStartAt,
        votingEndAt: polishMorning(21, now),
        resultsBy: polishMorning(22, now),
        furtherRoundOfId: original.id,
        round,
        createdById: actor.userId,
      },
      select: { id: true, slug: true },
    });
    // The areas with open seats, each with as many seats as the tie left.
    const areaIds = new Map<string, string>();
    for (const [position, tie] of ties.entries()) {
      const area = original.areas.find((candidate) => candidate.id === tie.areaId);
      if (!area) continue;
      const created = await tx.electionArea.create({
        data: {
          electionId: election.id,
          position,
          name: area.name,
          seats: tie.seats,
          territoryCodes: area.territoryCodes,
        },
        select: { id: true },
      });
      areaIds.set(area.id, created.id);
    }
    for (const nomination of tied) {
      await tx.nomination.create({
        data: {
          electionId: election.id,
          areaId: nomination.areaId ? (areaIds.get(nomination.areaId) ?? null) : null,
          organisationId: nomination.organisationId,
          nominatedById: nomination.nominatedById,
          candidateName: nomination.candidateName,
          candidateEmail: nomination.candidateEmail,
          candidateUserId: nomination.candidateUserId,
          statement: nomination.statement,
          photoId: photos.get(nomination.id) ?? null,
          state: "ACCEPTED",
          consentedAt: nomination.consentedAt,
          bioPublicationConsent: nomination.bioPublicationConsent,
          decidedAt: now,
          decidedById: actor.userId,
        },
      });
    }
    await recordAuditEvent(
      {
        action: "election.further_round_started",
        actorUserId: actor.userId,
        actingForInstitutionId: original.institutionId,
        subjectType: "Election",
        subjectId: election.id,
        ipAddress: actor.ip,
      },
      tx,
    );
    return election;
  });
}
