// `npm run worker` runs the job handlers outside Next.js, where importing
// "server-only" throws at once: nothing the worker loads may import it. Jest
// maps "server-only" to an empty module, so only a walk of the imports (dpdm,
// as `npm run lint:cycles` uses it) sees it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

function serverOnlyImportersFrom(entry: string): { modules: string[]; importers: string[] } {
  const folder = mkdtempSync(path.join(tmpdir(), "worker-imports-"));
  try {
    const output = path.join(folder, "tree.json");
    execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/dpdm/lib/bin/dpdm.js"),
        ...["--transform", "--no-tree", "--no-circular", "--no-warning", "--no-progress", "--output", output, entry],
      ],
      { cwd: root, stdio: "ignore" },
    );
    const tree = JSON.parse(readFileSync(output, "utf8")).tree as Record<string, { request: string }[] | null>;
    const importers = Object.entries(tree)
      .filter(([, dependencies]) => dependencies?.some((dependency) => dependency.request === "server-only"))
      .map(([file]) => file);
    return { modules: Object.keys(tree), importers };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe("the worker's imports", () => {
  it("reach the job handlers and no server-only module", () => {
    const { modules, importers } = serverOnlyImportersFrom("lib/cli/worker.ts");
    expect(modules).toEqual(expect.arrayContaining(["lib/jobs/handlers.ts", "lib/notifications/notify.ts"]));
    expect(importers).toEqual([]);
  }, 60_000);

  it("reach no server-only module from the demo's seeding either (the launcher seeds outside Next.js)", () => {
    const { modules, importers } = serverOnlyImportersFrom("lib/demo/seed.ts");
    expect(modules).toEqual(expect.arrayContaining(["lib/demo/competitions.ts"]));
    expect(importers).toEqual([]);
  }, 60_000);

  it("would show a server-only module if one were loaded", () => {
    expect(serverOnlyImportersFrom("lib/jobs/admin.ts").importers).toEqual(["lib/jobs/admin.ts"]);
  }, 60_000);
});
