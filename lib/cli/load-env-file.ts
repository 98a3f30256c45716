// Loads ./.env into process.env for the command-line tools (Next.js loads it
// itself for the server). Variables already set in the environment win.
import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { resetEnvCache } from "@/lib/env";

export function loadEnvFile(file = ".env"): void {
  if (!existsSync(file)) return;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, "utf8")))) {
    if (process.env[name] === undefined) process.env[name] = value;
  }
  resetEnvCache();
}
