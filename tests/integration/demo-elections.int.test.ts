import { db } from "@/lib/db/client";
import { DEMO_COUNTED_TITLE, DEMO_TIED_TITLE, DEMO_VOTING_TITLE } from "@/lib/demo/elections";
import { demoInstanceDefaults, seedDemoData } from "@/lib/demo/seed";
import { listPublicElections } from "@/lib/elections/queries";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { ensureInstanceSettings } from "@/lib/settings/seed";

// What a first-time visitor reads about the demo elections must agree with
// itself: dates that follow one another, and no "results announced" over a
// tie that is still to be decided.
describe("the demo elections, as people read them", () => {
  beforeAll(async () => {
    await ensureInstanceSettings(demoInstanceDefaults);
    await seedInstitutions("16");
    await seedDemoData();
  });

  it("close each voter registry when voting starts, as the published registry page says", async () => {
    const elections = await db().election.findMany({
      where: { registryFrozenAt: { not: null } },
      select: { title: true, votingStartAt: true, registryFrozenAt: true },
    });
    expect(elections.map((election) => election.title).sort()).toEqual(
      [DEMO_TIED_TITLE, DEMO_COUNTED_TITLE, DEMO_VOTING_TITLE].sort(),
    );
    for (const election of elections)
      expect({ title: election.title, frozen: election.registryFrozenAt!.toISOString() }).toEqual({
        title: election.title,
        frozen: election.votingStartAt.toISOString(),
      });
  });

  it("show the by-election whose tie a further round decides as such, not as announced results", async () => {
    const standing = new Map((await listPublicElections()).map((election) => [election.title, election.phase]));
    expect(standing.get(DEMO_TIED_TITLE)).toBe("tieUndecided");
    // The count settled Nysa's tie by lot: its results are final.
    expect(standing.get(DEMO_COUNTED_TITLE)).toBe("resultsPublished");
    expect(standing.get(DEMO_VOTING_TITLE)).toBe("voting");
  });
});
