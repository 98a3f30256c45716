// The offer form runs these modules in the browser as one types: nothing they
// import, however indirectly, may be server-only (checksum.ts, node:crypto).
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const ENTRY_POINTS = [
  "lib/offers/calc/check-offer.ts",
  "lib/offers/calc/deadline.ts",
  "lib/offers/calc/canonical.ts",
  "lib/offers/calc/problems.ts",
  "lib/offers/calc/joint-split.ts",
  "lib/offers/document/assemble.ts",
  "lib/offers/template/templates.ts",
];

/** The modules a file loads at run time: `import type` is erased, so a type from anywhere costs the browser nothing. */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  return [...source.matchAll(/^(?:import|export)(?!\s+type\s)[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gm)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

function reachable(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...ENTRY_POINTS];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specifiers = importsOf(file);
    seen.set(file, specifiers);
    for (const specifier of specifiers) if (specifier.startsWith("@/")) queue.push(`${specifier.slice(2)}.ts`);
  }
  return seen;
}

describe("the offer calculation's import graph", () => {
  it("reaches no server-only module", () => {
    const graph = reachable();
    expect(graph.size).toBeGreaterThan(ENTRY_POINTS.length);
    const offending = [...graph].filter(
      ([file, specifiers]) =>
        file.endsWith("/checksum.ts") || specifiers.some((s) => s === "server-only" || s.startsWith("node:")),
    );
    expect(offending).toEqual([]);
  });
});
