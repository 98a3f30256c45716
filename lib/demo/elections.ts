// Demo elections, found by title afterwards so reseeding changes nothing:
// - the voivodeship's Public Benefit Council, announced with nominations
//   opening in a week: three areas of four powiats, three seats each, three
//   votes per ballot (Opolskie's council has nine NGO members);
// - Opole city's council, with voting open: four accepted candidates, three
//   seats, two votes per ballot, the registry frozen (the demo NGO
//   representative casts the ballots of the two organisations they own);
// - Nysa powiat's council, over: three ballots cast (with the published demo
//   trackers DEM0-0000-0000-0001 … 0003, so visitors can try the board),
//   a three-way tie for two seats drawn from the seed, results announced;
// - the voivodeship's by-election for one seat, over: a tie between two
//   candidates that its rules leave to a further round, results announced
//   (the commission prepares the further round from its page).
import { db } from "@/lib/db/client";
import { createElection, publishElection } from "@/lib/elections/mutations";
import { countElection, publishResults } from "@/lib/elections/results";
import { appendBallot, freezeRegistry } from "@/lib/elections/voting/mutations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ELECTION_DATE_FIELDS, electionFieldsWith, type ElectionFields } from "@/lib/elections/schemas";
import { polishAt, polishMorning } from "@/lib/time/polish-local";

export const DEMO_ELECTION_TITLE = "Wybory do Wojewódzkiej Rady Działalności Pożytku Publicznego 2027";

export async function seedDemoElections(now = new Date()): Promise<number> {
  return (
    (await seedAnnouncedElection(now)) +
    (await seedVotingElection(now)) +
    (await seedCountedElection(now)) +
    (await seedTiedElection(now))
  );
}

async function seedAnnouncedElection(now: Date): Promise<number> {
  const client = db();
  const admin = await client.user.findUnique({ where: { email: "admin@demo.example.org" }, select: { id: true } });
  const office = await client.institution.findUnique({ where: { territoryCode: "16" }, select: { id: true } });
  if (!admin || !office) return 0;
  if (
    await client.election.findFirst({
      where: { institutionId: office.id, title: DEMO_ELECTION_TITLE },
      select: { id: true },
    })
  )
    return 0;
  const day = (days: number) => polishMorning(days, now);
  const fields: ElectionFields = electionFieldsWith({
    title: DEMO_ELECTION_TITLE,
    councilName: "Wojewódzka Rada Działalności Pożytku Publicznego Województwa Opolskiego",
    description: [
      "Organizacje pozarządowe z siedzibą w województwie opolskim wybierają **dziewięciu** przedstawicieli do Rady na kadencję 2027–2030.",
      "",
      "Każda organizacja może zgłosić jednego kandydata z okręgu, w którym działa; kandydata muszą zarekomendować dwie inne organizacje. Po ocenie formalnej każda organizacja oddaje jedną kartę z trzema głosami.",
    ].join("\n"),
    legalBasis:
      "Uchwała Zarządu Województwa Opolskiego w sprawie trybu powoływania członków Wojewódzkiej Rady Działalności Pożytku Publicznego",
    seats: 9,
    areas: [
      { name: "Północ", seats: 3, territoryCodes: ["1601", "1604", "1606", "1608"] },
      { name: "Centrum", seats: 3, territoryCodes: ["1605", "1609", "1611", "1661"] },
      { name: "Południe", seats: 3, territoryCodes: ["1602", "1603", "1607", "1610"] },
    ],
    votesPerBallot: 3,
    recommendationsRequired: 2,
    candidateOrder: "DRAWN",
    nominationsStartAt: day(7),
    nominationsEndAt: day(21),
    checkEndsAt: day(28),
    votingStartAt: day(31),
    votingEndAt: day(38),
    resultsBy: day(40),
  });
  const actor = { userId: admin.id, ip: null };
  const { id } = await createElection(office.id, fields, actor);
  await publishElection(id, actor, now);
  return 1;
}

export const DEMO_VOTING_TITLE = "Wybory do Rady Działalności Pożytku Publicznego Miasta Opola";
export const DEMO_COUNTED_TITLE = "Wybory do Rady Działalności Pożytku Publicznego Powiatu Nyskiego";
export const DEMO_TIED_TITLE = "Wybory uzupełniające do Wojewódzkiej Rady Działalności Pożytku Publicznego 2026";
export const DEMO_TRACKERS = [
  "DEM0-0000-0000-0001",
  "DEM0-0000-0000-0002",
  "DEM0-0000-0000-0003",
  "DEM0-0000-0000-0004",
  "DEM0-0000-0000-0005",
];

type PastElection = {
  territoryCode: string;
  fields: Omit<Parameters<typeof electionFieldsWith>[0], (typeof ELECTION_DATE_FIELDS)[number]>;
  /** The dates as the procedure ran them, and the notices already sent. */
  dates: Prisma.ElectionUpdateInput;
  candidates: { name: string; statement: string; organisation: string; email: string }[];
  consentedAt: Date;
  decidedAt: Date;
};

/**
 * An election as if its procedure had run: created and announced (which
 * needs future dates), moved back in time, its candidates consented and
 * accepted. Null when it exists already or the demo lacks what it needs.
 */
async function seedPastElection(
  election: PastElection,
  now: Date,
): Promise<{
  id: string;
  nominations: string[];
  organisations: Map<string, string>;
  actor: { userId: string; ip: null };
} | null> {
  const client = db();
  const admin = await client.user.findUnique({ where: { email: "admin@demo.example.org" }, select: { id: true } });
  const office = await client.institution.findUnique({
    where: { territoryCode: election.territoryCode },
    select: { id: true },
  });
  if (!admin || !office) return null;
  if (
    await client.election.findFirst({
      where: { institutionId: office.id, title: election.fields.title },
      select: { id: true },
    })
  )
    return null;
  const slugs = [...new Set(election.candidates.map((candidate) => candidate.organisation))];
  const found = await client.organisation.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true },
  });
  if (found.length !== slugs.length) return null;
  const organisations = new Map(found.map((organisation) => [organisation.slug, organisation.id]));
  const actor = { userId: admin.id, ip: null };
  const future = Object.fromEntries(
    ELECTION_DATE_FIELDS.map((field, index) => [field, polishMorning(7 + index, now)]),
  ) as Pick<ElectionFields, (typeof ELECTION_DATE_FIELDS)[number]>;
  const { id } = await createElection(office.id, electionFieldsWith({ ...election.fields, ...future }), actor);
  await publishElection(id, actor, now);
  await client.election.update({ where: { id }, data: election.dates });
  const nominations: string[] = [];
  for (const candidate of election.candidates) {
    const nomination = await client.nomination.create({
      data: {
        electionId: id,
        organisationId: organisations.get(candidate.organisation)!,
        candidateName: candidate.name,
        candidateEmail: candidate.email,
        statement: candidate.statement,
        state: "ACCEPTED",
        consentedAt: election.consentedAt,
        bioPublicationConsent: true,
        decidedAt: election.decidedAt,
        decidedById: admin.id,
      },
      select: { id: true },
    });
    nominations.push(nomination.id);
  }
  return { id, nominations, organisations, actor };
}

async function seedVotingElection(now: Date): Promise<number> {
  // Past steps at the time of day an office sets them, not the minute of seeding.
  const ago = (days: number) => polishAt(-days, "16:00", now);
  const seeded = await seedPastElection(
    {
      territoryCode: "1661011",
      fields: {
        title: DEMO_VOTING_TITLE,
        councilName: "Rada Działalności Pożytku Publicznego Miasta Opola",
        description:
          "Organizacje z siedzibą w Opolu wybierają trzech przedstawicieli do Rady. Każda organizacja oddaje jedną kartę z dwoma głosami na różnych kandydatów.",
        legalBasis:
          "Uchwała Rady Miasta Opola w sprawie trybu powoływania członków Rady Działalności Pożytku Publicznego",
        seats: 3,
        votesPerBallot: 2,
        nominationsPerOrganisation: 2,
      },
      // Nominations three weeks ago, voting open for a week more.
      dates: {
        nominationsStartAt: ago(21),
        nominationsEndAt: ago(14),
        checkEndsAt: ago(7),
        votingStartAt: ago(1),
        votingEndAt: polishMorning(7, now),
        resultsBy: polishMorning(9, now),
        nominationsNotifiedAt: ago(21),
      },
      candidates: [
        {
          name: "Joanna Wolontariuszka",
          statement: "Od dziesięciu lat koordynuje wolontariat młodzieżowy w Opolu.",
          organisation: "opolskie-centrum-wolontariatu",
          email: "kandydat1@demo.example.org",
        },
        {
          name: "Marek Społecznik",
          statement: "Prowadzi szkolenia dla organizacji z pisania ofert i rozliczania dotacji.",
          organisation: "opolskie-centrum-wolontariatu",
          email: "kandydat2@demo.example.org",
        },
        {
          name: "Halina Zdrowotna",
          statement: "Działa na rzecz dostępności usług zdrowotnych dla osób z niepełnosprawnościami.",
          organisation: "zdrowie-bez-barier",
          email: "kandydat3@demo.example.org",
        },
        {
          name: "Piotr Obywatelski",
          statement: "Prawnik, doradza organizacjom w sprawach prawa o stowarzyszeniach i fundacjach.",
          organisation: "forum-praw-obywatelskich",
          email: "kandydat4@demo.example.org",
        },
      ],
      consentedAt: ago(18),
      decidedAt: ago(10),
    },
    now,
  );
  if (!seeded) return 0;
  // Frozen when voting started, as the job would have done: the registry page
  // says "closed at the start of voting" and shows this moment.
  await freezeRegistry(seeded.id, ago(1));
  return 1;
}

async function seedCountedElection(now: Date): Promise<number> {
  const at = (days: number) => polishAt(-days, "16:00", now);
  const slugs = ["razem-dla-nysy", "przyjaciele-ziemi-glucholaskiej", "ratownictwo-ziemi-nyskiej"];
  const names = ["Agnieszka Nyska", "Bogdan Głuchołaski", "Cezary Ratownik"];
  const seeded = await seedPastElection(
    {
      territoryCode: "1607",
      fields: {
        title: DEMO_COUNTED_TITLE,
        councilName: "Powiatowa Rada Działalności Pożytku Publicznego w Nysie",
        description:
          "Organizacje z powiatu nyskiego wybrały dwóch przedstawicieli do Rady. Każda organizacja oddała jedną kartę z jednym głosem; remis rozstrzygnęło losowanie z ziarna opublikowanego przed głosowaniem.",
        seats: 2,
        votesPerBallot: 1,
        fullBallotRequired: true,
        requireVerified: false,
        candidateOrder: "DRAWN",
      },
      dates: {
        nominationsStartAt: at(40),
        nominationsEndAt: at(30),
        checkEndsAt: at(25),
        votingStartAt: at(20),
        votingEndAt: at(13),
        resultsBy: at(10),
        nominationsNotifiedAt: at(40),
        votingNotifiedAt: at(20),
        votingReminderAt: at(14),
      },
      candidates: slugs.map((slug, index) => ({
        name: names[index]!,
        statement: "Wieloletni działacz organizacji pozarządowych powiatu nyskiego.",
        organisation: slug,
        email: `kandydat.nysa${index + 1}@demo.example.org`,
      })),
      consentedAt: at(35),
      decidedAt: at(27),
    },
    now,
  );
  if (!seeded) return 0;
  // Each organisation voted for its own candidate: a three-way tie for two seats.
  await voteForOwnCandidates(seeded, slugs, DEMO_TRACKERS.slice(0, 3), {
    frozen: at(20),
    counted: at(13),
    published: at(12),
  });
  return 1;
}

/** Each organisation casts one ballot for its own candidate (the trackers in order), then the count and the announcement. */
async function voteForOwnCandidates(
  seeded: NonNullable<Awaited<ReturnType<typeof seedPastElection>>>,
  slugs: string[],
  trackers: string[],
  at: { frozen: Date; counted: Date; published: Date },
): Promise<void> {
  const { id, nominations, actor } = seeded;
  await freezeRegistry(id, at.frozen);
  for (const [index, slug] of slugs.entries()) {
    await db().$transaction(async (tx) => {
      await tx.electionVoter.update({
        where: { electionId_organisationId: { electionId: id, organisationId: seeded.organisations.get(slug)! } },
        data: { voted: true },
      });
      await appendBallot(tx, id, trackers[index]!, [nominations[index]!]);
    });
  }
  await countElection(id, at.counted);
  await publishResults(actor, id, at.published);
}

async function seedTiedElection(now: Date): Promise<number> {
  const at = (days: number) => polishAt(-days, "16:00", now);
  const slugs = ["zielona-odra", "nasz-slask-dobrodzien"];
  const seeded = await seedPastElection(
    {
      territoryCode: "16",
      fields: {
        title: DEMO_TIED_TITLE,
        councilName: "Wojewódzka Rada Działalności Pożytku Publicznego Województwa Opolskiego",
        description:
          "Wybory uzupełniające na jedno miejsce w Radzie zwolnione przed końcem kadencji. Każda organizacja oddała jedną kartę z jednym głosem; remis rozstrzyga dodatkowa tura między kandydatami, którzy go uzyskali.",
        seats: 1,
        votesPerBallot: 1,
        requireVerified: false,
        tieRule: "FURTHER_ROUND",
      },
      dates: {
        nominationsStartAt: at(45),
        nominationsEndAt: at(35),
        checkEndsAt: at(30),
        votingStartAt: at(12),
        votingEndAt: at(5),
        resultsBy: at(3),
        nominationsNotifiedAt: at(45),
        votingNotifiedAt: at(12),
        votingReminderAt: at(6),
      },
      candidates: [
        {
          name: "Ewa Nadodrzańska",
          statement: "Przyrodniczka, od lat chroni starorzecza Odry i uczy o nich w szkołach.",
          organisation: slugs[0]!,
          email: "kandydat.uzup1@demo.example.org",
        },
        {
          name: "Józef Ślązak",
          statement: "Animator kultury regionalnej, prowadzi zespół pieśni i tańca w Dobrodzieniu.",
          organisation: slugs[1]!,
          email: "kandydat.uzup2@demo.example.org",
        },
      ],
      consentedAt: at(40),
      decidedAt: at(32),
    },
    now,
  );
  if (!seeded) return 0;
  await voteForOwnCandidates(seeded, slugs, DEMO_TRACKERS.slice(3, 5), {
    frozen: at(12),
    counted: at(5),
    published: at(4),
  });
  return 1;
}
