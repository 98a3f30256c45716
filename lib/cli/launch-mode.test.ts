import { launchPlan, productionProblems } from "@/lib/cli/launch-mode";
import { parseEnv } from "@/lib/env";
import { instanceDefaultsFromEnv } from "@/lib/settings/seed";

/** The configuration a process would read once the plan's variables are set. */
const configFor = (plan: ReturnType<typeof launchPlan>, environment: Record<string, string | undefined>) =>
  parseEnv({ ...environment, ...plan.environment });

describe("launchPlan", () => {
  it("runs `npm start` and `npm run worker` in production when nothing says otherwise", () => {
    for (const command of ["start", "worker"] as const) {
      const plan = launchPlan({ command, demo: false }, {});
      expect(plan).toMatchObject({ nodeEnv: "production", demo: false, secretFile: null });
      expect(configFor(plan, {}).NODE_ENV).toBe("production");
    }
  });

  it("asks a production start for the secret, SMTP and, on first start, the operator", () => {
    const plan = launchPlan({ command: "start", demo: false }, {});
    const config = configFor(plan, {});
    expect(productionProblems(config).join("\n")).toMatch(/AUTH_SECRET is required[\s\S]*SMTP_URL is required/);
    expect(() => instanceDefaultsFromEnv(config, "OPOLSKIE")).toThrow(/OPERATOR_NAME is required in production/);
    const complete = configFor(plan, { AUTH_SECRET: "x".repeat(32), SMTP_URL: "smtp://mail.example.org:587" });
    expect(productionProblems(complete)).toEqual([]);
  });

  it("runs in development only when chosen explicitly: `npm run dev`, or NODE_ENV=development", () => {
    expect(launchPlan({ command: "dev", demo: false }, {})).toMatchObject({
      nodeEnv: "development",
      secretFile: ".data/auth-secret",
    });
    expect(launchPlan({ command: "start", demo: false }, { NODE_ENV: "development" })).toMatchObject({
      nodeEnv: "development",
      secretFile: ".data/auth-secret",
    });
    expect(launchPlan({ command: "worker", demo: false }, { NODE_ENV: "development" }).nodeEnv).toBe("development");
    // Anything else, including a typo or "test", is not a choice of development.
    expect(launchPlan({ command: "start", demo: false }, { NODE_ENV: "test" }).nodeEnv).toBe("production");
    expect(launchPlan({ command: "start", demo: false }, { NODE_ENV: "develop" }).nodeEnv).toBe("production");
  });

  it("keeps the demo's database, files and secret in a folder of their own", () => {
    const plan = launchPlan({ command: "start", demo: true }, {});
    expect(plan).toMatchObject({ demo: true, secretFile: ".data/demo/auth-secret" });
    const config = configFor(plan, {});
    expect(config).toMatchObject({
      DEMO_MODE: true,
      EMBEDDED_PG_DIR: ".data/demo/postgres",
      FILE_STORAGE_DIR: ".data/demo/files",
    });
    const real = configFor(launchPlan({ command: "start", demo: false }, {}), {});
    expect(real.EMBEDDED_PG_DIR).not.toBe(config.EMBEDDED_PG_DIR);
    expect(real.FILE_STORAGE_DIR).not.toBe(config.FILE_STORAGE_DIR);
    // The end-to-end tests and the bench name folders of their own, which win.
    expect(
      configFor(launchPlan({ command: "start", demo: true }, { EMBEDDED_PG_DIR: ".data/e2e-postgres" }), {
        EMBEDDED_PG_DIR: ".data/e2e-postgres",
      }).EMBEDDED_PG_DIR,
    ).toBe(".data/e2e-postgres");
  });

  it("keeps the demo's uploads on this machine, out of a real instance's S3 store", () => {
    const plan = launchPlan({ command: "start", demo: true }, {});
    // serve.ts sets these over .env's values: a .env configures the real instance, not the demo.
    expect(
      configFor(plan, {
        FILE_STORAGE: "s3",
        FILE_STORAGE_DIR: "/var/lib/ngo/files",
        EMBEDDED_PG_DIR: "/var/lib/ngo/postgres",
      }),
    ).toMatchObject({
      FILE_STORAGE: "local",
      FILE_STORAGE_DIR: ".data/demo/files",
      EMBEDDED_PG_DIR: ".data/demo/postgres",
    });
  });

  it("does not take the demo's database from the real instance's .env", () => {
    const real = { DATABASE_URL: "postgresql://ngo:secret@db.example.org/ngo_platform" };
    expect(configFor(launchPlan({ command: "start", demo: true }, {}), real).DATABASE_URL).toBeUndefined();
    // Given on the command line (a throwaway server, with DEMO_SEED_ALLOW_EXTERNAL_DB), it is used.
    expect(configFor(launchPlan({ command: "start", demo: true }, real), real).DATABASE_URL).toBe(real.DATABASE_URL);
  });

  it("does not send the demo's mail through the real instance's SMTP, sender or address from its .env", () => {
    const real = {
      SMTP_URL: "smtps://ngo:secret@mail.example.org:465",
      MAIL_FROM: "Urząd <powiadomienia@example.org>",
      APP_URL: "https://ngo.example.org",
      PORT: "8080",
    };
    const demo = configFor(launchPlan({ command: "start", demo: true }, {}), real);
    // The development mailbox keeps the demo's mail, whose links point at the demo itself.
    expect(demo.SMTP_URL).toBeUndefined();
    expect(demo.MAIL_FROM).toBe("Platforma NGO <no-reply@localhost>");
    expect(demo).toMatchObject({ APP_URL: "http://localhost:3000", PORT: 3000 });
    expect(configFor(launchPlan({ command: "start", demo: true }, { PORT: "3100" }), real)).toMatchObject({
      APP_URL: "http://localhost:3100",
      PORT: 3100,
    });
    // Given on the command line (the end-to-end tests give APP_URL and PORT), they are used.
    expect(configFor(launchPlan({ command: "start", demo: true }, real), real)).toMatchObject({
      SMTP_URL: real.SMTP_URL,
      MAIL_FROM: real.MAIL_FROM,
      APP_URL: real.APP_URL,
      PORT: 8080,
    });
    // A real start still reads them from .env.
    expect(configFor(launchPlan({ command: "start", demo: false }, real), real)).toMatchObject({
      SMTP_URL: real.SMTP_URL,
      MAIL_FROM: real.MAIL_FROM,
      APP_URL: real.APP_URL,
      PORT: 8080,
    });
  });

  it("never hands the demo the real instance's AUTH_SECRET, whose sessions it would sign", () => {
    const plan = launchPlan({ command: "start", demo: true }, { AUTH_SECRET: "real-".repeat(8) });
    expect(plan.ignoreAuthSecret).toBe(true);
    expect(launchPlan({ command: "start", demo: false }, { AUTH_SECRET: "real-".repeat(8) }).ignoreAuthSecret).toBe(
      false,
    );
  });

  it("does not let the demo mode leak into a real start", () => {
    const plan = launchPlan({ command: "start", demo: false }, { DEMO_MODE: "true" });
    expect(configFor(plan, { DEMO_MODE: "true" }).DEMO_MODE).toBe(false);
  });
});
