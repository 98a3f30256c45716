import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { loadEnvFile } from "@/lib/cli/load-env-file";

describe("loadEnvFile", () => {
  it("reads a .env file without overriding variables already set", () => {
    const file = `${mkdtempSync(`${tmpdir()}/env-`)}/.env`;
    writeFileSync(file, "ENV_TEST_A=from-file\nENV_TEST_B=from-file\n");
    process.env.ENV_TEST_B = "from-environment";
    loadEnvFile(file);
    expect(process.env.ENV_TEST_A).toBe("from-file");
    expect(process.env.ENV_TEST_B).toBe("from-environment");
    delete process.env.ENV_TEST_A;
    delete process.env.ENV_TEST_B;
  });
});
