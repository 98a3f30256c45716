// `npm test`: every tier in order (static checks, unit, integration, then the
// production build and the end-to-end tests), each to the end even when an
// earlier one failed, so one run shows everything. Prints each tier's counts
// and a closing "N passed, N failed" line; exits non-zero on any failure.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

interface Tier {
  name: string;
  command: string[];
  /** Reads passed/failed counts from the tool's own summary. */
  counts?: (output: string) => { passed: number; failed: number };
  env?: Record<string, string>;
  before?: () => void;
}

const number = (output: string, pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? 0);
const jestCounts = (output: string) => {
  const line = /^Tests:.*$/m.exec(output)?.[0] ?? "";
  return { passed: number(line, /(\d+) passed/), failed: number(line, /(\d+) failed/) };
};
const playwrightCounts = (output: string) => ({
  passed: number(output, /^\s+(\d+) passed/m),
  failed: number(output, /^\s+(\d+) failed/m) + number(output, /^\s+(\d+) flaky/m),
});

const tiers: Tier[] = [
  { name: "lint", command: ["npm", "run", "--silent", "lint"] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "unit", command: ["npx", "jest", "--selectProjects", "unit", "--ci"], counts: jestCounts },
  {
    name: "integration",
    command: ["npx", "jest", "--selectProjects", "integration", "--runInBand", "--ci"],
    counts: jestCounts,
  },
  { name: "build", command: ["npx", "next", "build"] },
  {
    name: "e2e",
    command: ["npx", "playwright", "test"],
    counts: playwrightCounts,
    // A fresh database for every run, so the demo seed is exercised from empty.
    before: () => {
      rmSync(".data/e2e-postgres", { recursive: true, force: true });
      rmSync(".data/e2e-files", { recursive: true, force: true });
    },
  },
];

function run(tier: Tier): Promise<{ code: number; output: string }> {
  tier.before?.();
  return new Promise((resolve) => {
    const [command, ...args] = tier.command;
    const child = spawn(command!, args, {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", ...tier.env },
    });
    let output = "";
    const collect = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on("data", collect(process.stdout));
    child.stderr.on("data", collect(process.stderr));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function main() {
  const only = process.argv.slice(2);
  const results: { name: string; ok: boolean; passed?: number; failed?: number; seconds: number }[] = [];
  for (const tier of tiers.filter((t) => only.length === 0 || only.includes(t.name))) {
    console.log(`\n━━━ ${tier.name}: ${tier.command.join(" ")}`);
    const started = Date.now();
    const { code, output } = await run(tier);
    const counts = tier.counts?.(output);
    // A runner that exits 0 but ran nothing has not tested anything.
    const ok = code === 0 && (!counts || (counts.passed > 0 && counts.failed === 0));
    results.push({ name: tier.name, ok, ...counts, seconds: Math.round((Date.now() - started) / 1000) });
  }
  console.log("\n━━━ summary");
  for (const r of results) {
    const counts = r.passed === undefined ? "" : `  ${r.passed} passed, ${r.failed} failed`;
    console.log(`${r.ok ? "PASS" : "FAIL"}  ${r.name.padEnd(12)}${counts}  (${r.seconds}s)`);
  }
  const passed = results.reduce((sum, r) => sum + (r.passed ?? 0), 0);
  const failed =
    results.reduce((sum, r) => sum + (r.failed ?? 0), 0) + results.filter((r) => !r.ok && !r.failed).length;
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

main();
