// After the close: the count (made once, automatically), the public board
// that anyone can download and recount, and the commission's publication.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countVotes, type CountResult } from "@/lib/elections/count";
import { electionSubject } from "@/lib/elections/nominations/mutations";
import { undecidedCandidates } from "@/lib/elections/standing";
import { registryAudience } from "@/lib/elections/voting/queries";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

export type StoredResult = CountResult & { eligible: number; cast: number; head: string };
export const BOARD_FORMAT = "ngo-platform-election-board/1";

async function candidatesOf(client: Prisma.TransactionClient | ReturnType<typeof db>, electionId: string) {
  return client.nomination.findMany({
    where: { electionId, state: "ACCEPTED" },
    select: { id: true, candidateName: true, areaId: true, organisation: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
}

/**
 * Counts the ballots once voting has closed and stores the result with the
 * turnout and the board's head. The ballots are then written again in the
 * order of their fingerprints (random), so not even the table's physical
 * order keeps the order in which they were cast.
 */
export async function countElection(electionId: string, now = new Date()): Promise<boolean> {
  return db().$transaction(
    async (tx) => {
      // The lock every cast holds in KEY SHARE mode (lib/elections/voting/mutations.ts): taking it waits for the casts
      // in flight, and casts arriving now wait for the count and are then refused, so no ballot is left out.
      await tx.$executeRaw`SELECT 1 FROM "Election" WHERE id = ${electionId} FOR UPDATE`;
      const election = await tx.election.findUniqueOrThrow({
        where: { id: electionId },
        include: { areas: { orderBy: { position: "asc" } } },
      });
      if (election.countedAt || election.status === "DRAFT" || now < election.votingEndAt) return false;
      const [candidates, ballots] = await Promise.all([
        candidatesOf(tx, electionId),
        tx.ballot.findMany({ where: { electionId }, select: { id: true, fingerprint: true, choices: true } }),
      ]);
      const counted = countVotes({
        seats: election.seats,
        areas: election.areas.map((area) => ({ id: area.id, seats: area.seats })),
        candidates: candidates.map((candidate) => ({ id: candidate.id, areaId: candidate.areaId })),
        ballots,
        tieRule: election.tieRule,
        drawSeed: election.drawSeed!,
      });
      const result: StoredResult = {
        ...counted,
        eligible: election.registrySize ?? 0,
        cast: election.ballotsCast,
        head: election.boardHead ?? "",
      };
      const shuffled = [...ballots].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
      await tx.ballot.deleteMany({ where: { electionId } });
      if (shuffled.length > 0)
        await tx.ballot.createMany({ data: shuffled.map((ballot) => ({ ...ballot, electionId })) });
      await tx.election.update({
        where: { id: electionId },
        data: { countedAt: now, result: result as unknown as Prisma.InputJsonValue },
      });
      return true;
    },
    { timeout: 60_000 },
  );
}

/** The commission announces the counted results; participants and followers are told. */
export async function publishResults(
  actor: { userId: string; ip: string | null },
  electionId: string,
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const election = await tx.election.findUniqueOrThrow({
      where: { id: electionId },
      include: { institution: { select: { territoryCode: true } } },
    });
    if (!election.countedAt || election.status !== "PUBLISHED")
      throw new AppError("CONFLICT", "results are published once, after the count");
    await tx.election.update({
      where: { id: electionId },
      data: { status: "RESULTS_PUBLISHED", resultsPublishedAt: now },
    });
    const candidates = await tx.nomination.findMany({
      where: { electionId, state: "ACCEPTED", candidateUserId: { not: null } },
      select: { candidateUserId: true },
    });
    await notify(
      {
        type: "election.results_published",
        subject: electionSubject(election),
        actor: { userId: actor.userId, institutionId: election.institutionId },
        audience: {
          organisations: await registryAudience(tx, electionId, { roles: ["OWNER", "EDITOR"] }),
          users: candidates.flatMap((candidate) => (candidate.candidateUserId ? [candidate.candidateUserId] : [])),
          topic: { territoryCodes: [election.institution.territoryCode], institutionId: election.institutionId },
        },
        // A tie left to a further round is not a final result: the notice says so.
        data: { tie: undecidedCandidates(election.result).length > 0 ? "yes" : "no" },
      },
      tx,
    );
    await recordAuditEvent(
      {
        action: "election.results_published",
        actorUserId: actor.userId,
        actingForInstitutionId: election.institutionId,
        subjectType: "Election",
        subjectId: electionId,
        ipAddress: actor.ip,
      },
      tx,
    );
  });
  await dispatchNotifications();
}

export type BoardFile = {
  format: typeof BOARD_FORMAT;
  election: {
    id: string;
    title: string;
    seats: number;
    votesPerBallot: number;
    fullBallotRequired: boolean;
    tieRule: "DRAW" | "FURTHER_ROUND";
    drawSeed: string;
    areas: { id: string; name: string; seats: number }[];
    candidates: { id: string; name: string; areaId: string | null; organisation: string }[];
    eligible: number;
  };
  chain: { position: number; commitment: string; hash: string }[];
  head: string;
  /** In the order of their fingerprints: nothing about the order of casting. */
  ballots: { fingerprint: string; choices: string[] }[];
  result: CountResult | null;
};

/** The board as anyone may download it: the chain always; the ballots and the result once counted. */
export async function boardFile(electionId: string): Promise<BoardFile | null> {
  const election = await db().election.findUnique({
    where: { id: electionId },
    include: { areas: { orderBy: { position: "asc" } } },
  });
  if (!election || election.status === "DRAFT" || !election.registryFrozenAt) return null;
  const counted = election.countedAt !== null;
  const [candidates, chain, ballots] = await Promise.all([
    candidatesOf(db(), electionId),
    db().boardEntry.findMany({
      where: { electionId },
      select: { position: true, commitment: true, hash: true },
      orderBy: { position: "asc" },
    }),
    counted
      ? db().ballot.findMany({
          where: { electionId },
          select: { fingerprint: true, choices: true },
          orderBy: { fingerprint: "asc" },
        })
      : [],
  ]);
  const stored = election.result as unknown as StoredResult | null;
  return {
    format: BOARD_FORMAT,
    election: {
      id: election.id,
      title: election.title,
      seats: election.seats,
      votesPerBallot: election.votesPerBallot,
      fullBallotRequired: election.fullBallotRequired,
      tieRule: election.tieRule,
      drawSeed: election.drawSeed ?? "",
      areas: election.areas.map((area) => ({ id: area.id, name: area.name, seats: area.seats })),
      candidates: candidates.map((candidate) => ({
        id: candidate.id,
        name: candidate.candidateName,
        areaId: candidate.areaId,
        organisation: candidate.organisation.name,
      })),
      eligible: election.registrySize ?? 0,
    },
    chain,
    head: election.boardHead ?? "",
    ballots,
    result: stored ? { votes: stored.votes, groups: stored.groups, elected: stored.elected, ties: stored.ties } : null,
  };
}
