import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { seedLegalRules } from "@/lib/reference-data/seed";

// Reference data (territories, spheres, the search's lexicon and words) is seeded once per run and kept, as
// is what migrations put in (the forum's default blocked words, the search's abbreviations; a test that
// changes them puts them back); everything else starts empty in each test file.
const KEEP = new Set([
  "_prisma_migrations",
  "Territory",
  "PublicBenefitSphere",
  "ForumBlockedWord",
  "SearchLemma",
  "SearchLexicon",
  "SearchAbbreviation",
  // Words of names and titles for the typo fallback; one more word only adds a candidate.
  "SearchWord",
]);

export async function resetDatabase(): Promise<void> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
  const names = tables.map((t) => t.tablename).filter((name) => !KEEP.has(name));
  if (names.length > 0) {
    await db().$executeRawUnsafe(`TRUNCATE ${names.map((n) => `"${n}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
  // The partnership rules' row, as its migration inserts it.
  await db().$executeRaw`INSERT INTO "PartnershipSettings" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP)`;
  // The legal limits' first values, as every instance starts with them (LegalRule refers to its
  // author, so it goes with the people and comes back here).
  await seedLegalRules();
  // What the process keeps of public data (instance settings, counts) went with the rows.
  publicDataChanged();
}
