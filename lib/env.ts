// The only module that reads process.env (ESLint enforces it). Each variable is
// validated once; a bad or missing value stops the process with a message that
// names the variable and says what it expects.
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
      .optional(),
    EMBEDDED_PG_PORT: port.default(54320),
    EMBEDDED_PG_DIR: z.string().min(1).default(".data/postgres"),
    PORT: port.default(3000),
    APP_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("http://localhost:3000"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    REGION_TERYT: z
      .string()
      .regex(/^\d{2}$/, "must be a 2-digit voivodeship TERYT code, e.g. 16")
      .default("16"),
    MIGRATE_ON_START: booleanFlag.default(true),
    DEMO_SEED_ALLOW_EXTERNAL_DB: booleanFlag.default(false),
    /** Set by the launcher for `npm run demo`; enables the development mailbox in a production build. */
    DEMO_MODE: booleanFlag.default(false),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587")
      .optional(),
    MAIL_FROM: z.string().trim().min(3).default("Platforma NGO <no-reply@localhost>"),
    /** Signs session cookies. The launcher generates one for development and the demo. */
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional(),
    /** The KRS register's public API (Ministry of Justice); tests point it at a local server. */
    KRS_API_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .default("https://api-krs.ms.gov.pl/api/krs"),
    KRS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** How long public pages are kept for visitors without a session (lib/http/page-cache.ts); 0 switches the cache off. */
    PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    /** Requests one client may make to the open data API per minute, counted by each server process (exports count ten). */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
    /** The directory map's tile server: a Leaflet URL template ({s} subdomains, {z}/{x}/{y}). */
    MAP_TILE_URL: z
      .string()
      .regex(
        /^https?:\/\/[^/\s]+\/\S*\{z\}\S*\{x\}\S*\{y\}/,
        "must be an http(s) tile URL template with {z}, {x} and {y}",
      )
      .default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
    /** The tiles' attribution, shown on the map as their licence requires. */
    MAP_TILE_ATTRIBUTION: z.string().trim().min(1).max(300).default("© OpenStreetMap contributors"),
    /** Where uploaded files are kept: on this machine's disk, or in an S3-compatible store (for several instances). */
    FILE_STORAGE: z.enum(["local", "s3"]).default("local"),
    /** The folder for FILE_STORAGE=local; keep it outside public/ and in the backups. */
    FILE_STORAGE_DIR: z.string().min(1).default(".data/files"),
    /** For FILE_STORAGE=s3: the store's address, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name")
      .optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: booleanFlag.default(true),
    /** Days an entry stays in the notification centre. */
    NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(7).max(3650).default(180),
    /**
     * How many Node.js processes the production server runs on its port (lib/cli/web-processes.ts);
     * unset: one per core, since each process runs JavaScript on one core, as far as the memory allows.
     */
    WEB_PROCESSES: z.coerce
      .number({ error: "must be a whole number of processes, e.g. 2" })
      .int("must be a whole number of processes, e.g. 2")
      .min(1, "must be at least 1")
      .max(64, "must be at most 64 (each process holds its own database connections and memory)")
      .optional(),
    /** Where background jobs run: inside the app process (default) or only in `npm run worker` processes. */
    JOBS_WORKER: z.enum(["in-app", "separate"]).default("in-app"),
    /** Reverse proxies in front of the app that append to X-Forwarded-For. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    // Used once, to create the instance settings on first start; administrators
    // edit them afterwards. Required in production (see lib/settings/seed.ts).
    PLATFORM_NAME: z.string().trim().min(3).max(120).optional(),
    OPERATOR_NAME: z.string().trim().min(3).max(200).optional(),
    OPERATOR_ADDRESS: z.string().trim().min(3).max(300).optional(),
    OPERATOR_EMAIL: z.email({ error: "must be an e-mail address" }).optional(),
    OPERATOR_PHONE: z
      .string()
      .regex(/^\+?[0-9 ()-]{6,20}$/, "must be a phone number, e.g. +48 77 123 45 67")
      .optional(),
    OPERATOR_WEBSITE: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  })
  .superRefine((config, context) => {
    if (config.FILE_STORAGE !== "s3") return;
    for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (!config[name])
        context.addIssue({ code: "custom", path: [name], message: "is required when FILE_STORAGE=s3" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigurationError";
  }
}

/** Parses a set of variables; exported for tests, use `env()` elsewhere. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings count as unset, as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigurationError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const got = cleaned[name];
      return `${name} ${issue.message}${got === undefined ? "" : ` (got "${got}")`}`;
    }),
  );
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Re-reads process.env on the next env() call (tests and tools that change it). */
export function resetEnvCache(): void {
  cached = undefined;
}

/** The app process is told the embedded database's URL by the launcher. */
export function setDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
  cached = undefined;
}

/** Environment handed to child processes (the Next server, test workers). */
export function childProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}
