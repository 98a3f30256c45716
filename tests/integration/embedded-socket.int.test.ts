// The embedded PostgreSQL (lib/db/embedded.ts): the app's processes reach it
// over a Unix socket in its private data folder (each query then costs both
// sides less CPU than over TCP), and only with this checkout's own password.
import { statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import {
  EMBEDDED_PASSWORD_FILE,
  EMBEDDED_USER,
  LEGACY_EMBEDDED_PASSWORD,
  adoptCheckoutPassword,
  embeddedPassword,
  setCheckoutPassword,
} from "@/lib/db/embedded-password";
import { embeddedSocketUrl } from "@/lib/db/embedded-url";
import { TEST_POSTGRES_DIR } from "@/tests/helpers/test-database-dir";

// On an external server (DATABASE_URL given to the test run) there is no server of ours to look at.
const embedded = process.env.TEST_DATABASE_EMBEDDED === "true";
const tcp = () => new URL(process.env.DATABASE_URL!);

async function connectionError(config: pg.ClientConfig): Promise<string | undefined> {
  const client = new pg.Client(config);
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("the embedded database's socket address", () => {
  it("reaches the same database over the Unix socket in the server's data folder, not over TCP", async () => {
    if (!embedded) return;
    const url = embeddedSocketUrl(Number(tcp().port), TEST_POSTGRES_DIR, decodeURIComponent(tcp().pathname.slice(1)));
    expect(new URL(url).searchParams.get("host")).toBe(path.resolve(TEST_POSTGRES_DIR));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ database: string; address: string | null; sockets: string }>(
        "SELECT current_database() AS database, inet_server_addr()::text AS address, " +
          "current_setting('unix_socket_directories') AS sockets",
      );
      expect(rows[0]!.database).toBe(decodeURIComponent(tcp().pathname.slice(1)));
      // No server address: the connection is a Unix socket's.
      expect(rows[0]!.address).toBeNull();
      // Not a shared folder such as /tmp, where another local user could take the socket's name first.
      expect(rows[0]!.sockets).toBe(path.resolve(TEST_POSTGRES_DIR));
    } finally {
      await client.end();
    }
  });

  it("keeps the socket's folder closed to other users", () => {
    if (!embedded) return;
    expect(statSync(TEST_POSTGRES_DIR).mode & 0o077).toBe(0);
  });
});

describe("the embedded database's password", () => {
  it("is this checkout's own, kept in a file only its owner reads, and the published one is refused", async () => {
    if (!embedded) return;
    expect(embeddedPassword()).not.toBe(LEGACY_EMBEDDED_PASSWORD);
    expect(embeddedPassword().length).toBeGreaterThanOrEqual(32);
    expect(statSync(EMBEDDED_PASSWORD_FILE).mode & 0o077).toBe(0);
    const { hostname, port } = tcp();
    const base = { host: hostname, port: Number(port), user: EMBEDDED_USER, database: "postgres" };
    // 28P01: invalid_password.
    expect(await connectionError({ ...base, password: LEGACY_EMBEDDED_PASSWORD })).toBe("28P01");
    expect(await connectionError({ ...base, password: embeddedPassword() })).toBeUndefined();
  });

  it("moves a server that still has the published password to the checkout's own at its start", async () => {
    if (!embedded) return;
    const { hostname, port } = tcp();
    const base = { host: hostname, port: Number(port), user: EMBEDDED_USER, database: "postgres" };
    const admin = new pg.Client({ ...base, password: embeddedPassword() });
    await admin.connect();
    try {
      await admin.query(`ALTER ROLE "${EMBEDDED_USER}" PASSWORD '${LEGACY_EMBEDDED_PASSWORD}'`);
      await adoptCheckoutPassword(Number(port));
      expect(await connectionError({ ...base, password: LEGACY_EMBEDDED_PASSWORD })).toBe("28P01");
      expect(await connectionError({ ...base, password: embeddedPassword() })).toBeUndefined();
      // Stored, and sent, as a SCRAM verifier: the password itself is in no statement the server could log.
      const { rows } = await admin.query<{ stored: string }>(
        `SELECT rolpassword AS stored FROM pg_authid WHERE rolname = '${EMBEDDED_USER}'`,
      );
      expect(rows[0]!.stored).toMatch(/^SCRAM-SHA-256\$4096:/);
      expect(rows[0]!.stored).not.toContain(embeddedPassword());
    } finally {
      // Whatever happened above, the rest of the run connects with the checkout's password.
      await setCheckoutPassword(admin);
      await admin.end();
    }
  });
});
