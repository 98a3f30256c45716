// Runs before `npm run demo`, `npm test` and `npm run bench` on a fresh clone:
// installs dependencies when package-lock.json changed since the last install,
// and regenerates the Prisma client when the schema changed. Plain Node, no
// dependencies: it runs before anything is installed.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const stampFile = path.join(root, "node_modules", ".ngo-platform-install");
const hash = (files) => {
  const digest = createHash("sha256");
  for (const file of files) digest.update(file).update(readFileSync(file));
  return digest.digest("hex");
};
const schemaDir = path.join(root, "prisma", "schema");
const schemaFiles = readdirSync(schemaDir)
  .sort()
  .map((f) => path.join(schemaDir, f));
const wanted = { lock: hash([path.join(root, "package-lock.json")]), schema: hash(schemaFiles) };
const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, "utf8")) : {};
const run = (command) => execSync(command, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });

if (stamp.lock !== wanted.lock || !existsSync(path.join(root, "node_modules", ".bin", "next"))) {
  console.log("Installing dependencies (npm ci)...");
  run("npm ci --no-audit --no-fund");
} else if (stamp.schema !== wanted.schema || !existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) {
  console.log("Generating the Prisma client...");
  run("npm run db:generate");
}
writeFileSync(stampFile, JSON.stringify(wanted));
