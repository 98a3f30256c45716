// How `npm start`, `npm run dev`, `npm run demo` and `npm run worker` decide
// what they run as. A real instance must never end up with the demo's data or
// with development's relaxed checks by accident, so:
// - `npm start`, `npm run worker` and `npm run db:migrate` run in production
//   (AUTH_SECRET, SMTP_URL and, on first start, the operator required) unless
//   the environment says NODE_ENV=development explicitly; `npm run dev` is development;
// - the demo keeps its database, files and generated secret under .data/demo/,
//   apart from the real instance's .data/postgres, .data/files and AUTH_SECRET,
//   and keeps its mail in the development mailbox unless the command gives SMTP;
// - the database itself records that it holds demo data (lib/demo/guard.ts).
import type { Env } from "@/lib/env";

export type NodeEnv = "production" | "development";

export interface LaunchPlan {
  nodeEnv: NodeEnv;
  demo: boolean;
  /** Set before the configuration is read; variables the person set explicitly win where noted. */
  environment: Record<string, string>;
  /** Where a generated AUTH_SECRET is kept; null when AUTH_SECRET must be given (production). */
  secretFile: string | null;
  /**
   * The demo signs its sessions with its own secret: with the real instance's,
   * a session of the published demo administrator would be signed with the key the real site trusts.
   */
  ignoreAuthSecret: boolean;
}

export const DEMO_DATA_DIR = ".data/demo";
const DEVELOPMENT_SECRET_FILE = ".data/auth-secret";

/**
 * `environment` is what the process reads. For the demo, pass only what the
 * command was started with, not .env: a .env in the checkout configures the
 * real instance, and its database, folders, file store, mail server, sender
 * and address must not become the demo's.
 */
export function launchPlan(
  launch: { command: "dev" | "start" | "worker"; demo: boolean },
  environment: Record<string, string | undefined>,
): LaunchPlan {
  if (launch.demo) {
    // The demo is the production build unless a developer runs `serve.ts dev --demo`.
    const nodeEnv: NodeEnv = launch.command === "dev" ? "development" : "production";
    const port = environment.PORT || "3000";
    return {
      nodeEnv,
      demo: true,
      environment: {
        NODE_ENV: nodeEnv,
        DEMO_MODE: "true",
        // An empty value counts as unset: without one on the command line, the demo's embedded database.
        DATABASE_URL: environment.DATABASE_URL ?? "",
        // The demo's administrator is published: with the real instance's SMTP
        // and sender, anyone could send mail as the real platform, with links to
        // its domain. Without them on the command line, the development mailbox.
        SMTP_URL: environment.SMTP_URL ?? "",
        MAIL_FROM: environment.MAIL_FROM ?? "",
        // The demo's links point at the demo: the address it serves at unless the command names another.
        PORT: port,
        APP_URL: environment.APP_URL || `http://localhost:${port}`,
        // Defaults only: the end-to-end tests and the bench name folders of their own.
        EMBEDDED_PG_DIR: environment.EMBEDDED_PG_DIR || `${DEMO_DATA_DIR}/postgres`,
        FILE_STORAGE: environment.FILE_STORAGE || "local",
        FILE_STORAGE_DIR: environment.FILE_STORAGE_DIR || `${DEMO_DATA_DIR}/files`,
      },
      secretFile: `${DEMO_DATA_DIR}/auth-secret`,
      ignoreAuthSecret: true,
    };
  }
  // Only the exact word counts as a choice: "test", a typo or nothing means production.
  const nodeEnv: NodeEnv =
    launch.command === "dev" || environment.NODE_ENV === "development" ? "development" : "production";
  return {
    nodeEnv,
    demo: false,
    environment: { NODE_ENV: nodeEnv, DEMO_MODE: "false" },
    secretFile: nodeEnv === "development" ? DEVELOPMENT_SECRET_FILE : null,
    ignoreAuthSecret: false,
  };
}

/** What a production process lacks; checked at start rather than at the first sign-in or e-mail. */
export function productionProblems(config: Env): string[] {
  const problems: string[] = [];
  if (!config.AUTH_SECRET) {
    problems.push("AUTH_SECRET is required in production (at least 32 characters, e.g. openssl rand -base64 32)");
  }
  if (!config.SMTP_URL) {
    problems.push("SMTP_URL is required in production: the platform must be able to send e-mail");
  }
  if (problems.length > 0) {
    problems.push(
      "to run without them on your own machine, choose development explicitly: `npm run dev`, or NODE_ENV=development",
    );
  }
  return problems;
}
