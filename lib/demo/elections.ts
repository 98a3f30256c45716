// Demo elections, found by title afterwards so reseeding changes nothing:
// - the voivodeship's Public Benefit Council, announced with nominations
//   opening in a week: three areas of four powiats, three seats each, three
//   votes per ballot (Opolskie's council has nine NGO members);
// - Opole city's council, with voting open: four accepted candidates, three
//   seats, two votes per ballot, the registry frozen (the demo NGO
//   representative casts the ballots of the two organisations they own);
// - Nysa powiat's council, over: three ballots cast (with the published demo
//   trackers DEM0-0000-0000-0001 … 0003, so visitors can try the board),
//   a three-way tie for two seats drawn from the seed, results announced.
import { db } from "@/lib/db/client";
import { createElection, publishElection } from "@/lib/elections/mutations";
import { countElection, publishResults } from "@/lib/elections/results";
import { appendBallot, freezeRegistry } from "@/lib/elections/voting";
import { electionFieldsWith, type ElectionFields } from "@/lib/elections/schemas";
import { polishMorning } from "@/lib/time/polish-local";

export const DEMO_ELECTION_TITLE = "Wybory do Wojewódzkiej Rady Działalności Pożytku Publicznego 2027";

export async function seedDemoElections(now = new Date()): Promise<number> {
  return (await seedAnnouncedElection(now)) + (await seedVotingElection(now)) + (await seedCountedElection(now));
}

async function seedAnnouncedElection(now: Date): Promise<number> {
  const client = db();
  const admin = await client.user.findUnique({ where: { email: "admin@demo.example.org" }, select: { id: true } });
  const office = await client.institution.findUnique({ where: { territoryCode: "16" }, select: { id: true } });
  if (!admin || !office) return 0;
  if (await client.election.findFirst({ where: { institutionId: office.id, title: DEMO_ELECTION_TITLE }, select: { id: true } })) return 0;
  const day = (days: number) => polishMorning(days, now);
  const fields: ElectionFields = electionFieldsWith({
    title: DEMO_ELECTION_TITLE,
    councilName: "Wojewódzka Rada Działalności Pożytku Publicznego Województwa Opolskiego",
    description: [
      "Organizacje pozarządowe z siedzibą w województwie opolskim wybierają **dziewięciu** przedstawicieli do Rady na kadencję 2027–2030.",
      "",
      "Każda organizacja może zgłosić jednego kandydata z okręgu, w którym działa; kandydata muszą zarekomendować dwie inne organizacje. Po ocenie formalnej każda organizacja oddaje jedną kartę z trzema głosami.",
    ].join("\n"),
    legalBasis: "Uchwała Zarządu Województwa Opolskiego w sprawie trybu powoływania członków Wojewódzkiej Rady Działalności Pożytku Publicznego",
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
const DAY = 24 * 3600 * 1000;

async function seedVotingElection(now: Date): Promise<number> {
  const client = db();
  const admin = await client.user.findUnique({ where: { email: "admin@demo.example.org" }, select: { id: true } });
  const office = await client.institution.findUnique({ where: { territoryCode: "1661011" }, select: { id: true } });
  if (!admin || !office) return 0;
  if (await client.election.findFirst({ where: { institutionId: office.id, title: DEMO_VOTING_TITLE }, select: { id: true } })) return 0;
  const organisations = await client.organisation.findMany({ where: { slug: { in: ["opolskie-centrum-wolontariatu", "zdrowie-bez-barier", "forum-praw-obywatelskich"] } }, select: { id: true, slug: true } });
  const bySlug = (slug: string) => organisations.find((organisation) => organisation.slug === slug)!.id;
  if (organisations.length !== 3) return 0;
  const actor = { userId: admin.id, ip: null };
  const { id } = await createElection(
    office.id,
    electionFieldsWith({
      title: DEMO_VOTING_TITLE,
      councilName: "Rada Działalności Pożytku Publicznego Miasta Opola",
      description: "Organizacje z siedzibą w Opolu wybierają trzech przedstawicieli do Rady. Każda organizacja oddaje jedną kartę z dwoma głosami na różnych kandydatów.",
      legalBasis: "Uchwała Rady Miasta Opola w sprawie trybu powoływania członków Rady Działalności Pożytku Publicznego",
      seats: 3,
      votesPerBallot: 2,
      nominationsPerOrganisation: 2,
      nominationsStartAt: polishMorning(7, now),
      nominationsEndAt: polishMorning(8, now),
      checkEndsAt: polishMorning(9, now),
      votingStartAt: polishMorning(10, now),
      votingEndAt: polishMorning(11, now),
      resultsBy: polishMorning(12, now),
    }),
    actor,
  );
  await publishElection(id, actor, now);
  // Moved back in time as if the procedure had run: nominations three weeks ago, voting open for a week more.
  await client.election.update({
    where: { id },
    data: {
      nominationsStartAt: new Date(now.getTime() - 21 * DAY),
      nominationsEndAt: new Date(now.getTime() - 14 * DAY),
      checkEndsAt: new Date(now.getTime() - 7 * DAY),
      votingStartAt: new Date(now.getTime() - DAY),
      votingEndAt: polishMorning(7, now),
      resultsBy: polishMorning(9, now),
      nominationsNotifiedAt: new Date(now.getTime() - 21 * DAY),
    },
  });
  const candidates = [
    { name: "Joanna Wolontariuszka", statement: "Od dziesięciu lat koordynuje wolontariat młodzieżowy w Opolu.", organisation: "opolskie-centrum-wolontariatu" },
    { name: "Marek Społecznik", statement: "Prowadzi szkolenia dla organizacji z pisania ofert i rozliczania dotacji.", organisation: "opolskie-centrum-wolontariatu" },
    { name: "Halina Zdrowotna", statement: "Działa na rzecz dostępności usług zdrowotnych dla osób z niepełnosprawnościami.", organisation: "zdrowie-bez-barier" },
    { name: "Piotr Obywatelski", statement: "Prawnik, doradza organizacjom w sprawach prawa o stowarzyszeniach i fundacjach.", organisation: "forum-praw-obywatelskich" },
  ];
  const decidedAt = new Date(now.getTime() - 10 * DAY);
  for (const [index, candidate] of candidates.entries()) {
    await client.nomination.create({
      data: {
        electionId: id,
        organisationId: bySlug(candidate.organisation),
        candidateName: candidate.name,
        candidateEmail: `kandydat${index + 1}@demo.example.org`,
        statement: candidate.statement,
        state: "ACCEPTED",
        consentedAt: new Date(now.getTime() - 18 * DAY),
        bioPublicationConsent: true,
        decidedAt,
        decidedById: admin.id,
      },
    });
  }
  await freezeRegistry(id, now);
  return 1;
}

export const DEMO_COUNTED_TITLE = "Wybory do Rady Działalności Pożytku Publicznego Powiatu Nyskiego";
export const DEMO_TRACKERS = ["DEM0-0000-0000-0001", "DEM0-0000-0000-0002", "DEM0-0000-0000-0003"];

async function seedCountedElection(now: Date): Promise<number> {
  const client = db();
  const admin = await client.user.findUnique({ where: { email: "admin@demo.example.org" }, select: { id: true } });
  const office = await client.institution.findUnique({ where: { territoryCode: "1607" }, select: { id: true } });
  if (!admin || !office) return 0;
  if (await client.election.findFirst({ where: { institutionId: office.id, title: DEMO_COUNTED_TITLE }, select: { id: true } })) return 0;
  const slugs = ["razem-dla-nysy", "przyjaciele-ziemi-glucholaskiej", "ratownictwo-ziemi-nyskiej"];
  const organisations = await client.organisation.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  if (organisations.length !== 3) return 0;
  const actor = { userId: admin.id, ip: null };
  const { id } = await createElection(
    office.id,
    electionFieldsWith({
      title: DEMO_COUNTED_TITLE,
      councilName: "Powiatowa Rada Działalności Pożytku Publicznego w Nysie",
      description: "Organizacje z powiatu nyskiego wybrały dwóch przedstawicieli do Rady. Każda organizacja oddała jedną kartę z jednym głosem; remis rozstrzygnęło losowanie z ziarna opublikowanego przed głosowaniem.",
      seats: 2,
      votesPerBallot: 1,
      fullBallotRequired: true,
      requireVerified: false,
      candidateOrder: "DRAWN",
      nominationsStartAt: polishMorning(7, now),
      nominationsEndAt: polishMorning(8, now),
      checkEndsAt: polishMorning(9, now),
      votingStartAt: polishMorning(10, now),
      votingEndAt: polishMorning(11, now),
      resultsBy: polishMorning(12, now),
    }),
    actor,
  );
  await publishElection(id, actor, now);
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  await client.election.update({
    where: { id },
    data: { nominationsStartAt: at(40), nominationsEndAt: at(30), checkEndsAt: at(25), votingStartAt: at(20), votingEndAt: at(13), resultsBy: at(10), nominationsNotifiedAt: at(40), votingNotifiedAt: at(20), votingReminderAt: at(14) },
  });
  const names = ["Agnieszka Nyska", "Bogdan Głuchołaski", "Cezary Ratownik"];
  const nominations: string[] = [];
  for (const [index, slug] of slugs.entries()) {
    const nomination = await client.nomination.create({
      data: {
        electionId: id,
        organisationId: organisations.find((organisation) => organisation.slug === slug)!.id,
        candidateName: names[index]!,
        candidateEmail: `kandydat.nysa${index + 1}@demo.example.org`,
        statement: "Wieloletni działacz organizacji pozarządowych powiatu nyskiego.",
        state: "ACCEPTED",
        consentedAt: at(35),
        bioPublicationConsent: true,
        decidedAt: at(27),
        decidedById: admin.id,
      },
      select: { id: true },
    });
    nominations.push(nomination.id);
  }
  await freezeRegistry(id, at(20));
  // Each organisation voted for its own candidate: a three-way tie for two seats.
  for (const [index, organisation] of organisations.entries()) {
    await client.$transaction(async (tx) => {
      await tx.electionVoter.update({ where: { electionId_organisationId: { electionId: id, organisationId: organisation.id } }, data: { voted: true } });
      await appendBallot(tx, id, DEMO_TRACKERS[index]!, [nominations[index]!]);
    });
  }
  await countElection(id, at(13));
  await publishResults(actor, id, at(12));
  return 1;
}
