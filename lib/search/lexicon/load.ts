// Loads the Polish lexicon (lib/search/lexicon/pl-lemmas.tsv.gz, see
// generate.ts) into "SearchLemma" when the database is prepared. Plain data in
// a table, so it works the same on the embedded server and on any PostgreSQL
// behind DATABASE_URL, and goes with a dump. Idempotent: the file's hash is
// kept in "SearchLexicon", and an unchanged file is not loaded again. Search
// vectors do not depend on the lexicon (only pl_search_query reads it), so a
// new file needs no reindex, and a restore loads in any order.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { db } from "@/lib/db/client";
import { stemWord } from "@/lib/search/lexicon/words";

export const LEXICON_FILE = path.join(process.cwd(), "lib/search/lexicon/pl-lemmas.tsv.gz");
const BATCH = 20_000;

export interface LexiconEntry {
  form: string;
  lemmas: string[];
}

/** "form\tlemma lemma" lines; blank lines skipped. */
export function parseLexicon(text: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const line of text.split("\n")) {
    const [form, lemmas] = line.split("\t");
    if (form && lemmas) entries.push({ form, lemmas: lemmas.split(" ") });
  }
  return entries;
}

/** Loads the file unless the database already holds it; says how many forms it loaded (0 when none). */
export async function ensureSearchLexicon(file = LEXICON_FILE): Promise<number> {
  const compressed = readFileSync(file);
  const version = createHash("sha256").update(compressed).digest("hex");
  const current = await db().searchLexicon.findUnique({ where: { id: 1 } });
  if (current?.version === version) return 0;
  const entries = parseLexicon(gunzipSync(compressed).toString("utf8"));
  return db().$transaction(
    async (tx) => {
      // Two processes starting together: the second waits, then finds the version loaded.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('search-lexicon'))`;
      const again = await tx.searchLexicon.findUnique({ where: { id: 1 } });
      if (again?.version === version) return 0;
      // TRUNCATE leaves no dead rows behind; it waits for readers, which is fine before the app serves.
      await tx.$executeRaw`TRUNCATE "SearchLemma"`;
      for (let start = 0; start < entries.length; start += BATCH) {
        const batch = entries.slice(start, start + BATCH);
        // Stems by stemWord, pl_stem's copy (a SQL call per word would take most of the load's time);
        // tests/integration/search-forgiving.int.test.ts checks them against pl_stem.
        await tx.$executeRaw`
          INSERT INTO "SearchLemma" (form, stem, "lemmaStems")
          SELECT f, s, string_to_array(l, ' ')
          FROM unnest(
            ${batch.map((e) => e.form)}::text[],
            ${batch.map((e) => stemWord(e.form))}::text[],
            ${batch.map((e) => [...new Set(e.lemmas.map(stemWord))].sort().join(" "))}::text[]
          ) AS u(f, s, l)
          ON CONFLICT (form) DO NOTHING`;
      }
      // Statistics now, so the first queries use the indexes; and the GIN index's pending list
      // merged into it, since until a vacuum every lookup would read the 200,000 rows' list.
      await tx.$executeRaw`ANALYZE "SearchLemma"`;
      await tx.$queryRaw`SELECT gin_clean_pending_list('"SearchLemma_lemmaStems_idx"'::regclass)`;
      await tx.searchLexicon.upsert({
        where: { id: 1 },
        create: { id: 1, version },
        update: { version, loadedAt: new Date() },
      });
      return entries.length;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}
