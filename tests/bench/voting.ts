// Voting under load for `npm run bench`: an election whose registry holds
// 5,000 organisations of the bench directory, each casting its ballot (code
// checked, registry row claimed, ballot written, board entry appended) from
// 200 concurrent callers of the same code the server action runs; then the
// count of 5,000 ballots and the recount of the downloaded board, timed.
// A fresh election every run: ballots cannot be cast twice.
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/auth/permissions";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { createElection, publishElection } from "@/lib/elections/mutations";
import { electionFieldsWith } from "@/lib/elections/schemas";
import { boardFile, countElection } from "@/lib/elections/results";
import { verifyBoard } from "@/lib/elections/verify";
import { castBallot, voteCodeHash } from "@/lib/elections/voting";
import { setDatabaseUrl } from "@/lib/env";
import { polishMorning } from "@/lib/time/polish-local";

export const BENCH_VOTERS = 5_000;
const CLIENTS = 200;
const TITLE = "Wybory testowe (bench)";
const DAY = 24 * 3600 * 1000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchVoting(port: number) {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    await client.election.deleteMany({ where: { title: TITLE } });
    const institution = await client.institution.findFirstOrThrow({
      where: { territoryCode: "16" },
      select: { id: true },
    });
    const admin = await client.user.findFirstOrThrow({
      where: { platformRole: "ADMINISTRATOR" },
      select: { id: true },
    });
    const now = new Date();
    const { id } = await createElection(
      institution.id,
      electionFieldsWith({
        title: TITLE,
        councilName: "Rada Działalności Pożytku Publicznego (bench)",
        description: "Wybory do pomiaru wydajności głosowania: 5000 organizacji, 200 jednoczesnych głosujących.",
        seats: 9,
        votesPerBallot: 3,
        requireVerified: false,
        nominationsStartAt: polishMorning(1, now),
        nominationsEndAt: polishMorning(2, now),
        checkEndsAt: polishMorning(3, now),
        votingStartAt: polishMorning(4, now),
        votingEndAt: polishMorning(5, now),
        resultsBy: polishMorning(6, now),
      }),
      { userId: admin.id, ip: null },
    );
    await publishElection(id, { userId: admin.id, ip: null }, now);
    const organisations = await client.organisation.findMany({
      select: { id: true },
      orderBy: { id: "asc" },
      take: BENCH_VOTERS + 12,
    });
    const [nominators, voters] = [organisations.slice(0, 12), organisations.slice(12).map((o) => o.id)];
    const candidates: string[] = [];
    for (const [index, nominator] of nominators.entries()) {
      const nomination = await client.nomination.create({
        data: {
          electionId: id,
          organisationId: nominator.id,
          candidateName: `Kandydat ${index + 1}`,
          candidateEmail: `kandydat${index + 1}@bench.example.org`,
          statement: "Kandydat do pomiaru wydajności.",
          state: "ACCEPTED",
          consentedAt: now,
          bioPublicationConsent: true,
        },
        select: { id: true },
      });
      candidates.push(nomination.id);
    }
    // Voting open since an hour; the registry frozen with the 5,000 organisations.
    await client.election.update({
      where: { id },
      data: {
        nominationsStartAt: new Date(now.getTime() - 10 * DAY),
        nominationsEndAt: new Date(now.getTime() - 8 * DAY),
        checkEndsAt: new Date(now.getTime() - 5 * DAY),
        votingStartAt: new Date(now.getTime() - 3600_000),
        votingEndAt: new Date(now.getTime() + DAY),
        registryFrozenAt: now,
        registrySize: voters.length,
        nominationsNotifiedAt: now,
        votingNotifiedAt: now,
        votingReminderAt: now,
      },
    });
    await client.electionVoter.createMany({
      data: voters.map((organisationId) => ({ electionId: id, organisationId })),
    });
    const userId = admin.id;
    await client.voteCode.createMany({
      data: voters.map((organisationId) => ({
        electionId: id,
        organisationId,
        userId,
        codeHash: voteCodeHash({ electionId: id, organisationId, userId }, "123456"),
        expiresAt: new Date(now.getTime() + DAY),
      })),
    });

    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let index = next++; index < voters.length; index = next++) {
          const organisationId = voters[index]!;
          const actor: Actor = {
            id: userId,
            platformRole: "RESIDENT",
            twoFactorEnabled: false,
            organisations: [{ organisationId, role: "OWNER" }],
            institutions: [],
          };
          const choices = [candidates[index % 12]!, candidates[(index * 7 + 3) % 12]!].filter(
            (value, position, all) => all.indexOf(value) === position,
          );
          const begun = performance.now();
          try {
            await castBallot(actor, { electionId: id, organisationId, choices, code: "123456" });
          } catch {
            errors++;
          }
          latencies.push(performance.now() - begun);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const [ballots, entries, voted] = await Promise.all([
      client.ballot.count({ where: { electionId: id } }),
      client.boardEntry.count({ where: { electionId: id } }),
      client.electionVoter.count({ where: { electionId: id, voted: true } }),
    ]);

    await client.election.update({ where: { id }, data: { votingEndAt: new Date(Date.now() - 1000) } });
    const countStarted = performance.now();
    await countElection(id);
    const countMs = Math.round(performance.now() - countStarted);
    const recountStarted = performance.now();
    const verification = verifyBoard((await boardFile(id))!);
    const recountMs = Math.round(performance.now() - recountStarted);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      name: "vote-cast",
      voters: voters.length,
      clients: CLIENTS,
      p50_ms: round(percentile(latencies, 50)),
      p95_ms: round(percentile(latencies, 95)),
      casts_per_s: round(voters.length / elapsed),
      errors,
      ballots,
      duplicate_ballots: ballots - voted,
      board_entries: entries,
      count_ms: countMs,
      recount_ms: recountMs,
      recount_ok: verification.ok,
    };
  } finally {
    await disconnectDb();
  }
}
