// The demo's open competitions: the marshal's office's competition open for
// offers (two tasks, the statutory publications, a commission call), a draft
// offer and a submitted joint offer, and last year's decided edition whose
// grants make the "same kind last year" rows computed; seeded once.
import { db } from "@/lib/db/client";
import { DEMO_COMPETITION_SLUG, DEMO_PAST_COMPETITION_SLUG, demoWorkingDayAt } from "@/lib/demo/competitions";
import { demoInstanceDefaults, seedDemoData } from "@/lib/demo/seed";
import { isAcceptingOffers } from "@/lib/offers/calc/deadline";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { isWorkingDay } from "@/lib/time/polish-holidays";
import { polishDay } from "@/lib/time/polish-local";
import { ensureInstanceSettings } from "@/lib/settings/seed";

beforeAll(async () => {
  await ensureInstanceSettings(demoInstanceDefaults);
  await seedInstitutions("16");
  await seedDemoData();
  await seedDemoData();
});

it("has the office's competition open for offers, published in the three statutory channels", async () => {
  const competition = await db().competition.findUniqueOrThrow({
    where: { slug: DEMO_COMPETITION_SLUG },
    include: { tasks: { orderBy: { position: "asc" } }, publications: true, commissionCall: true },
  });
  expect(competition.status).toBe("PUBLISHED");
  expect(isAcceptingOffers(competition, new Date())).toBe(true);
  expect(competition.tasks.map((task) => [task.kindName, task.form, task.pool])).toEqual([
    ["Wspieranie aktywności osób starszych", "SUPPORT", 200_000_00n],
    ["Promocja i organizacja wolontariatu", "ENTRUSTMENT", 120_000_00n],
  ]);
  expect(competition.publications.map((p) => p.channel).sort()).toEqual(["BIP", "NOTICE_BOARD", "WEBSITE"]);
  expect(competition.commissionCall).not.toBeNull();
  expect(competition.rulesSnapshot).not.toBeNull();
  // A real office's deadline: not on a Sunday or a holiday (the platform would warn about it).
  expect(isWorkingDay(polishDay(competition.offersDeadline))).toBe(true);
  expect(await db().competition.count({ where: { slug: DEMO_COMPETITION_SLUG } })).toBe(1);
});

it("puts the demo's deadlines on working days: 25 days from 7 December 2026 is New Year's Day, so 4 January", () => {
  expect(demoWorkingDayAt(25, "16:00", new Date("2026-12-07T09:00:00Z"))).toEqual(new Date("2027-01-04T15:00:00Z"));
  expect(demoWorkingDayAt(24, "16:00", new Date("2026-12-07T09:00:00Z"))).toEqual(new Date("2026-12-31T15:00:00Z"));
});

it("computes the same-kind rows of last year from the decided edition's grants", async () => {
  const past = await db().competition.findUniqueOrThrow({ where: { slug: DEMO_PAST_COMPETITION_SLUG } });
  expect(past.status).toBe("DECIDED");
  const rows = await db().taskHistoryRow.findMany({
    where: { task: { competition: { slug: DEMO_COMPETITION_SLUG } }, computed: true },
    include: { task: { select: { number: true } } },
  });
  const grantsOf = (number: string) =>
    rows.filter((row) => row.task.number === number).reduce((sum, row) => sum + row.grants, 0n);
  expect(grantsOf("1")).toBe(63_000_00n);
  expect(grantsOf("2")).toBe(30_000_00n);
});

it("has a draft offer of the volunteering centre and a submitted joint offer of Forum with Zielona Odra", async () => {
  const offers = await db().offer.findMany({
    where: { competition: { slug: DEMO_COMPETITION_SLUG } },
    include: {
      leadOrganisation: { select: { slug: true } },
      coApplicants: {
        include: { organisation: { select: { slug: true } }, acceptedBy: { select: { email: true } } },
      },
      versions: true,
    },
    orderBy: { createdAt: "asc" },
  });
  expect(offers.map((offer) => [offer.leadOrganisation.slug, offer.kind, offer.status])).toEqual([
    ["opolskie-centrum-wolontariatu", "SINGLE", "DRAFT"],
    ["forum-praw-obywatelskich", "JOINT", "SUBMITTED"],
  ]);
  const joint = offers[1]!;
  expect(joint.coApplicants.map((c) => c.organisation.slug)).toEqual(["zielona-odra"]);
  // Zielona Odra agreed through its editor before the submission, as the platform requires.
  expect(joint.coApplicants[0]!.acceptedBy?.email).toBe("t.nadodrzanska@demo.example.org");
  expect(joint.coApplicants[0]!.acceptedAt!.getTime()).toBeLessThanOrEqual(joint.versions[0]!.submittedAt.getTime());
  expect(joint.versions).toHaveLength(1);
  expect(joint.versions[0]!.shortChecksum).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
  expect(joint.versions[0]!.totalCost).toBe(39_640_00n);
  expect(joint.versions[0]!.years).toHaveLength(2);
});

it("has a small-grant offer published for remarks, with a resident's remark answered by the office", async () => {
  const cases = await db().smallGrantCase.findMany({
    include: { remarks: true, offer: { select: { template: true, status: true, requestedGrant: true } } },
  });
  expect(cases).toHaveLength(1);
  const [smallGrant] = cases;
  expect(smallGrant!.offer.template).toBe("SIMPLIFIED_2018");
  expect(smallGrant!.stage).toBe("PUBLISHED");
  expect(smallGrant!.remarksUntil!.getTime()).toBeGreaterThan(Date.now());
  expect(smallGrant!.remarks).toHaveLength(1);
  expect(smallGrant!.remarks[0]!.answer).toMatch(/parkingu/);
});
