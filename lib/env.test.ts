import { ConfigurationError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("gives working defaults for a fresh clone", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.EMBEDDED_PG_PORT).toBe(54320);
    expect(env.PORT).toBe(3000);
    expect(env.REGION_TERYT).toBe("16");
    expect(env.MIGRATE_ON_START).toBe(true);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names each bad variable and what it expects", () => {
    let caught: unknown;
    try {
      parseEnv({ EMBEDDED_PG_PORT: "abc", DATABASE_URL: "mysql://x", REGION_TERYT: "1661011", OPERATOR_EMAIL: "nope" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const problems = (caught as ConfigurationError).problems.join("\n");
    expect(problems).toMatch(/EMBEDDED_PG_PORT .*\(got "abc"\)/);
    expect(problems).toMatch(/DATABASE_URL must be a postgresql:\/\/ connection string/);
    expect(problems).toMatch(/REGION_TERYT must be a 2-digit voivodeship TERYT code/);
    expect(problems).toMatch(/OPERATOR_EMAIL must be an e-mail address/);
  });

  it("reads boolean flags written in the usual ways", () => {
    expect(parseEnv({ MIGRATE_ON_START: "false" }).MIGRATE_ON_START).toBe(false);
    expect(parseEnv({ MIGRATE_ON_START: "0" }).MIGRATE_ON_START).toBe(false);
    expect(parseEnv({ DEMO_SEED_ALLOW_EXTERNAL_DB: "yes" }).DEMO_SEED_ALLOW_EXTERNAL_DB).toBe(true);
    expect(() => parseEnv({ MIGRATE_ON_START: "maybe" })).toThrow(/MIGRATE_ON_START/);
  });
});

describe("the production server's processes", () => {
  it("leaves the count to the server (one per core) unless it is set", () => {
    expect(parseEnv({}).WEB_PROCESSES).toBeUndefined();
    expect(parseEnv({ WEB_PROCESSES: "2" }).WEB_PROCESSES).toBe(2);
  });

  it("refuses a count that is not a whole number from 1 to 64, saying what it expects", () => {
    expect(() => parseEnv({ WEB_PROCESSES: "0" })).toThrow(/WEB_PROCESSES must be at least 1 \(got "0"\)/);
    expect(() => parseEnv({ WEB_PROCESSES: "1.5" })).toThrow(/WEB_PROCESSES must be a whole number of processes/);
    expect(() => parseEnv({ WEB_PROCESSES: "all" })).toThrow(/WEB_PROCESSES must be a whole number of processes/);
    expect(() => parseEnv({ WEB_PROCESSES: "500" })).toThrow(/WEB_PROCESSES must be at most 64/);
  });
});

describe("file storage configuration", () => {
  it("keeps files on the local disk by default", () => {
    expect(parseEnv({})).toMatchObject({ FILE_STORAGE: "local", FILE_STORAGE_DIR: ".data/files" });
  });

  it("names every S3 setting that is missing when S3 is chosen", () => {
    expect(() => parseEnv({ FILE_STORAGE: "s3", S3_ENDPOINT: "http://minio:9000" })).toThrow(
      /S3_BUCKET is required when FILE_STORAGE=s3[\s\S]*S3_ACCESS_KEY_ID is required[\s\S]*S3_SECRET_ACCESS_KEY is required/,
    );
    expect(
      parseEnv({
        FILE_STORAGE: "s3",
        S3_ENDPOINT: "http://minio:9000",
        S3_BUCKET: "ngo-files",
        S3_ACCESS_KEY_ID: "k",
        S3_SECRET_ACCESS_KEY: "s",
      }),
    ).toMatchObject({ FILE_STORAGE: "s3", S3_FORCE_PATH_STYLE: true });
  });
});
