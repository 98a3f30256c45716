// The fast path of a request's suggestions on real PostgreSQL: the SQL
// preselection (covering indexes, the weighed count written as expressions)
// keeps exactly the MAX_CANDIDATES organisations a plain count over every
// organisation of the place would keep (ties cut by id), and the ranked
// suggestions are the same as scoring every organisation of the place in
// full. The seeded set is larger than MAX_CANDIDATES, full of ties (few codes,
// few spheres) so the order by id counts, and has closed profiles and the
// author's own organisation inside the place. Views arriving together share
// one ranking, and each language's wording of it.
import { publicDataChangedElsewhere } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import type { LegalForm } from "@/lib/generated/prisma/enums";
import { rankCandidates, scoreFit } from "@/lib/partnerships/score/combine";
import { scoreWeights } from "@/lib/partnerships/settings/queries";
import {
  candidateFactsOf,
  candidateRow,
  MAX_CANDIDATES,
  preselectCandidates,
} from "@/lib/partnerships/suggestions/candidates";
import { exposureSince } from "@/lib/partnerships/suggestions/exposure";
import { placeOf, SUGGESTIONS_SHOWN, suggestPartners } from "@/lib/partnerships/suggestions/for-request";
import { suggestionsPage } from "@/lib/partnerships/suggestions/page-view";
import { requestFactsOf, requestRow, type RequestRow } from "@/lib/partnerships/suggestions/request-facts";
import { nearGminas, seatLookup } from "@/lib/partnerships/suggestions/seats";
import { createPartnerRequest } from "@/tests/factories/partner-suggestions";
import { createMember } from "@/tests/factories/people";
import { createPartnershipSettings } from "@/tests/factories/settings";

// The real preselection, counted.
jest.mock("@/lib/partnerships/suggestions/candidates", () => {
  const actual = jest.requireActual("@/lib/partnerships/suggestions/candidates");
  return { ...actual, preselectCandidates: jest.fn(actual.preselectCandidates) };
});

const POWIAT = "1608";
const SEATS = ["1608013", "1608014", "1608023", "1608033", "1608043", "1608052", "1608062", "1608072"];
const COMPETENCES = ["FUNDRAISING", "WORK_WITH_SENIORS", "VOLUNTEER_COORDINATION", "ECOLOGY"];
const RESOURCES = ["MINIBUS", "KITCHEN", "EVENT_HALL"];
const ORGANISATIONS = 320;
const now = new Date("2026-12-07T10:00:00Z");

/** Deterministic PRNG (mulberry32): the same set on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const idOf = (i: number) => `preselect${String(i).padStart(4, "0")}`;
let request: RequestRow;

beforeAll(async () => {
  await createPartnershipSettings();
  const next = random(1608);
  const some = <T>(items: readonly T[], chance: number) => items.filter(() => next() < chance);
  const spheres = (
    await db().publicBenefitSphere.findMany({ where: { validTo: null }, select: { id: true }, orderBy: { id: "asc" } })
  )
    .slice(0, 3)
    .map((s) => s.id);
  const forms: LegalForm[] = ["ASSOCIATION", "FOUNDATION"];
  // Ids in shuffled order, so the order by id is not the order of insertion.
  const order = Array.from({ length: ORGANISATIONS }, (_, i) => i).sort(() => next() - 0.5);
  await db().organisation.createMany({
    data: order.map((i) => ({
      id: idOf(i),
      slug: `preselect-${i}`,
      name: `Stowarzyszenie Wybierane ${i}`,
      legalForm: forms[i % 2]!,
      seatTerritoryCode: SEATS[Math.floor(next() * SEATS.length)]!,
      hasPublicBenefitStatus: next() < 0.3,
      verifiedAt: next() < 0.8 ? new Date("2026-01-01") : null,
    })),
  });
  await db().organisationSphere.createMany({
    data: order.flatMap((i) => some(spheres, 0.4).map((sphereId) => ({ organisationId: idOf(i), sphereId }))),
  });
  await db().partnershipProfile.createMany({
    data: order.map((i) => ({
      organisationId: idOf(i),
      openToPartnerships: next() < 0.85,
      offeredCompetences: some(COMPETENCES, 0.3),
      offeredResources: some(RESOURCES, 0.25),
      neededCompetences: some(COMPETENCES, 0.15),
      neededResources: some(RESOURCES, 0.15),
      updatedAt: next() < 0.5 ? now : new Date("2025-01-01"),
    })),
  });
  await db().partnershipPastProject.createMany({
    data: order
      .filter(() => next() < 0.2)
      .map((i) => ({ organisationId: idOf(i), title: "Wspólny projekt", yearFrom: 2023, yearTo: 2024 })),
  });
  // The author sits in the place, open to partnerships and offering what it needs: never its own partner.
  await db().partnershipProfile.update({
    where: { organisationId: idOf(0) },
    data: { openToPartnerships: true, offeredCompetences: COMPETENCES, offeredResources: RESOURCES },
  });
  await db().organisation.update({ where: { id: idOf(0) }, data: { verifiedAt: new Date("2026-01-01") } });
  const created = await createPartnerRequest(
    { organisationId: idOf(0) },
    {
      sphereCodes: [],
      territoryCodes: [POWIAT],
      neededCompetences: COMPETENCES.slice(0, 3),
      neededResources: RESOURCES.slice(0, 2),
      offeredResources: ["KITCHEN"],
    },
  );
  await db().partnerRequestSphere.createMany({
    data: spheres.slice(0, 2).map((sphereId) => ({ requestId: created.id, sphereId })),
  });
  request = (await requestRow(created.id))!;
});

describe("the fast path of a request's suggestions", () => {
  it("preselects the same organisations as a plain count over the whole place, ties cut by id", async () => {
    const seatOf = await seatLookup();
    const facts = requestFactsOf(request, seatOf);
    const near = await nearGminas(facts.seat, facts.radiusKm, facts.territoryCodes);
    const everyone = await db().organisation.findMany({
      where: { seatTerritoryCode: { startsWith: POWIAT }, partnershipProfile: { openToPartnerships: true } },
      select: {
        id: true,
        seatTerritoryCode: true,
        spheres: { select: { sphereId: true } },
        partnershipProfile: { select: { offeredCompetences: true, offeredResources: true } },
      },
    });
    const count = (held: readonly string[], wanted: readonly string[]) => held.filter((c) => wanted.includes(c)).length;
    const weighed = everyone
      .filter((o) => o.id !== request.organisationId)
      .map((o) => ({
        id: o.id,
        weight:
          3 * count(o.partnershipProfile!.offeredCompetences, facts.neededCompetences) +
          3 * count(o.partnershipProfile!.offeredResources, facts.neededResources) +
          2 *
            count(
              o.spheres.map((s) => s.sphereId),
              facts.sphereIds,
            ) +
          (near.includes(o.seatTerritoryCode) ? 1 : 0),
      }))
      .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
    // The set must be larger than what is kept, and hold ties at the cut, for the comparison to mean anything.
    expect(weighed.length).toBeGreaterThan(MAX_CANDIDATES);
    expect(weighed[MAX_CANDIDATES - 1]!.weight).toBe(weighed[MAX_CANDIDATES]!.weight);

    const preselected = await preselectCandidates(
      {
        neededCompetences: facts.neededCompetences,
        neededResources: facts.neededResources,
        sphereIds: facts.sphereIds,
        nearGminas: near,
        placePrefixes: placeOf(facts.territoryCodes, request.authorSeatCode),
        excludeOrganisationId: request.organisationId,
      },
      exposureSince(now),
    );
    // The rows come in no particular order (the score ranks them): the same set is what counts.
    expect(preselected.map((row) => row.id).sort()).toEqual(
      weighed
        .slice(0, MAX_CANDIDATES)
        .map((o) => o.id)
        .sort(),
    );
  });

  it("ranks the same top suggestions as scoring every organisation of the place in full", async () => {
    const [weights, seatOf] = await Promise.all([scoreWeights(), seatLookup()]);
    const facts = requestFactsOf(request, seatOf);
    const open = await db().partnershipProfile.findMany({
      where: { openToPartnerships: true, organisation: { seatTerritoryCode: { startsWith: POWIAT } } },
      select: { organisationId: true },
    });
    const rows = await Promise.all(
      open
        .filter((p) => p.organisationId !== request.organisationId)
        .map((p) => candidateRow(p.organisationId, exposureSince(now))),
    );
    const full = rankCandidates(
      rows.map((row) => ({
        id: row!.id,
        fit: scoreFit(facts, candidateFactsOf(row!, seatOf), weights, now),
        shownLastWeek: row!.shownLastWeek,
      })),
      weights.exposurePenalty,
    ).slice(0, SUGGESTIONS_SHOWN);

    const fast = await suggestPartners(request, { now });
    expect(fast.map((s) => [s.id, s.fit.score])).toEqual(full.map((s) => [s.id, s.fit.score]));
    expect(fast.map((s) => s.fit.reasons)).toEqual(full.map((s) => s.fit.reasons));
  });

  it("are ranked once for views arriving together, even just after a change to public data dropped them", async () => {
    const preselections = jest.mocked(preselectCandidates);
    await suggestPartners(request, { now });
    publicDataChangedElsewhere();
    preselections.mockClear();
    const views = await Promise.all([1, 2, 3].map(() => suggestPartners(request, { now })));
    expect(preselections).toHaveBeenCalledTimes(1);
    expect(views[1]).toBe(views[0]);
    expect(views[2]).toBe(views[0]);
  });

  it("are worded once per ranked list and language, each view of it in its reader's language", async () => {
    const editor = await createMember(request.organisationId!, "EDITOR");
    const pl = await suggestionsPage(request.slug, editor, "pl", now);
    const en = await suggestionsPage(request.slug, editor, "en", now);
    const plAgain = await suggestionsPage(request.slug, editor, "pl", now);
    if (pl.kind !== "ok" || en.kind !== "ok" || plAgain.kind !== "ok")
      throw new Error("the author's editor sees the page");
    expect(en.suggestions.map((s) => s.id)).toEqual(pl.suggestions.map((s) => s.id));
    expect(en.suggestions[0]!.explanation.why).not.toBe(pl.suggestions[0]!.explanation.why);
    expect(plAgain.suggestions).toBe(pl.suggestions);
    // A change to public data drops the ranking, and its wording with it.
    publicDataChangedElsewhere();
    const plAfter = await suggestionsPage(request.slug, editor, "pl", now);
    if (plAfter.kind !== "ok") throw new Error("the author's editor sees the page");
    expect(plAfter.suggestions).not.toBe(pl.suggestions);
    expect(plAfter.suggestions).toEqual(pl.suggestions);
  });
});
