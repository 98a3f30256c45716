import { db } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { demoInstanceDefaults, seedDemoData } from "@/lib/demo/seed";
import { assertNotDemoDatabase } from "@/lib/demo/guard";
import { env } from "@/lib/env";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { ensureInstanceSettings } from "@/lib/settings/seed";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createUser } from "@/tests/factories/users";
import { resetDatabase } from "@/tests/helpers/reset-db";

// A checkout that ran the demo must not serve its published administrator as a
// real instance, and the demo must not write its fictional people and office
// contacts into a real instance's database.
describe("the database's record of holding demo data", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("makes a non-demo start refuse a database the demo seeded", async () => {
    await ensureInstanceSettings(demoInstanceDefaults);
    await expect(assertNotDemoDatabase()).rejects.toThrow(/holds the demo's data/);
    await expect(prepareDatabase({ databaseUrl: env().DATABASE_URL!, demo: false, migrate: false })).rejects.toThrow(
      /holds the demo's data/,
    );
  });

  it("lets a non-demo start use an empty database or a real instance's", async () => {
    await expect(assertNotDemoDatabase()).resolves.toBeUndefined();
    await createInstanceSettings();
    await expect(assertNotDemoDatabase()).resolves.toBeUndefined();
  });

  it("makes the demo seed refuse a real instance's database, without touching its offices", async () => {
    await createInstanceSettings();
    await seedInstitutions("16");
    await expect(seedDemoData()).rejects.toThrow(/real instance's data/);
    await expect(prepareDatabase({ databaseUrl: env().DATABASE_URL!, demo: true, migrate: false })).rejects.toThrow(
      /real instance's data/,
    );
    expect(await db().institution.count({ where: { officeName: { not: null } } })).toBe(0);
    expect(await db().institution.count({ where: { email: { not: null } } })).toBe(0);
    expect(await db().user.count()).toBe(0);
    expect((await db().instanceSettings.findUniqueOrThrow({ where: { id: 1 } })).isDemo).toBe(false);
  });

  it("makes the demo seed refuse a database with people in it but no settings yet", async () => {
    await createUser();
    await expect(prepareDatabase({ databaseUrl: env().DATABASE_URL!, demo: true, migrate: false })).rejects.toThrow(
      /real instance's data/,
    );
    expect(await db().instanceSettings.count()).toBe(0);
  });
});
