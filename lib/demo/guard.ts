// The database records whether it holds the demo's data: the instance
// settings' isDemo, set when the demo creates them. The demo's administrator
// has a password and a two-factor key published in the README, so a database
// the demo seeded must never serve a real instance, and the demo must never
// write its fictional people and office contacts into a real instance's data.
import { db } from "@/lib/db/client";

/** A start refused because of what the database holds; the launcher prints the message as it is. */
export class DatabasePurposeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabasePurposeError";
  }
}

export async function assertNotDemoDatabase(): Promise<void> {
  const settings = await db().instanceSettings.findUnique({ where: { id: 1 }, select: { isDemo: true } });
  if (!settings?.isDemo) return;
  throw new DatabasePurposeError(
    "This database holds the demo's data: fictional people, and an administrator whose password and two-factor key " +
      "are published in the README. It cannot serve a real instance.\n" +
      "  - For a real instance, start on a database of its own: another DATABASE_URL, or EMBEDDED_PG_DIR at a new folder " +
      "(the demo keeps its own in .data/demo/; a database the demo used before that, e.g. .data/postgres, can be deleted).\n" +
      "  - To use the demo, run `npm run demo`.",
  );
}

export async function assertDemoDatabase(): Promise<void> {
  const client = db();
  const settings = await client.instanceSettings.findUnique({ where: { id: 1 }, select: { isDemo: true } });
  // Without settings, the database is the demo's only if nobody has used it yet.
  const real = settings ? !settings.isDemo : (await client.user.count()) > 0 || (await client.organisation.count()) > 0;
  if (!real) return;
  throw new DatabasePurposeError(
    "This database holds a real instance's data: the demo refuses to write its fictional people, organisations and " +
      "office contacts into it.\n" +
      "  - Run the demo on its own database: `npm run demo` without DATABASE_URL or EMBEDDED_PG_DIR uses .data/demo/postgres.",
  );
}
