// A demo election to the voivodeship's Public Benefit Council, announced
// with nominations opening in a week: three areas of four powiats, three
// seats each, three votes per ballot (Opolskie's council has nine NGO members).
// Found by title afterwards, so reseeding changes nothing.
import { db } from "@/lib/db/client";
import { createElection, publishElection } from "@/lib/elections/mutations";
import type { ElectionFields } from "@/lib/elections/schemas";
import { polishMorning } from "@/lib/time/polish-local";

export const DEMO_ELECTION_TITLE = "Wybory do Wojewódzkiej Rady Działalności Pożytku Publicznego 2027";

export async function seedDemoElections(now = new Date()): Promise<number> {
  const client = db();
  const admin = await client.user.findUnique({ where: { email: "admin@demo.example.org" }, select: { id: true } });
  const office = await client.institution.findUnique({ where: { territoryCode: "16" }, select: { id: true } });
  if (!admin || !office) return 0;
  if (await client.election.findFirst({ where: { institutionId: office.id, title: DEMO_ELECTION_TITLE }, select: { id: true } })) return 0;
  const day = (days: number) => polishMorning(days, now);
  const fields: ElectionFields = {
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
    fullBallotRequired: false,
    nominationsPerOrganisation: 1,
    recommendationsRequired: 2,
    requireVerified: true,
    territoryRule: "SEAT",
    registeredBefore: null,
    excludeInLiquidation: true,
    candidateOrder: "DRAWN",
    tieRule: "DRAW",
    nominationsStartAt: day(7),
    nominationsEndAt: day(21),
    checkEndsAt: day(28),
    votingStartAt: day(31),
    votingEndAt: day(38),
    resultsBy: day(40),
  };
  const actor = { userId: admin.id, ip: null };
  const { id } = await createElection(office.id, fields, actor);
  await publishElection(id, actor, now);
  return 1;
}
