// What every start does before serving: bring the schema up to date, then the
// reference data, then (for the demo only) the demo data. A database that
// holds the demo's data serves only the demo, and the demo only such a database.
import { applyMigrations } from "@/lib/db/migrations";
import { assertDemoDatabase, assertNotDemoDatabase } from "@/lib/demo/guard";
import { seedDemoData, demoInstanceDefaults } from "@/lib/demo/seed";
import { env } from "@/lib/env";
import { stopJobBoss } from "@/lib/jobs/boss";
import { log } from "@/lib/log";
import { ensureAgreementTemplate } from "@/lib/partnerships/agreement/library-template";
import { seedInstitutions, seedLegalRules, seedSpheres, seedTerritories } from "@/lib/reference-data/seed";
import { ensureSearchLexicon } from "@/lib/search/lexicon/load";
import { ensureInstanceSettings } from "@/lib/settings/seed";
import { regionCode } from "@/lib/settings/platform-name";

export async function prepareDatabase(options: {
  databaseUrl: string;
  demo: boolean;
  migrate?: boolean;
  authSecret?: string;
}): Promise<void> {
  if (options.migrate ?? env().MIGRATE_ON_START) {
    const applied = await applyMigrations(options.databaseUrl);
    log.info("migrations up to date", { appliedNow: applied.length });
  }
  // Before anything is written: the reference data and settings too belong to one kind of database.
  await (options.demo ? assertDemoDatabase() : assertNotDemoDatabase());
  const territories = await seedTerritories();
  const spheres = await seedSpheres();
  // The dated legal limits the competitions' and small grants' checks read (issue 25).
  const legalRules = await seedLegalRules();
  await ensureInstanceSettings(options.demo ? demoInstanceDefaults : undefined);
  const institutions = await seedInstitutions(await regionCode());
  // The model partnership agreement the platform fills (issue 23); an administrator's own version stays.
  const agreementTemplate = await ensureAgreementTemplate();
  log.info("reference data seeded", { territories, spheres, legalRules, institutions, agreementTemplate });
  // The Polish lexicon of the search (issue 24); loaded only when its file changed.
  const lexiconForms = await ensureSearchLexicon();
  if (lexiconForms > 0) log.info("search lexicon loaded", { forms: lexiconForms });
  if (options.demo) {
    const counts = await seedDemoData(options.authSecret);
    log.info("demo data seeded", counts);
    // Seeding answers remarks and publishes a report, which queue notifications;
    // the launcher does not run jobs, so its queue connection closes here.
    await stopJobBoss();
  }
}
