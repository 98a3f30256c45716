// Demo data for `npm run demo`. Idempotent: rows are found by their natural
// keys (slug, e-mail) and created only when missing. Only the launcher's
// --demo flag calls this, and it refuses a database it did not start itself.
import { hashPassword } from "@/lib/accounts/password";
import { db } from "@/lib/db/client";
import { demoInstitutions, demoOrganisations, demoUsers } from "@/lib/demo/data";
import { defaultPlatformName, type InstanceDefaults } from "@/lib/settings/seed";

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

export async function seedDemoData(): Promise<{ institutions: number; organisations: number; users: number }> {
  const client = db();
  // A database that holds demo data says so on every page, even if its
  // settings were created before the demo was seeded into it.
  await client.instanceSettings.update({ where: { id: 1 }, data: { isDemo: true } });
  for (const institution of demoInstitutions) {
    await client.institution.upsert({ where: { slug: institution.slug }, create: institution, update: {} });
  }
  for (const { sphereCodes, ...organisation } of demoOrganisations) {
    const spheres = await client.publicBenefitSphere.findMany({
      where: { code: { in: sphereCodes }, validTo: null },
      select: { id: true },
    });
    await client.organisation.upsert({
      where: { slug: organisation.slug },
      create: { ...organisation, spheres: { create: spheres.map((s) => ({ sphereId: s.id })) } },
      update: {},
    });
  }
  for (const { password, organisation, institution, ...user } of demoUsers) {
    const existing = await client.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (existing) continue;
    await client.user.create({
      data: {
        ...user,
        passwordHash: await hashPassword(password),
        emailVerifiedAt: new Date(),
        organisationMemberships: organisation
          ? { create: { role: organisation.role, organisation: { connect: { slug: organisation.slug } } } }
          : undefined,
        institutionMemberships: institution
          ? { create: { role: institution.role, institution: { connect: { slug: institution.slug } } } }
          : undefined,
      },
    });
  }
  return { institutions: demoInstitutions.length, organisations: demoOrganisations.length, users: demoUsers.length };
}
