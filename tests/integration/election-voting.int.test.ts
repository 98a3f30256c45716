import { generateSecret, generateSync } from "otplib";
import { sealSecret } from "@/lib/security/secret-box";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { advanceElections } from "@/lib/elections/advance";
import { trackerFingerprint } from "@/lib/elections/board";
import { startFurtherRound } from "@/lib/elections/further-round";
import { storeUpload } from "@/lib/files/stored-files";
import sharp from "sharp";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { createElection, publishElection, updateElection } from "@/lib/elections/mutations";
import { consentByToken, decideNomination, nominate } from "@/lib/elections/nominations";
import { boardFile, countElection, publishResults } from "@/lib/elections/results";
import { verifyBoard } from "@/lib/elections/verify";
import { castBallot, designateVoter, freezeRegistry, requestVoteCode } from "@/lib/elections/voting";
import { editOrganisation } from "@/lib/organisations/records";
import type { ElectionFields } from "@/lib/elections/schemas";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { electionFields } from "@/tests/factories/elections";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor, createMember, createOfficial } from "@/tests/factories/people";
import { drainQueue } from "@/tests/helpers/jobs";

const HOUR = 3600 * 1000;
/** Votes for these organisations: their owner, with two-factor authentication on (casting a ballot can ask for its code). */
const ownerOf = (...organisationIds: string[]) =>
  createActor({ twoFactor: true, organisations: organisationIds.map((id) => ({ id, role: "OWNER" })) });
const organisation = (name: string) =>
  createOrganisation({ name, verifiedAt: new Date(), seatTerritoryCode: "1607053" });

async function lastMailTo(email: string): Promise<string> {
  await drainQueue("mail-send");
  return (await db().devMailboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } })).text;
}
const codeFrom = (text: string) => /\b(\d{6})\b/.exec(text)![1]!;

let institutionId: string;
let commission: Actor;
beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (
    await createInstitution({ name: "Województwo Opolskie", kind: "VOIVODESHIP_OFFICE", territoryCode: "16" })
  ).id;
  commission = await createOfficial(institutionId, "ADMINISTRATOR");
});

/** A published election with `names` accepted as candidates during nominations (on the election's own clock). */
async function electionWithCandidates(names: string[], overrides: Partial<ElectionFields> = {}) {
  const { id } = await createElection(institutionId, electionFields(overrides), { userId: commission.id, ip: null });
  await publishElection(id, { userId: commission.id, ip: null });
  const election = await db().election.findUniqueOrThrow({ where: { id } });
  const during = new Date(election.nominationsStartAt.getTime() + HOUR);
  const candidates: string[] = [];
  for (const name of names) {
    const nominator = await organisation(`Zgłaszający ${name}`);
    const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${id}@example.org`;
    const made = await nominate(
      await ownerOf(nominator.id),
      {
        electionId: id,
        organisationId: nominator.id,
        areaId: null,
        candidateName: name,
        candidateEmail: email,
        statement: "Doświadczona działaczka organizacji pozarządowych.",
        recommendingOrganisationIds: [],
        locale: "pl",
      },
      { ip: null, locale: "pl" },
      during,
    );
    const token = new URL(/https?:\/\/\S+\?token=[\w-]+/.exec(await lastMailTo(email))![0]).searchParams.get("token")!;
    await consentByToken(token, { consent: true, bioPublicationConsent: true }, { userId: null, ip: null }, during);
    await decideNomination(
      { userId: commission.id, ip: null },
      { nominationId: made.id, decision: "ACCEPTED", reason: "" },
      during,
    );
    candidates.push(made.id);
  }
  return {
    election,
    candidates,
    voting: new Date(election.votingStartAt.getTime() + HOUR),
    closed: new Date(election.votingEndAt.getTime() + 1000),
  };
}

async function codeFor(actor: Actor, electionId: string, organisationId: string, now: Date): Promise<string> {
  await requestVoteCode(actor, { electionId, organisationId }, "pl", now);
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
  return codeFrom(await lastMailTo(user.email));
}

describe("voting", () => {
  it("runs from the frozen registry through secret ballots to a count anyone can verify from the board", async () => {
    const voters = [
      await organisation("Głosująca A"),
      await organisation("Głosująca B"),
      await organisation("Głosująca C"),
    ];
    const { election, candidates, voting, closed } = await electionWithCandidates(["Anna", "Beata", "Celina"], {
      seats: 2,
      votesPerBallot: 2,
    });
    // Before voting, nothing is frozen and nothing can be cast.
    const owner = await ownerOf(voters[0]!.id, voters[1]!.id);
    await expect(
      requestVoteCode(
        owner,
        { electionId: election.id, organisationId: voters[0]!.id },
        "pl",
        new Date(election.votingStartAt.getTime() - 1000),
      ),
    ).rejects.toEqual(new RuleRefusal("votingClosed"));

    const opened = await advanceElections(voting);
    expect(opened.votingOpened).toContain(election.id);
    const frozen = await db().election.findUniqueOrThrow({ where: { id: election.id } });
    expect(frozen.registrySize).toBe(await db().electionVoter.count({ where: { electionId: election.id } }));
    // Organisations added after the freeze are not in the registry.
    const laterOne = await organisation("Później dodana");
    const laterOwner = await ownerOf(laterOne.id);
    await expect(
      requestVoteCode(laterOwner, { electionId: election.id, organisationId: laterOne.id }, "pl", voting),
    ).rejects.toEqual(new RuleRefusal("notInRegistry"));

    // One person representing two organisations casts each ballot separately, with its own code.
    const codeA = await codeFor(owner, election.id, voters[0]!.id, voting);
    await expect(
      castBallot(
        owner,
        {
          electionId: election.id,
          organisationId: voters[0]!.id,
          choices: [candidates[0]!],
          code: "000000" === codeA ? "111111" : "000000",
        },
        voting,
      ),
    ).rejects.toEqual(new RuleRefusal("codeInvalid"));
    await expect(
      castBallot(
        owner,
        { electionId: election.id, organisationId: voters[0]!.id, choices: candidates, code: codeA },
        voting,
      ),
    ).rejects.toEqual(new RuleRefusal("tooManyChoices"));
    const ballotA = await castBallot(
      owner,
      {
        electionId: election.id,
        organisationId: voters[0]!.id,
        choices: [candidates[0]!, candidates[1]!],
        code: codeA,
      },
      voting,
    );
    expect(ballotA.tracker).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(ballotA.choices.map((c) => c.candidateName).sort()).toEqual(["Anna", "Beata"]);
    await expect(
      requestVoteCode(owner, { electionId: election.id, organisationId: voters[0]!.id }, "pl", voting),
    ).rejects.toEqual(new RuleRefusal("alreadyVoted"));
    const codeB = await codeFor(owner, election.id, voters[1]!.id, voting);
    const ballotB = await castBallot(
      owner,
      { electionId: election.id, organisationId: voters[1]!.id, choices: [candidates[0]!], code: codeB },
      voting,
    );

    // A member who is not an owner may cast only once designated by an owner.
    const member = await createMember(voters[2]!.id, "MEMBER", { twoFactor: true });
    await expect(
      requestVoteCode(member, { electionId: election.id, organisationId: voters[2]!.id }, "pl", voting),
    ).rejects.toEqual(new RuleRefusal("notAuthorisedToVote"));
    const ownerC = await ownerOf(voters[2]!.id);
    await designateVoter(ownerC, { electionId: election.id, organisationId: voters[2]!.id, userId: member.id }, voting);
    const codeC = await codeFor(member, election.id, voters[2]!.id, voting);
    // A code expires.
    await expect(
      castBallot(
        member,
        { electionId: election.id, organisationId: voters[2]!.id, choices: [candidates[1]!], code: codeC },
        new Date(voting.getTime() + 16 * 60_000),
      ),
    ).rejects.toEqual(new RuleRefusal("codeExpired"));
    await castBallot(
      member,
      {
        electionId: election.id,
        organisationId: voters[2]!.id,
        choices: [candidates[1]!, candidates[2]!],
        code: codeC,
      },
      voting,
    );

    // After the end nothing is accepted, by the server's clock.
    await expect(
      requestVoteCode(laterOwner, { electionId: election.id, organisationId: laterOne.id }, "pl", closed),
    ).rejects.toEqual(new RuleRefusal("votingClosed"));

    // The board during voting: the chain only.
    const during = (await boardFile(election.id))!;
    expect(during.chain).toHaveLength(3);
    expect(during.ballots).toEqual([]);
    const headSeenDuringVoting = during.chain[1]!.hash;

    expect((await advanceElections(closed)).counted).toContain(election.id);
    const board = (await boardFile(election.id))!;
    const verification = verifyBoard(board, [headSeenDuringVoting]);
    expect(verification).toMatchObject({ ok: true, entries: 3, ballots: 3 });
    expect(board.result!.votes).toEqual({ [candidates[0]!]: 2, [candidates[1]!]: 2, [candidates[2]!]: 1 });
    expect([...board.result!.elected].sort()).toEqual([candidates[0]!, candidates[1]!].sort());
    // Each voter finds their ballot by the tracker's fingerprint, with their choices.
    expect(board.ballots.find((b) => b.fingerprint === trackerFingerprint(ballotA.tracker))?.choices.sort()).toEqual(
      [candidates[0]!, candidates[1]!].sort(),
    );
    expect(board.ballots.find((b) => b.fingerprint === trackerFingerprint(ballotB.tracker))?.choices).toEqual([
      candidates[0]!,
    ]);
    // Published in fingerprint order, not in the order of casting.
    expect(board.ballots.map((b) => b.fingerprint)).toEqual([...board.ballots.map((b) => b.fingerprint)].sort());

    // A tampered board fails the recount.
    const forged = structuredClone(board);
    forged.ballots[0]!.choices = [candidates[2]!];
    expect(verifyBoard(forged).problems).toContainEqual({ kind: "resultMismatch", field: "votes" });
    const rewritten = structuredClone(board);
    rewritten.chain[1]!.commitment = "0".repeat(64);
    expect(verifyBoard(rewritten).problems).toContainEqual({ kind: "chainBroken", position: 1 });

    await publishResults({ userId: commission.id, ip: null }, election.id);
    expect(
      await db().notificationEvent.count({ where: { type: "election.results_published", subjectId: election.id } }),
    ).toBe(1);
  });

  it("keeps exactly one ballot when two hundred attempts to vote for one organisation arrive together", async () => {
    const voter = await organisation("Organizacja pod obciążeniem");
    const { election, candidates, voting } = await electionWithCandidates(["Dorota"], { seats: 1, votesPerBallot: 1 });
    await freezeRegistry(election.id, voting);
    const owner = await ownerOf(voter.id);
    const code = await codeFor(owner, election.id, voter.id, voting);
    const attempts = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        castBallot(
          owner,
          { electionId: election.id, organisationId: voter.id, choices: [candidates[0]!], code },
          voting,
        ),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts)
      if (attempt.status === "rejected") expect(attempt.reason).toBeInstanceOf(RuleRefusal);
    expect(await db().ballot.count({ where: { electionId: election.id } })).toBe(1);
    expect(await db().boardEntry.count({ where: { electionId: election.id } })).toBe(1);
    expect((await db().election.findUniqueOrThrow({ where: { id: election.id } })).ballotsCast).toBe(1);
  });

  it("leaves a complete ballot with its participation record, or neither, when casting fails half-way", async () => {
    const voter = await organisation("Organizacja z awarią");
    const { election, candidates, voting } = await electionWithCandidates(["Ewa"], { seats: 1, votesPerBallot: 1 });
    await freezeRegistry(election.id, voting);
    const owner = await ownerOf(voter.id);
    const code = await codeFor(owner, election.id, voter.id, voting);
    // The last write fails: a board entry already stands where this ballot's would go.
    await db().boardEntry.create({
      data: { electionId: election.id, position: 0, commitment: "0".repeat(64), hash: "0".repeat(64) },
    });
    await expect(
      castBallot(owner, { electionId: election.id, organisationId: voter.id, choices: [candidates[0]!], code }, voting),
    ).rejects.toThrow();
    await db().boardEntry.delete({ where: { electionId_position: { electionId: election.id, position: 0 } } });
    expect(await db().ballot.count({ where: { electionId: election.id } })).toBe(0);
    expect(await db().boardEntry.count({ where: { electionId: election.id } })).toBe(0);
    expect((await db().election.findUniqueOrThrow({ where: { id: election.id } })).ballotsCast).toBe(0);
    expect(
      (
        await db().electionVoter.findUniqueOrThrow({
          where: { electionId_organisationId: { electionId: election.id, organisationId: voter.id } },
        })
      ).voted,
    ).toBe(false);
    // Nothing was used up: the same code casts the ballot now.
    await castBallot(
      owner,
      { electionId: election.id, organisationId: voter.id, choices: [candidates[0]!], code },
      voting,
    );
    expect(await db().ballot.count({ where: { electionId: election.id } })).toBe(1);
    expect(
      (
        await db().electionVoter.findUniqueOrThrow({
          where: { electionId_organisationId: { electionId: election.id, organisationId: voter.id } },
        })
      ).voted,
    ).toBe(true);
  });
});

describe("the e-mailed code", () => {
  it("counts fifty parallel wrong guesses before comparing: five are counted, the rest refused, and the code stays locked", async () => {
    const voter = await organisation("Organizacja zgadywana");
    const { election, candidates, voting } = await electionWithCandidates(["Halina"], { seats: 1, votesPerBallot: 1 });
    await freezeRegistry(election.id, voting);
    const owner = await ownerOf(voter.id);
    const code = await codeFor(owner, election.id, voter.id, voting);
    const wrong = (i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0");
    const ballot = (guess: string) => ({
      electionId: election.id,
      organisationId: voter.id,
      choices: [candidates[0]!],
      code: guess,
    });
    const guesses = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => castBallot(owner, ballot(wrong(i)), voting)),
    );
    const refusals = guesses.map((guess) =>
      guess.status === "rejected" && guess.reason instanceof RuleRefusal ? guess.reason.refusal : "other",
    );
    expect(refusals.filter((refusal) => refusal === "codeInvalid")).toHaveLength(5);
    expect(refusals.filter((refusal) => refusal === "tooManyAttempts")).toHaveLength(45);
    const row = await db().voteCode.findUniqueOrThrow({
      where: {
        electionId_organisationId_userId: { electionId: election.id, organisationId: voter.id, userId: owner.id },
      },
    });
    expect(row.attempts).toBe(5);
    // Locked: even the right code no longer opens the ballot.
    await expect(castBallot(owner, ballot(code), voting)).rejects.toEqual(new RuleRefusal("tooManyAttempts"));
    expect(await db().ballot.count({ where: { electionId: election.id } })).toBe(0);
  });

  it("refuses code requests beyond the hourly limit for the organisation, whoever asks", async () => {
    const [voter, other] = [
      await organisation("Organizacja prosząca o kody"),
      await organisation("Inna organizacja tej osoby"),
    ];
    const { election, candidates, voting } = await electionWithCandidates(["Irena"], { seats: 1, votesPerBallot: 1 });
    await freezeRegistry(election.id, voting);
    const [owner, secondOwner] = [await ownerOf(voter.id, other.id), await ownerOf(voter.id)];
    const request = (actor: Actor) =>
      requestVoteCode(actor, { electionId: election.id, organisationId: voter.id }, "pl", voting);
    for (let i = 0; i < 5; i++) await request(i % 2 === 0 ? owner : secondOwner);
    await expect(request(owner)).rejects.toEqual(new RuleRefusal("tooManyCodeRequests"));
    await expect(request(secondOwner)).rejects.toEqual(new RuleRefusal("tooManyCodeRequests"));
    // The limit is the organisation's: another organisation of the same person still gets its code.
    await expect(codeFor(owner, election.id, other.id, voting)).resolves.toMatch(/^\d{6}$/);
    // The last code sent before the limit still works.
    const user = await db().user.findUniqueOrThrow({ where: { id: secondOwner.id } });
    const last = codeFrom(await lastMailTo(user.email));
    await castBallot(
      secondOwner,
      { electionId: election.id, organisationId: voter.id, choices: [candidates[0]!], code: last },
      voting,
    );
  });
});

describe("casting while the count runs", () => {
  it("leaves every ballot either refused or in the tally", async () => {
    const voters = await Promise.all(Array.from({ length: 40 }, (_, i) => organisation(`Wyścig ${i}`)));
    const { election, candidates, voting, closed } = await electionWithCandidates(["Jadwiga"], {
      seats: 1,
      votesPerBallot: 1,
    });
    await freezeRegistry(election.id, voting);
    const casters = [];
    for (const voter of voters) {
      const owner = await ownerOf(voter.id);
      casters.push({ owner, organisationId: voter.id, code: await codeFor(owner, election.id, voter.id, voting) });
    }
    // Each cast passed the clock check (it began during voting); the count starts once three have been accepted, while the others run.
    let startCount: () => void = () => {};
    const count = new Promise<void>((resolve) => (startCount = resolve)).then(() => countElection(election.id, closed));
    let settled = 0;
    // Casts arrive a few milliseconds apart, so some are in flight when the count begins and some come after.
    const casts = casters.map(({ owner, organisationId, code }, i) =>
      new Promise((resolve) => setTimeout(resolve, 5 * i))
        .then(() =>
          castBallot(owner, { electionId: election.id, organisationId, choices: [candidates[0]!], code }, voting),
        )
        .finally(() => {
          if (++settled === 3) startCount();
        }),
    );
    const outcomes = await Promise.allSettled(casts);
    expect(await count).toBe(true);
    for (const outcome of outcomes)
      if (outcome.status === "rejected") expect(outcome.reason).toEqual(new RuleRefusal("votingClosed"));
    const accepted = outcomes.filter((outcome) => outcome.status === "fulfilled").length;
    expect(accepted).toBeGreaterThanOrEqual(3);
    const counted = await db().election.findUniqueOrThrow({ where: { id: election.id } });
    const result = counted.result as unknown as { votes: Record<string, number>; cast: number };
    expect({
      tally: result.votes[candidates[0]!],
      cast: result.cast,
      ballots: await db().ballot.count({ where: { electionId: election.id } }),
      ballotsCast: counted.ballotsCast,
    }).toEqual({ tally: accepted, cast: accepted, ballots: accepted, ballotsCast: accepted });
    // A refused organisation has not voted: its code and its registry row are untouched.
    expect(await db().electionVoter.count({ where: { electionId: election.id, voted: true } })).toBe(accepted);
  });
});

describe("a seat change during voting", () => {
  it("never moves an organisation into a registry already frozen, nor into one whose voting has begun before the job froze it", async () => {
    const city = await createInstitution({ name: "Miasto Opole", kind: "GMINA_OFFICE", territoryCode: "1661011" });
    const cityCommission = await createOfficial(city.id, "ADMINISTRATOR");
    // Verification is not required here, so only the seat decides.
    const elect = async () => {
      const { id } = await createElection(city.id, electionFields({ requireVerified: false }), {
        userId: cityCommission.id,
        ip: null,
      });
      await publishElection(id, { userId: cityCommission.id, ip: null });
      return db().election.findUniqueOrThrow({ where: { id } });
    };
    const [frozen, begun] = [await elect(), await elect()];
    const voting = new Date(Math.max(frozen.votingStartAt.getTime(), begun.votingStartAt.getTime()) + HOUR);
    const inCity = await createOrganisation({ name: "Od dawna w Opolu", seatTerritoryCode: "1661011" });
    const [movesAfterFreeze, movesOnVotingDay] = [
      await organisation("Przeprowadzka po zamrożeniu"),
      await organisation("Przeprowadzka w dniu głosowania"),
    ];
    const owner = await ownerOf(movesAfterFreeze.id, movesOnVotingDay.id);
    const sphereIds = (
      await db().organisationSphere.findMany({
        where: { organisationId: movesAfterFreeze.id },
        select: { sphereId: true },
      })
    ).map((s) => s.sphereId);
    const moveToCity = (o: { id: string; name: string; krs: string | null }) =>
      editOrganisation(
        o.id,
        {
          name: o.name,
          shortName: "",
          legalForm: "ASSOCIATION",
          krs: o.krs,
          nip: null,
          regon: null,
          seatTerritoryCode: "1661011",
          sphereIds,
        },
        { actorId: owner.id, ip: null, asMember: true, mayVerify: false },
        voting,
      );

    await freezeRegistry(frozen.id, voting);
    // Voting has begun for `begun` too, but no job has frozen its registry yet when the first organisation moves.
    expect((await db().election.findUniqueOrThrow({ where: { id: begun.id } })).registryFrozenAt).toBeNull();
    await moveToCity(movesOnVotingDay);
    await moveToCity(movesAfterFreeze);
    await freezeRegistry(begun.id, voting);

    const registry = async (electionId: string) =>
      (await db().electionVoter.findMany({ where: { electionId }, select: { organisationId: true } })).map(
        (v) => v.organisationId,
      );
    for (const election of [frozen, begun]) {
      expect(await registry(election.id)).toContain(inCity.id);
      expect(await registry(election.id)).not.toContain(movesAfterFreeze.id);
      expect(await registry(election.id)).not.toContain(movesOnVotingDay.id);
      await expect(
        requestVoteCode(owner, { electionId: election.id, organisationId: movesOnVotingDay.id }, "pl", voting),
      ).rejects.toEqual(new RuleRefusal("notInRegistry"));
    }
  });
});

describe("confirming with the authenticator app", () => {
  it("accepts a current code from the voter's app once, refuses it without an app, and stops after five tries", async () => {
    const [first, second] = [
      await organisation("Organizacja z aplikacją"),
      await organisation("Druga organizacja z aplikacją"),
    ];
    const { election, candidates, voting } = await electionWithCandidates(["Franciszka"], {
      seats: 1,
      votesPerBallot: 1,
    });
    await freezeRegistry(election.id, voting);
    const owner = await ownerOf(first.id, second.id);
    const secret = generateSecret();
    await db().user.update({ where: { id: owner.id }, data: { totpSecret: sealSecret(secret), totpLastStep: null } });
    const ballot = (organisationId: string, code: string) => ({
      electionId: election.id,
      organisationId,
      choices: [candidates[0]!],
      code,
      method: "totp" as const,
    });
    const appCode = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });
    const wrong = String((Number(appCode) + 500_000) % 1_000_000).padStart(6, "0");

    // Someone whose 2FA has no app secret cannot confirm this way.
    const withoutApp = await ownerOf(second.id);
    await expect(castBallot(withoutApp, ballot(second.id, appCode), voting)).rejects.toEqual(
      new RuleRefusal("codeInvalid"),
    );
    await expect(castBallot(owner, ballot(first.id, wrong), voting)).rejects.toEqual(new RuleRefusal("codeInvalid"));
    const cast = await castBallot(owner, ballot(first.id, appCode), voting);
    expect(cast.choices.map((choice) => choice.candidateName)).toEqual(["Franciszka"]);
    expect(await db().ballot.count({ where: { electionId: election.id } })).toBe(1);
    // The same code does not confirm a second ballot (the other organisation's), and tries run out.
    await expect(castBallot(owner, ballot(second.id, appCode), voting)).rejects.toEqual(new RuleRefusal("codeInvalid"));
    await expect(castBallot(owner, ballot(second.id, wrong), voting)).rejects.toEqual(new RuleRefusal("codeInvalid"));
    await expect(castBallot(owner, ballot(second.id, wrong), voting)).rejects.toEqual(new RuleRefusal("codeInvalid"));
    await expect(castBallot(owner, ballot(second.id, wrong), voting)).rejects.toEqual(
      new RuleRefusal("tooManyAttempts"),
    );
    expect(
      (
        await db().electionVoter.findUniqueOrThrow({
          where: { electionId_organisationId: { electionId: election.id, organisationId: second.id } },
        })
      ).voted,
    ).toBe(false);
  });
});

describe("a further round", () => {
  it("settles a tie left to it: the tied candidates, the open seats, no nominations, its own vote and count", async () => {
    const voters = [await organisation("Głosująca w turze A"), await organisation("Głosująca w turze B")];
    const { election, candidates, voting, closed } = await electionWithCandidates(["Gabriela", "Halina", "Irena"], {
      seats: 1,
      votesPerBallot: 1,
      tieRule: "FURTHER_ROUND",
    });
    await freezeRegistry(election.id, voting);
    const owner = await ownerOf(voters[0]!.id, voters[1]!.id);
    for (const [index, voter] of voters.entries()) {
      await castBallot(
        owner,
        {
          electionId: election.id,
          organisationId: voter.id,
          choices: [candidates[index]!],
          code: await codeFor(owner, election.id, voter.id, voting),
        },
        voting,
      );
    }
    await advanceElections(closed);
    const counted = await db().election.findUniqueOrThrow({ where: { id: election.id } });
    expect((counted.result as { ties: unknown[] }).ties).toEqual([
      {
        areaId: null,
        candidates: [candidates[0]!, candidates[1]!].sort(),
        seats: 1,
        resolution: "furtherRound",
        drawn: [],
      },
    ]);
    const actor = { userId: commission.id, ip: null };
    // One tied candidate had a photo: the further round keeps its own copy (a file belongs to one nomination).
    const photo = await storeUpload(
      {
        bytes: new Uint8Array(
          await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
            .webp()
            .toBuffer(),
        ),
        name: "g.webp",
        uploadedById: null,
      },
      { accepted: ["webp"], maxBytes: 1e6 },
      async (_tx, file) => file.id,
    );
    await db().nomination.update({ where: { id: candidates[0]! }, data: { photoId: photo } });
    // Only once the results are announced, and only once.
    await expect(startFurtherRound(election.id, actor)).rejects.toMatchObject({ code: "CONFLICT" });
    await publishResults(actor, election.id);
    expect(
      (
        await db().notificationEvent.findFirstOrThrow({
          where: { type: "election.results_published", subjectId: election.id },
        })
      ).data,
    ).toEqual({ tie: "yes" });
    const next = await startFurtherRound(election.id, actor);
    await expect(startFurtherRound(election.id, actor)).rejects.toMatchObject({ code: "CONFLICT" });

    const draft = await db().election.findUniqueOrThrow({
      where: { id: next.id },
      include: { nominations: { orderBy: { candidateName: "asc" } } },
    });
    expect(draft).toMatchObject({
      status: "DRAFT",
      round: 2,
      furtherRoundOfId: election.id,
      seats: 1,
      votesPerBallot: 1,
      tieRule: "FURTHER_ROUND",
      title: `${election.title} — tura 2`,
    });
    expect(draft.nominations.map((n) => [n.candidateName, n.state, n.bioPublicationConsent])).toEqual([
      ["Gabriela", "ACCEPTED", true],
      ["Halina", "ACCEPTED", true],
    ]);
    const copied = draft.nominations[0]!.photoId!;
    expect(copied).not.toBe(photo);
    expect((await db().storedFile.findUniqueOrThrow({ where: { id: copied } })).sha256).toBe(
      (await db().storedFile.findUniqueOrThrow({ where: { id: photo } })).sha256,
    );
    expect(draft.nominations[1]!.photoId).toBeNull();

    // The commission sets the voting dates; seats and the (past) nomination dates stay as the tie made them.
    const now = Date.now();
    const votingStartAt = new Date(now + 2 * 24 * HOUR);
    await updateElection(
      next.id,
      electionFields({
        seats: 7,
        votesPerBallot: 1,
        nominationsStartAt: new Date(now + HOUR),
        votingStartAt,
        votingEndAt: new Date(votingStartAt.getTime() + 24 * HOUR),
        resultsBy: new Date(votingStartAt.getTime() + 48 * HOUR),
      }),
      actor,
    );
    const edited = await db().election.findUniqueOrThrow({ where: { id: next.id } });
    expect(edited).toMatchObject({
      seats: 1,
      votingStartAt,
      nominationsStartAt: draft.nominationsStartAt,
      checkEndsAt: draft.checkEndsAt,
    });
    await expect(
      updateElection(
        next.id,
        electionFields({
          seats: 1,
          votesPerBallot: 2,
          votingStartAt,
          votingEndAt: edited.votingEndAt,
          resultsBy: edited.resultsBy,
        }),
        actor,
      ),
    ).rejects.toMatchObject({ problems: [{ field: "votesPerBallot", message: "electionVotesMoreThanSeats" }] });

    // Announced, its list is public at once; nobody nominates, and nobody is told that nominations opened.
    await publishElection(next.id, actor);
    const published = await db().election.findUniqueOrThrow({ where: { id: next.id } });
    expect(electionPhaseAt(published, new Date())).toBe("candidateList");
    const nominator = await organisation("Spóźniona organizacja");
    await expect(
      nominate(
        await ownerOf(nominator.id),
        {
          electionId: next.id,
          organisationId: nominator.id,
          areaId: null,
          candidateName: "Nowa Osoba",
          candidateEmail: "nowa@example.org",
          statement: "Chciałabym kandydować w dodatkowej turze.",
          recommendingOrganisationIds: [],
          locale: "pl",
        },
        { ip: null, locale: "pl" },
      ),
    ).rejects.toEqual(new RuleRefusal("nominationsClosed"));
    expect((await advanceElections(new Date())).nominationsOpened).not.toContain(next.id);

    // Its own vote and count settle the seat.
    const roundVoting = new Date(votingStartAt.getTime() + HOUR);
    const runoffCandidates = draft.nominations.map((n) => n.id);
    await freezeRegistry(next.id, roundVoting);
    await castBallot(
      owner,
      {
        electionId: next.id,
        organisationId: voters[0]!.id,
        choices: [runoffCandidates[1]!],
        code: await codeFor(owner, next.id, voters[0]!.id, roundVoting),
      },
      roundVoting,
    );
    await advanceElections(new Date(published.votingEndAt.getTime() + 1000));
    const settled = (await db().election.findUniqueOrThrow({ where: { id: next.id } })).result as {
      elected: string[];
      ties: unknown[];
    };
    expect(settled).toMatchObject({ elected: [runoffCandidates[1]], ties: [] });
  });
});

describe("secrecy of the ballot", () => {
  it("is built into the schema: nothing in a ballot or a participation record links one to the other", async () => {
    const columns = await db().$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
      SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name IN ('Ballot', 'ElectionVoter') ORDER BY table_name, column_name`;
    const of = (table: string) =>
      columns.filter((c) => c.table_name === table).map((c) => `${c.column_name}:${c.data_type}`);
    // No time, no sequence, no person or organisation on the ballot; no time or order on the participation record.
    expect(of("Ballot")).toEqual(["choices:ARRAY", "electionId:text", "fingerprint:text", "id:text"]);
    expect(of("ElectionVoter")).toEqual(["castById:text", "electionId:text", "organisationId:text", "voted:boolean"]);
    const keys = await db().$queryRaw<{ table_name: string; target: string }[]>`
      SELECT tc.table_name, ccu.table_name AS target FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = 'Ballot'`;
    expect(keys.map((key) => key.target)).toEqual(["Election"]);
    const ids = await db().ballot.findMany({ select: { id: true } });
    for (const { id } of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("leaves no trace of a cast in the audit log or the notifications", async () => {
    const voter = await organisation("Organizacja dyskretna");
    const { election, candidates, voting } = await electionWithCandidates(["Felicja"], { seats: 1, votesPerBallot: 1 });
    await freezeRegistry(election.id, voting);
    const owner = await ownerOf(voter.id);
    const code = await codeFor(owner, election.id, voter.id, voting);
    const before = { audit: await db().auditEvent.count(), events: await db().notificationEvent.count() };
    await castBallot(
      owner,
      { electionId: election.id, organisationId: voter.id, choices: [candidates[0]!], code },
      voting,
    );
    expect({ audit: await db().auditEvent.count(), events: await db().notificationEvent.count() }).toEqual(before);
  });

  it("is never undone by a query: no code reads ballots together with the registry", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== "generated" && name !== "node_modules") walk(path);
        } else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts")) files.push(path);
      }
    };
    for (const dir of ["lib", "app", "components"]) walk(join(process.cwd(), dir));
    // Raw SQL reading one table (FROM or JOIN) near the other, or a Prisma read of ballots from a file that also
    // reads the registry. The cast itself writes both in one statement and returns only counts: writing is not reading.
    const reads = (table: string) => `(?:FROM|JOIN)\\s+"${table}"`;
    const rawRead = new RegExp(
      `${reads("Ballot")}[\\s\\S]{0,600}"ElectionVoter"|${reads("ElectionVoter")}[\\s\\S]{0,600}"Ballot"|"Ballot"[\\s\\S]{0,600}${reads("ElectionVoter")}|"ElectionVoter"[\\s\\S]{0,600}${reads("Ballot")}`,
    );
    const offenders = files.filter((path) => {
      const source = readFileSync(path, "utf8");
      const rawJoin = rawRead.test(source);
      const readsBallots = /\.ballot\.(findMany|findFirst|findUnique|groupBy|aggregate)/.test(source);
      const readsRegistry = /\.electionVoter\.(findMany|findFirst|findUnique|groupBy|aggregate)/.test(source);
      return rawJoin || (readsBallots && readsRegistry);
    });
    expect(offenders.map((path) => path.replace(process.cwd() + "/", ""))).toEqual([]);
    // The check itself finds a join when there is one.
    expect(rawRead.test('SELECT b.choices FROM "Ballot" b JOIN "ElectionVoter" v ON true')).toBe(true);
    expect(
      rawRead.test(
        'UPDATE "ElectionVoter" SET voted = true RETURNING 1), ballot AS (INSERT INTO "Ballot" (id) SELECT 1 FROM voter',
      ),
    ).toBe(false);
  });
});
