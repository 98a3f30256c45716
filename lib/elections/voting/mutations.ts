// Voting: the frozen registry, who may cast an organisation's ballot, the
// one-time code, and casting itself. A cast is one transaction: the
// participation record, the ballot and the board entry are written together
// or not at all, and the registry row is claimed with `voted = false` in its
// WHERE clause, so any number of simultaneous attempts leave one ballot.
import { createHash, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { verifySecondFactor } from "@/lib/accounts/two-factor";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { ballotCommitment, genesisHash, newTracker, trackerFingerprint } from "@/lib/elections/board/chain";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { eligibleOrganisationIds } from "@/lib/elections/participants";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import type { Locale } from "@/lib/i18n/locales";
import { queueMail } from "@/lib/jobs/enqueue";
import { voteCodeMail } from "@/lib/mail/templates";
import { platformNameIn } from "@/lib/settings/platform-name";

export type VotingRefusal =
  | "votingClosed"
  | "notAuthorisedToVote"
  | "notInRegistry"
  | "alreadyVoted"
  | "codeInvalid"
  | "codeExpired"
  | "tooManyAttempts"
  | "tooManyCodeRequests"
  | "ballotInvalid"
  | "tooFewChoices"
  | "tooManyChoices";

const CODE_VALID_MINUTES = 15;
const MAX_CODE_ATTEMPTS = 5;
/** How the voter confirms the cast: a code e-mailed for this ballot, or the app of their second factor. */
export type VoteConfirmation = "email" | "totp";
const TOTP_ATTEMPTS: RateLimit = {
  name: "vote-totp",
  limit: MAX_CODE_ATTEMPTS,
  windowSeconds: CODE_VALID_MINUTES * 60,
};
// A new code starts with a fresh count of attempts, so without this limit
// asking again and again would allow unlimited guessing: five codes an hour,
// five tries each, leave 25 guesses in a million an hour per organisation.
const CODE_REQUESTS: RateLimit = { name: "vote-code-request", limit: 5, windowSeconds: 3600 };
/** SHA-256 of the code with whose it is: a code is good only for that election, organisation and person. */
export const voteCodeHash = (key: { electionId: string; organisationId: string; userId: string }, code: string) =>
  createHash("sha256").update(`${key.electionId}:${key.organisationId}:${key.userId}:${code}`).digest("hex");

/**
 * Freezes the voter registry once voting has started: every organisation
 * eligible at that moment, by the same rules that refused single requests.
 * Idempotent (the election row is locked); the job calls it on time and a
 * cast calls it too, so voting never waits for the job.
 */
export async function freezeRegistry(electionId: string, now = new Date()): Promise<boolean> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Election" WHERE id = ${electionId} FOR UPDATE`;
      const election = await tx.election.findUniqueOrThrow({
        where: { id: electionId },
        include: { institution: { select: { territoryCode: true } } },
      });
      if (election.registryFrozenAt || election.status === "DRAFT" || now < election.votingStartAt) return false;
      const organisations = await eligibleOrganisationIds(tx, election);
      for (let start = 0; start < organisations.length; start += 5000) {
        await tx.electionVoter.createMany({
          data: organisations.slice(start, start + 5000).map((organisationId) => ({ electionId, organisationId })),
        });
      }
      await tx.election.update({
        where: { id: electionId },
        data: { registryFrozenAt: now, registrySize: organisations.length, boardHead: genesisHash(electionId) },
      });
      return true;
    },
    { timeout: 60_000 },
  );
}

/**
 * Freezes every registry whose voting has begun but which neither the job
 * nor a cast has frozen yet. Called before an organisation's seat changes:
 * a registry is the one of the moment voting began, so a move must not carry
 * an organisation into (or out of) one the job is about to freeze.
 */
export async function freezeDueRegistries(now = new Date()): Promise<void> {
  const due = await db().election.findMany({
    where: { status: "PUBLISHED", votingStartAt: { lte: now }, votingEndAt: { gt: now }, registryFrozenAt: null },
    select: { id: true },
  });
  for (const election of due) await freezeRegistry(election.id, now);
}

/** Whether the person may cast the organisation's ballot: an owner, or the representative the owners designated. */
export async function mayCastFor(
  actor: Actor,
  electionId: string,
  organisationId: string,
  client: Prisma.TransactionClient | ReturnType<typeof db> = db(),
): Promise<boolean> {
  const membership = actor.organisations.find((m) => m.organisationId === organisationId);
  if (!membership) return false;
  if (can(actor, "elections.voteForOrganisation", { organisationId })) return true;
  const designation = await client.voterDesignation.findUnique({
    where: { electionId_organisationId: { electionId, organisationId } },
    select: { userId: true },
  });
  return designation?.userId === actor.id;
}

/** Counts a hit against the limit; going over it is the voter's refusal, not a failed request. */
async function withinLimit(limit: RateLimit, subject: string, refusal: VotingRefusal): Promise<void> {
  try {
    await consumeRateLimits([{ limit, subject }]);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") throw new RuleRefusal<VotingRefusal>(refusal);
    throw error;
  }
}

async function votingElection(electionId: string, now: Date) {
  const election = await db().election.findUnique({ where: { id: electionId } });
  if (!election || election.status === "DRAFT") throw new AppError("NOT_FOUND", "no such election");
  if (electionPhaseAt(election, now) !== "voting") throw new RuleRefusal<VotingRefusal>("votingClosed");
  if (!election.registryFrozenAt) await freezeRegistry(electionId, now);
  return election;
}

/** E-mails a one-time code to the person about to cast the organisation's ballot (a new request replaces the code). */
export async function requestVoteCode(
  actor: Actor,
  input: { electionId: string; organisationId: string },
  locale: Locale,
  now = new Date(),
): Promise<void> {
  const election = await votingElection(input.electionId, now);
  if (!(await mayCastFor(actor, input.electionId, input.organisationId)))
    throw new RuleRefusal<VotingRefusal>("notAuthorisedToVote");
  const voter = await db().electionVoter.findUnique({
    where: { electionId_organisationId: input },
    select: { voted: true, organisation: { select: { name: true } } },
  });
  if (!voter) throw new RuleRefusal<VotingRefusal>("notInRegistry");
  if (voter.voted) throw new RuleRefusal<VotingRefusal>("alreadyVoted");
  // Per organisation, not per person: its owners and designated representative share one budget of guesses.
  await withinLimit(CODE_REQUESTS, `${input.electionId}:${input.organisationId}`, "tooManyCodeRequests");
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const key = { ...input, userId: actor.id };
  const data = {
    codeHash: voteCodeHash(key, code),
    expiresAt: new Date(now.getTime() + CODE_VALID_MINUTES * 60_000),
    attempts: 0,
  };
  await db().voteCode.upsert({
    where: { electionId_organisationId_userId: key },
    create: { ...key, ...data },
    update: data,
  });
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, name: true } });
  await queueMail(
    voteCodeMail({
      to: user.email,
      locale,
      platformName: await platformNameIn(locale),
      recipientName: user.name,
      code,
      organisation: voter.organisation.name,
      election: election.title,
      validMinutes: CODE_VALID_MINUTES,
    }),
  );
}

/** Why the registry row was not claimed, if the registry says why. */
async function registryRefusal(key: { electionId: string; organisationId: string }): Promise<VotingRefusal | null> {
  const voter = await db().electionVoter.findUnique({
    where: { electionId_organisationId: { electionId: key.electionId, organisationId: key.organisationId } },
    select: { voted: true },
  });
  if (!voter) return "notInRegistry";
  return voter.voted ? "alreadyVoted" : null;
}

/**
 * Checks an e-mailed code, counting the attempt first: the increment and the
 * limit are one UPDATE, whose row lock makes simultaneous guesses take turns,
 * so however many arrive together at most MAX_CODE_ATTEMPTS are compared.
 * (Reading the counter and raising it afterwards let parallel guesses all
 * pass under the limit.) The code is used up later, in the cast's statement.
 */
async function checkVoteCode(
  key: { electionId: string; organisationId: string; userId: string },
  code: string,
  now: Date,
): Promise<void> {
  const [row] = await db().$queryRaw<{ codeHash: string; expiresAt: Date }[]>`
    UPDATE "VoteCode" SET attempts = attempts + 1
    WHERE "electionId" = ${key.electionId} AND "organisationId" = ${key.organisationId} AND "userId" = ${key.userId} AND attempts < ${MAX_CODE_ATTEMPTS}
    RETURNING "codeHash", "expiresAt"`;
  if (!row) {
    const refused = await registryRefusal(key);
    if (refused) throw new RuleRefusal<VotingRefusal>(refused);
    const exists = await db().voteCode.count({ where: key });
    throw new RuleRefusal<VotingRefusal>(exists > 0 ? "tooManyAttempts" : "codeInvalid");
  }
  if (row.expiresAt <= now) throw new RuleRefusal<VotingRefusal>("codeExpired");
  if (!timingSafeEqual(Buffer.from(row.codeHash), Buffer.from(voteCodeHash(key, code))))
    throw new RuleRefusal<VotingRefusal>("codeInvalid");
}

type CastContext = { election: Awaited<ReturnType<typeof votingElection>>; candidates: Map<string, string> };
// The dates and accepted candidates cannot change once voting is open (the rules are frozen), so each
// cast need not read them again: ten seconds of memory spare two queries per ballot under load.
const castContexts = new TtlCache<CastContext>({ ttlMs: 10_000, maxEntries: 50 });

async function castContext(electionId: string, now: Date): Promise<CastContext> {
  const cached = castContexts.get(electionId);
  if (cached && electionPhaseAt(cached.election, now) === "voting") return cached;
  const election = await votingElection(electionId, now);
  const candidates = await db().nomination.findMany({
    where: { electionId, state: "ACCEPTED" },
    select: { id: true, candidateName: true },
  });
  const context = {
    election,
    candidates: new Map(candidates.map((candidate) => [candidate.id, candidate.candidateName])),
  };
  if (election.registryFrozenAt) castContexts.set(electionId, context);
  return context;
}

/**
 * A code from the voter's authenticator app, the second factor they sign in
 * with: accepted once (the time step is used up) and tried at most five times
 * in fifteen minutes, like an e-mailed code.
 */
async function confirmWithApp(actor: Actor, code: string): Promise<void> {
  await withinLimit(TOTP_ATTEMPTS, actor.id, "tooManyAttempts");
  if (!actor.twoFactorEnabled || (await verifySecondFactor(actor.id, code, { ip: null })) !== "totp")
    throw new RuleRefusal<VotingRefusal>("codeInvalid");
}

/**
 * Casts the organisation's ballot: returns the tracker (shown once, kept
 * nowhere) and the choices. The ballot row holds the choices and the
 * tracker's fingerprint only; the participation row, the `voted` flag.
 *
 * One SQL statement, so PostgreSQL makes it all or nothing: it uses up the
 * code, claims the registry row (`voted = false` in its WHERE: of any number
 * of simultaneous attempts one succeeds, the others find the row taken),
 * writes the ballot, and appends its commitment to the board, the new head
 * computed from the locked previous one (SHA-256 of "previous:commitment", as
 * lib/elections/board/chain.ts computes it). The election's row is held in KEY
 * SHARE mode by the statement and updated only at its end, so casts queue
 * there for microseconds, not for a transaction's round trips, while the
 * count (FOR UPDATE) cannot read the ballots with a cast half-way.
 */
export async function castBallot(
  actor: Actor,
  input: { electionId: string; organisationId: string; choices: string[]; code: string; method?: VoteConfirmation },
  now = new Date(),
): Promise<{ tracker: string; choices: { id: string; candidateName: string }[] }> {
  const { election, candidates } = await castContext(input.electionId, now);
  if (electionPhaseAt(election, now) !== "voting") throw new RuleRefusal<VotingRefusal>("votingClosed");
  if (!(await mayCastFor(actor, input.electionId, input.organisationId)))
    throw new RuleRefusal<VotingRefusal>("notAuthorisedToVote");
  const choices = [...new Set(input.choices)].sort();
  if (choices.length !== input.choices.length) throw new RuleRefusal<VotingRefusal>("ballotInvalid");
  if (choices.length > election.votesPerBallot) throw new RuleRefusal<VotingRefusal>("tooManyChoices");
  if (choices.length === 0 || (election.fullBallotRequired && choices.length < election.votesPerBallot))
    throw new RuleRefusal<VotingRefusal>("tooFewChoices");
  if (!choices.every((choice) => candidates.has(choice))) throw new RuleRefusal<VotingRefusal>("ballotInvalid");
  const key = { electionId: input.electionId, organisationId: input.organisationId, userId: actor.id };
  const code = input.code.trim();
  const byApp = input.method === "totp";
  if (byApp) await confirmWithApp(actor, code);
  else await checkVoteCode(key, code, now);
  const tracker = newTracker();
  const commitment = ballotCommitment(input.electionId, tracker, choices);
  // The e-mailed code (checked and counted above) is used up inside the statement, and only while
  // voting is open: a cast refused by the count keeps its code and its registry row untouched.
  const codeUse = byApp
    ? Prisma.sql`SELECT 1 WHERE EXISTS (SELECT 1 FROM open)`
    : Prisma.sql`DELETE FROM "VoteCode"
      WHERE "electionId" = ${key.electionId} AND "organisationId" = ${key.organisationId} AND "userId" = ${key.userId}
        AND "codeHash" = ${voteCodeHash(key, code)} AND "expiresAt" > ${now} AND attempts <= ${MAX_CODE_ATTEMPTS} AND EXISTS (SELECT 1 FROM open)
      RETURNING 1`;

  // `open` takes a KEY SHARE lock on the election's row: casts do not block one another (their board
  // update takes NO KEY UPDATE, which KEY SHARE allows), but the count's FOR UPDATE waits for every
  // cast in flight, and a cast arriving during the count waits for it and then finds it counted. So a
  // ballot is either committed before the count reads the ballots, or refused.
  const [outcome] = await db().$queryRaw<{ open: number; claimed: number; appended: number }[]>`
    WITH open AS (
      SELECT 1 FROM "Election"
      WHERE id = ${key.electionId} AND status = 'PUBLISHED' AND "countedAt" IS NULL AND "votingEndAt" > ${now}
      FOR KEY SHARE
    ), code AS (${codeUse}), voter AS (
      UPDATE "ElectionVoter" SET voted = true, "castById" = ${actor.id}
      WHERE "electionId" = ${key.electionId} AND "organisationId" = ${key.organisationId} AND voted = false AND EXISTS (SELECT 1 FROM code)
      RETURNING 1
    ), ballot AS (
      INSERT INTO "Ballot" (id, "electionId", fingerprint, choices)
      SELECT ${randomUUID()}, ${input.electionId}, ${trackerFingerprint(tracker)}, ${choices}::text[] WHERE EXISTS (SELECT 1 FROM voter)
      RETURNING 1
    ), head AS (
      UPDATE "Election" SET
        "boardHead" = encode(sha256(convert_to(coalesce("boardHead", ${genesisHash(input.electionId)}) || ':' || ${commitment}, 'UTF8')), 'hex'),
        "ballotsCast" = "ballotsCast" + 1
      WHERE id = ${input.electionId} AND EXISTS (SELECT 1 FROM ballot)
      RETURNING "boardHead" AS hash, "ballotsCast" - 1 AS position
    ), entry AS (
      INSERT INTO "BoardEntry" ("electionId", position, commitment, hash) SELECT ${input.electionId}, position, ${commitment}, hash FROM head
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM open)::int AS open, (SELECT count(*) FROM voter)::int AS claimed, (SELECT count(*) FROM entry)::int AS appended`;
  if (outcome!.open !== 1) throw new RuleRefusal<VotingRefusal>("votingClosed");
  // Otherwise the code was good but another attempt used it, or the registry row, at the same moment: that attempt's outcome stands.
  if (outcome!.claimed !== 1) throw new RuleRefusal<VotingRefusal>((await registryRefusal(key)) ?? "alreadyVoted");
  if (outcome!.appended !== 1) throw new AppError("CONFLICT", "the ballot was not appended to the board");
  return { tracker, choices: choices.map((id) => ({ id, candidateName: candidates.get(id)! })) };
}

/**
 * Writes an anonymous ballot and appends its commitment to the board, in the
 * caller's transaction (which has claimed the organisation's registry row):
 * the same writes as castBallot's statement, for seeding the demo.
 */
export async function appendBallot(
  tx: Prisma.TransactionClient,
  electionId: string,
  tracker: string,
  choices: string[],
): Promise<void> {
  const commitment = ballotCommitment(electionId, tracker, choices);
  await tx.$executeRaw`
    WITH ballot AS (
      INSERT INTO "Ballot" (id, "electionId", fingerprint, choices) VALUES (${randomUUID()}, ${electionId}, ${trackerFingerprint(tracker)}, ${[...choices].sort()}::text[])
      RETURNING 1
    ), head AS (
      UPDATE "Election" SET
        "boardHead" = encode(sha256(convert_to(coalesce("boardHead", ${genesisHash(electionId)}) || ':' || ${commitment}, 'UTF8')), 'hex'),
        "ballotsCast" = "ballotsCast" + 1
      WHERE id = ${electionId} AND EXISTS (SELECT 1 FROM ballot)
      RETURNING "boardHead" AS hash, "ballotsCast" - 1 AS position
    )
    INSERT INTO "BoardEntry" ("electionId", position, commitment, hash) SELECT ${electionId}, position, ${commitment}, hash FROM head`;
}

/** An owner designates which member casts the organisation's ballot (null: the owners themselves). */
export async function designateVoter(
  actor: Actor,
  input: { electionId: string; organisationId: string; userId: string | null },
  now = new Date(),
): Promise<void> {
  if (!can(actor, "elections.designateVoter", { organisationId: input.organisationId }))
    throw new AppError("FORBIDDEN", "only owners designate the voter");
  const election = await db().election.findUnique({ where: { id: input.electionId } });
  if (!election || election.status === "DRAFT") throw new AppError("NOT_FOUND", "no such election");
  if (now >= election.votingEndAt) throw new RuleRefusal<VotingRefusal>("votingClosed");
  const key = { electionId: input.electionId, organisationId: input.organisationId };
  if (input.userId === null) {
    await db().voterDesignation.deleteMany({ where: key });
    return;
  }
  const member = await db().organisationMembership.findUnique({
    where: { userId_organisationId: { userId: input.userId, organisationId: input.organisationId } },
  });
  if (!member) throw new AppError("NOT_FOUND", "not a member of the organisation");
  await db().voterDesignation.upsert({
    where: { electionId_organisationId: key },
    create: { ...key, userId: input.userId, designatedById: actor.id },
    update: { userId: input.userId, designatedById: actor.id },
  });
}
