// The app's processes reach the embedded PostgreSQL over its Unix socket
// (lib/cli/serve.ts): each query then costs both sides less CPU than over TCP.
import pg from "pg";
import { embeddedSocketUrl } from "@/lib/db/embedded-url";

describe("the embedded database's socket address", () => {
  it("reaches the same database over the Unix socket, not over TCP", async () => {
    // On an external server (DATABASE_URL given to the test run) there is no socket of ours to reach.
    if (process.env.TEST_DATABASE_EMBEDDED !== "true") return;
    const tcp = new URL(process.env.DATABASE_URL!);
    const client = new pg.Client({
      connectionString: embeddedSocketUrl(Number(tcp.port), decodeURIComponent(tcp.pathname.slice(1))),
    });
    await client.connect();
    try {
      const { rows } = await client.query<{ database: string; address: string | null }>(
        "SELECT current_database() AS database, inet_server_addr()::text AS address",
      );
      expect(rows[0]!.database).toBe(decodeURIComponent(tcp.pathname.slice(1)));
      // No server address: the connection is a Unix socket's.
      expect(rows[0]!.address).toBeNull();
    } finally {
      await client.end();
    }
  });
});
