// The demo's partner requests: three open, listed requests, one from the
// marshal's office, whose needs the demo profiles can cover, seeded once
// (a visitor's change survives the next start).
import { db } from "@/lib/db/client";
import { demoPartnerRequests, seedDemoPartnerRequests } from "@/lib/demo/partnership-requests";
import { demoInstanceDefaults, seedDemoData } from "@/lib/demo/seed";
import { warsawDay } from "@/lib/partnerships/requests/dates";
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
  expect(await db().partnerRequest.count()).toBe(3);
});
