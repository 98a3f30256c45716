import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import {
  applyMigrations,
  compareHistory,
  listMigrationFiles,
  MigrationError,
  MIGRATIONS_DIR,
  type AppliedMigrationRow,
} from "@/lib/db/migrations";
import { env } from "@/lib/env";

// Each test works in databases of its own beside the shared test database.
const created: string[] = [];

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: env().DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function freshDatabase(name: string): Promise<string> {
  const database = `${new URL(env().DATABASE_URL!).pathname.slice(1)}_${name}`;
  await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${database}"`);
  created.push(database);
  const url = new URL(env().DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

afterAll(async () => {
  for (const database of created) await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The migrations applied to the database at `url` and those pending, as the health check compares them. */
async function migrationStatus(url: string, dir = MIGRATIONS_DIR) {
  const rows = await query<AppliedMigrationRow>(
    url,
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return compareHistory(listMigrationFiles(dir), rows);
}

/**
 * Constraints and indexes that Prisma's schema language cannot express, added
 * by hand to migrations: the drift check sets them aside and checks they exist.
 */
const HAND_WRITTEN = new Set([
  "MembershipRequest_one_target",
  "MembershipRequest_pending_organisation_key",
  "MembershipRequest_pending_institution_key",
  "TopicSubscription_some_topic",
  "TopicSubscription_same_topic_key",
  "Organisation_searchVector_idx",
  "Organisation_nameFolded_trgm_idx",
  "Organisation_name_pl_idx",
  "Organisation_sphereIds_idx",
  "Organisation_sphereIds_not_null",
  "Organisation_searchContext_not_null",
  "Consultation_searchVector_idx",
  "ForumPost_searchVector_idx",
  "ForumThread_searchVector_idx",
  "NewsArticle_searchVector_idx",
  "LibraryDocument_searchVector_idx",
  "LibraryDocumentVersion_searchVector_idx",
  "Idea_searchVector_idx",
  "Idea_public_listed_idx",
  "Idea_addressee_institution_check",
  "Idea_not_merged_into_itself_check",
  "Idea_counters_check",
  "IdeaOutcome_one_target_check",
  "PartnerRequest_searchVector_idx",
  "Institution_searchVector_idx",
  "SearchWord_word_trgm_idx",
  "PartnerRequest_one_author_party",
  "PartnerRequest_max_partners_positive",
  "PartnerRequest_accepted_within_max",
  "PartnerRequest_budget_share_percent",
  "PartnerInterest_one_party",
  "Partnership_one_requester",
  "Partnership_one_partner",
  "Organisation_seat_match_idx",
  "PartnershipProfile_open_offers_idx",
  "Competition_searchVector_idx",
  "Competition_searchContext_not_null",
  "Competition_deadline_after_open",
  "CompetitionTask_pool_not_negative",
  "Offer_template_task",
  "CommissionNomination_live_organisation_key",
  "CorrectionRequest_one_open",
  "CommissionMember_user_active",
  "CommissionMember_one_chair",
  "FormalReview_rejection_reason",
  "Commission_threshold",
  "EvaluationScore_range",
  "OfferAssessment_amount",
  "OfferAssessment_cut_reason",
  "OfferAssessment_agreed_score",
  "TaskDecision_annulment_ground",
  "TaskDecision_reason",
  "OfferDecision_amount",
  // Constraint triggers appear in pg_constraint under their own names.
  "OfferAssessment_pool",
  "TaskAward_pool",
]);

/** Generated columns added by hand (Prisma cannot declare them), as table.column. */
const HAND_WRITTEN_COLUMNS = new Set([
  "Organisation.searchVector",
  "Organisation.searchContext",
  "Organisation.nameFolded",
  "Organisation.sphereIds",
  "Consultation.searchVector",
  "ForumPost.searchVector",
  "ForumThread.searchVector",
  "NewsArticle.searchVector",
  "LibraryDocument.searchVector",
  "LibraryDocumentVersion.searchVector",
  "Idea.searchVector",
  "PartnerRequest.searchVector",
  "Institution.searchVector",
  "Competition.searchVector",
  "Competition.searchContext",
]);

/** What Prisma's schema controls, in comparable form. */
async function catalog(url: string) {
  const all = await fullCatalog(url);
  return {
    ...all,
    columns: all.columns.filter((c) => !HAND_WRITTEN_COLUMNS.has(`${String(c.table_name)}.${String(c.column_name)}`)),
    constraints: all.constraints.filter((c) => !HAND_WRITTEN.has(String(c.conname))),
    indexes: all.indexes.filter((i) => !HAND_WRITTEN.has(String(i.indexname))),
  };
}

async function fullCatalog(url: string) {
  const [columns, constraints, indexes, enums, extensions] = await Promise.all([
    query(
      url,
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
                ORDER BY table_name, column_name`,
    ),
    query(
      url,
      `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
    ),
    query(
      url,
      `SELECT tablename, indexname, indexdef FROM pg_indexes
                WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
    ),
    query(
      url,
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
                FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`,
    ),
    query(url, `SELECT extname FROM pg_extension ORDER BY 1`),
  ]);
  return { columns, constraints, indexes, enums, extensions };
}

describe("migrations", () => {
  let schemaSql: { fromEmpty: string; fromSnapshot: string };

  beforeAll(async () => {
    const scratch = await freshDatabase("scratch");
    const output = execFileSync(
      process.execPath,
      ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "lib/cli/schema-sql.ts"],
      { env: { ...process.env, DATABASE_URL: scratch }, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    schemaSql = JSON.parse(output);
  });

  it("build the same database as prisma/schema describes (no drift)", async () => {
    const fromMigrations = await freshDatabase("from_migrations");
    const fromSchema = await freshDatabase("from_schema");
    await applyMigrations(fromMigrations);
    await query(fromSchema, schemaSql.fromEmpty);
    const expected = await catalog(fromSchema);
    expect(expected.columns.length).toBeGreaterThan(0);
    expect(await catalog(fromMigrations)).toEqual(expected);
    const migrated = await fullCatalog(fromMigrations);
    const present = [...migrated.constraints.map((c) => c.conname), ...migrated.indexes.map((i) => i.indexname)];
    expect(present).toEqual(expect.arrayContaining([...HAND_WRITTEN]));
    const columns = migrated.columns.map((c) => `${String(c.table_name)}.${String(c.column_name)}`);
    expect(columns).toEqual(expect.arrayContaining([...HAND_WRITTEN_COLUMNS]));
  });

  it("leave nothing for the next `npm run db:migration` to pick up from the snapshot", () => {
    // The engine prints only comments, or nothing, when the schemas agree.
    expect(schemaSql.fromSnapshot.split("\n").filter((line) => line.trim() && !line.startsWith("--"))).toEqual([]);
  });

  it("record each migration in Prisma's table with Prisma's checksum, once", async () => {
    const url = await freshDatabase("history");
    const applied = await applyMigrations(url);
    expect(applied).toEqual(listMigrationFiles().map((f) => f.name));
    expect(await applyMigrations(url)).toEqual([]);

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toHaveLength(applied.length);
    for (const [index, file] of listMigrationFiles().entries()) {
      expect(rows[index]).toMatchObject({
        migration_name: file.name,
        checksum: createHash("sha256").update(file.sql).digest("hex"),
        applied_steps_count: 1,
      });
      expect(rows[index]!.finished_at).toBeInstanceOf(Date);
    }
    expect(await migrationStatus(url)).toEqual({ applied, pending: [], modified: [], failed: [] });
  });

  it("make pg_trgm and unaccent available", async () => {
    const url = await freshDatabase("extensions");
    await applyMigrations(url);
    const [row] = await query<{ plain: string; similar: number }>(
      url,
      `SELECT unaccent('Kędzierzyn-Koźle') AS plain, similarity('Głuchołazy', 'Glucholazy') AS similar`,
    );
    expect(row!.plain).toBe("Kedzierzyn-Kozle");
    expect(row!.similar).toBeGreaterThan(0);
  });

  it("report a pending migration, and roll back a failing one without recording it", async () => {
    const url = await freshDatabase("failing");
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    await applyMigrations(url, dir);

    mkdirSync(path.join(dir, "29990101000000_broken"));
    writeFileSync(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      'CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n',
    );
    expect((await migrationStatus(url, dir)).pending).toEqual(["29990101000000_broken"]);

    await expect(applyMigrations(url, dir)).rejects.toThrow(MigrationError);
    await expect(applyMigrations(url, dir)).rejects.toThrow(/29990101000000_broken failed/);
    expect(await query(url, `SELECT to_regclass('"Half"') AS t`)).toEqual([{ t: null }]);
    expect((await migrationStatus(url, dir)).pending).toEqual(["29990101000000_broken"]);
  });

  it("let instances started together apply migrations once", async () => {
    const url = await freshDatabase("concurrent");
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    expect(results.flat()).toEqual(listMigrationFiles().map((f) => f.name));
  });
});
