// Reading the board for its page: a page of ballots (by fingerprint) once
// counted, one ballot by its tracker's fingerprint, or the latest chain
// entries during voting. Never anything about who voted.
import { db } from "@/lib/db/client";

const PAGE_SIZE = 100;

export async function boardPage(electionId: string, page: number, fingerprint: string | null) {
  const [candidates, total, ballots, found, chain] = await Promise.all([
    db().nomination.findMany({ where: { electionId, state: "ACCEPTED" }, select: { id: true, candidateName: true } }),
    db().ballot.count({ where: { electionId } }),
    db().ballot.findMany({
      where: { electionId },
      select: { fingerprint: true, choices: true },
      orderBy: { fingerprint: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    fingerprint
      ? db().ballot.findFirst({ where: { electionId, fingerprint }, select: { fingerprint: true, choices: true } })
      : null,
    db().boardEntry.findMany({
      where: { electionId },
      select: { position: true, commitment: true, hash: true },
      orderBy: { position: "desc" },
      take: 20,
    }),
  ]);
  return {
    candidates: new Map(candidates.map((candidate) => [candidate.id, candidate.candidateName])),
    total,
    ballots,
    found,
    chain,
    pageSize: PAGE_SIZE,
  };
}
