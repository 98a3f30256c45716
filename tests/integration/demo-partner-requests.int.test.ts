// The demo's partner requests: three open, listed requests, one from the
// marshal's office, whose needs the demo profiles can cover, and one held for
// the moderators; their interests scored as the form scores them, and
// contacts to reveal on acceptance; seeded once (a visitor's change survives
// the next start).
import { db } from "@/lib/db/client";
import { demoPartnerRequests, seedDemoPartnerRequests } from "@/lib/demo/partnership-requests";
import { demoInstanceDefaults, seedDemoData } from "@/lib/demo/seed";
import { warsawDay } from "@/lib/partnerships/requests/dates";
import { revealedContacts } from "@/lib/partnerships/interests/contacts";
import { partnerRequestModerationQueue } from "@/lib/partnerships/requests/moderation-queue";
import { isListed } from "@/lib/partnerships/requests/policy";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { ensureInstanceSettings } from "@/lib/settings/seed";

beforeAll(async () => {
  await ensureInstanceSettings(demoInstanceDefaults);
  await seedInstitutions("16");
  await seedDemoData();
  await seedDemoData();
});

it("has three open requests, one from the marshal's office, that demo organisations can answer", async () => {
  const requests = await db().partnerRequest.findMany({
    where: { visibility: "PUBLISHED" },
    include: { institution: { select: { territoryCode: true } }, organisation: { select: { slug: true } } },
    orderBy: { slug: "asc" },
  });
  expect(requests.map((r) => r.slug)).toEqual([
    "bezpieczne-wakacje-partnerzy-gminy",
    "festiwal-pogranicza-partner-czeski-i-niemiecki",
    "kuchnia-dla-seniorow-partner-wolontariusze",
  ]);
  for (const request of requests) expect(isListed(request, warsawDay(new Date()))).toBe(true);
  const office = requests.find((r) => r.slug === "bezpieczne-wakacje-partnerzy-gminy")!;
  expect(office.institution?.territoryCode).toBe("16");
  expect(office.authorId).not.toBeNull();
  // The demo foundation offers some of what the office needs: it is the one the journey sends to "for you".
  const foundation = await db().partnershipProfile.findFirstOrThrow({
    where: { organisation: { slug: "opolskie-centrum-wolontariatu" } },
  });
  expect(office.neededCompetences.some((code) => foundation.offeredCompetences.includes(code))).toBe(true);
  // Every need of every request is offered by some demo profile.
  const profiles = await db().partnershipProfile.findMany();
  for (const request of requests) {
    for (const code of request.neededCompetences)
      expect(profiles.some((p) => p.offeredCompetences.includes(code))).toBe(true);
    for (const code of request.neededResources)
      expect(profiles.some((p) => p.offeredResources.includes(code))).toBe(true);
  }
});

it("keeps a visitor's change at the next start", async () => {
  const slug = demoPartnerRequests[0]!.slug;
  await db().partnerRequest.update({ where: { slug }, data: { title: "Zmienione przez gościa" } });
  await seedDemoPartnerRequests();
  expect((await db().partnerRequest.findUniqueOrThrow({ where: { slug } })).title).toBe("Zmienione przez gościa");
  expect(await db().partnerRequest.count()).toBe(demoPartnerRequests.length);
});

it("has a request held for the moderators: off the lists, in their queue, its party's to see", async () => {
  const held = await db().partnerRequest.findMany({
    where: { visibility: "PENDING" },
    select: { id: true, slug: true, authorId: true, reviewRequestedAt: true, organisation: { select: { slug: true } } },
  });
  expect(held).toMatchObject([
    { slug: "porady-prawne-dla-migrantow-partner-z-sala", organisation: { slug: "forum-praw-obywatelskich" } },
  ]);
  // The demo NGO account acts for it, so its "waits for moderation" can be seen.
  const author = await db().user.findUniqueOrThrow({ where: { id: held[0]!.authorId! }, select: { email: true } });
  expect(author.email).toBe("ngo@demo.example.org");
  expect(held[0]!.reviewRequestedAt).not.toBeNull();
  expect((await partnerRequestModerationQueue()).held.map((item) => item.id)).toEqual([held[0]!.id]);
});

it("stores each demo interest's fit as the interest form does", async () => {
  const interests = await db().partnerInterest.findMany({ select: { fitScore: true } });
  expect(interests.length).toBeGreaterThanOrEqual(7);
  for (const { fitScore } of interests) {
    expect(fitScore).not.toBeNull();
    expect(fitScore).toBeGreaterThan(0);
    expect(fitScore).toBeLessThanOrEqual(1);
  }
});

it("reveals the demo sides' contacts to each other once an interest is accepted, seeded once", async () => {
  const accepted = await db().partnerInterest.findFirstOrThrow({
    where: { status: "ACCEPTED", request: { slug: "kuchnia-dla-seniorow-partner-wolontariusze" } },
    select: {
      status: true,
      organisationId: true,
      authorId: true,
      partnership: { select: { status: true } },
      request: { select: { organisationId: true, authorId: true } },
    },
  });
  const ofAuthor = await revealedContacts(
    accepted,
    { kind: "organisation", id: accepted.request.organisationId! },
    accepted.request.authorId,
  );
  expect(ofAuthor?.channels.length).toBeGreaterThan(0);
  expect(ofAuthor?.persons).toHaveLength(1);
  const ofPartner = await revealedContacts(
    accepted,
    { kind: "organisation", id: accepted.organisationId! },
    accepted.authorId,
  );
  expect(ofPartner?.persons).toHaveLength(1);
  expect(ofPartner?.personEmail).toBe("ngo@demo.example.org");
});
