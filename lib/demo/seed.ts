// Demo data for `npm run demo`. Idempotent: rows are found by their natural
// keys (slug, e-mail) and created only when missing. Only the launcher's
// --demo flag calls this; it seeds only a database that is the demo's
// (lib/demo/guard.ts), never a real instance's.
import { hashPassword } from "@/lib/accounts/password";
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { assertDemoDatabase } from "@/lib/demo/guard";
import { env } from "@/lib/env";
import { openSecret, sealSecret } from "@/lib/security/secret-box";
import { seedDemoCompetitions } from "@/lib/demo/competitions";
import { seedDemoConsultations } from "@/lib/demo/consultations";
import { seedDemoElections } from "@/lib/demo/elections";
import { seedDemoForum } from "@/lib/demo/forum";
import { seedDemoLibrary } from "@/lib/demo/library";
import { seedDemoIdeas } from "@/lib/demo/ideas";
import { seedDemoNews } from "@/lib/demo/news";
import { seedDemoPartnershipProfiles } from "@/lib/demo/partnerships";
import { seedDemoPartnershipContacts } from "@/lib/demo/partnership-contacts";
import { seedDemoPartnerRequests } from "@/lib/demo/partnership-requests";
import { seedDemoPartnershipWorkflow } from "@/lib/demo/partnership-workflow";
import { demoInstitutionOffices, demoOrganisations, demoUsers } from "@/lib/demo/data";
import { defaultPlatformName, type InstanceDefaults } from "@/lib/settings/seed";
import { polishAt } from "@/lib/time/polish-local";

const twoFactorFor = (secret: string, authSecret: string | undefined) => ({
  totpSecret: sealSecret(secret, authSecret),
  totpEnabledAt: new Date(),
  totpLastStep: null,
});

export const demoInstanceDefaults: InstanceDefaults = {
  regionCode: "16",
  platformName: defaultPlatformName("OPOLSKIE"),
  operatorName: "Urząd Marszałkowski Województwa Opolskiego (instancja demonstracyjna)",
  operatorAddress: "ul. Przykładowa 1, 45-000 Opole",
  operatorEmail: `kontakt@demo.example.org`,
  operatorPhone: "+48 77 000 00 00",
  operatorWebsite: null,
  isDemo: true,
};

/** `authSecret` seals the demo's two-factor keys as the app will open them. */
export async function seedDemoData(
  authSecret = env().AUTH_SECRET,
): Promise<{ offices: number; organisations: number; users: number }> {
  await assertDemoDatabase();
  const client = db();
  // Every page of a database that holds demo data says so, and a real start refuses it.
  await client.instanceSettings.update({ where: { id: 1 }, data: { isDemo: true } });
  publicDataChanged();
  for (const { territoryCode, ...office } of demoInstitutionOffices) {
    // Only fills what nobody has set: demo visitors' edits survive restarts.
    await client.institution.updateMany({ where: { territoryCode, officeName: null }, data: office });
  }
  for (const [index, { sphereCodes, verified, ...organisation }] of demoOrganisations.entries()) {
    const spheres = await client.publicBenefitSphere.findMany({
      where: { code: { in: sphereCodes }, validTo: null },
      select: { id: true },
    });
    // Joined over the past year and a half, verified two days later: not all on the day the demo was seeded.
    const joined = polishAt(-(40 + 37 * index), "10:00");
    await client.organisation.upsert({
      where: { slug: organisation.slug },
      create: {
        ...organisation,
        createdAt: joined,
        verifiedAt: verified ? new Date(joined.getTime() + 2 * 24 * 3600 * 1000) : null,
        spheres: { create: spheres.map((s) => ({ sphereId: s.id })) },
      },
      update: {},
    });
    // Demo databases seeded before the organisations had numbers get them, unless someone gave one.
    if (organisation.krs)
      await client.organisation.updateMany({
        where: { slug: organisation.slug, krs: null },
        data: { krs: organisation.krs },
      });
  }
  for (const { password, organisations = [], institution, totpSecret, ...user } of demoUsers) {
    const existing = await client.user.findUnique({
      where: { email: user.email },
      select: { id: true, totpSecret: true },
    });
    if (existing) {
      // Memberships added to the demo later reach databases seeded before.
      for (const membership of organisations) {
        const organisation = await client.organisation.findUniqueOrThrow({
          where: { slug: membership.slug },
          select: { id: true },
        });
        await client.organisationMembership.upsert({
          where: { userId_organisationId: { userId: existing.id, organisationId: organisation.id } },
          create: { userId: existing.id, organisationId: organisation.id, role: membership.role },
          update: {},
        });
      }
      // A key sealed under an earlier AUTH_SECRET (or none) is sealed again, so the documented key keeps working.
      if (totpSecret && (!existing.totpSecret || openSecret(existing.totpSecret, authSecret) !== totpSecret)) {
        await client.user.update({ where: { id: existing.id }, data: twoFactorFor(totpSecret, authSecret) });
      }
      continue;
    }
    await client.user.create({
      data: {
        ...user,
        passwordHash: await hashPassword(password),
        // Demo people have been around for a while: the forum treats them as in good standing, not as new accounts.
        createdAt: new Date(Date.now() - 90 * 24 * 3600 * 1000),
        emailVerifiedAt: new Date(),
        ...(totpSecret ? twoFactorFor(totpSecret, authSecret) : {}),
        organisationMemberships: {
          create: organisations.map((membership) => ({
            role: membership.role,
            organisation: { connect: { slug: membership.slug } },
          })),
        },
        institutionMemberships: institution
          ? {
              create: {
                role: institution.role,
                institution: { connect: { territoryCode: institution.territoryCode } },
              },
            }
          : undefined,
      },
    });
  }
  await seedDemoConsultations();
  await seedDemoElections();
  await seedDemoForum();
  await seedDemoNews();
  await seedDemoLibrary();
  await seedDemoIdeas();
  await seedDemoPartnershipProfiles();
  await seedDemoPartnerRequests();
  await seedDemoPartnershipContacts();
  await seedDemoPartnershipWorkflow();
  await seedDemoCompetitions();
  return { offices: demoInstitutionOffices.length, organisations: demoOrganisations.length, users: demoUsers.length };
}
