// A throwaway database for tools that need a live server (the wasm schema
// engine does, even to diff two schema files): on DATABASE_URL's server when
// set, otherwise on a scratch embedded PostgreSQL.
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { env } from "@/lib/env";
import pg from "pg";

export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `scratch_${process.pid}_${Date.now()}`;
  const external = env().DATABASE_URL;
  if (external) {
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(external);
      url.pathname = `/${name}`;
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
  const server = await startEmbeddedPostgres({ dataDir: ".data/scratch-postgres", port: env().EMBEDDED_PG_PORT + 9 });
  try {
    await server.createDatabase(name);
    try {
      return await work(server.url(name));
    } finally {
      await server.dropDatabase(name);
    }
  } finally {
    await server.stop();
  }
}
