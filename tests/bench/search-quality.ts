// The bench's search-quality measurement (tests/bench/search-quality-data.ts)
// over the bench database: apart from the data, since the embedded server's
// module cannot be loaded by the integration tests.
import { disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";
import { ensureSearchQualitySet, measureSearchQuality, type SearchQuality } from "@/tests/bench/search-quality-data";

/** The bench's measurement, over the database at `port` (the national data). */
export async function evaluateSearchQuality(port: number): Promise<SearchQuality> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    await ensureSearchQualitySet();
    return await measureSearchQuality();
  } finally {
    await disconnectDb();
  }
}
