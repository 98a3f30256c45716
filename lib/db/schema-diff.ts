// Computes migration SQL with Prisma's own schema engine, compiled to
// WebAssembly: the native engine cannot be downloaded on our machines.
// Must run under `node --experimental-wasm-modules` (see lib/cli/with-wasm.ts).
// The engine needs a reachable database to start even for a diff between two
// schema files, so callers pass a scratch database URL.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

export type SchemaFiles = { path: string; content: string }[];

export function readSchemaFolder(folder: string): SchemaFiles {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".prisma"))
    .sort()
    .map((name) => ({ path: name, content: readFileSync(path.join(folder, name), "utf8") }));
}

/** SQL that turns a database shaped by `from` (or an empty one) into `to`. */
export async function diffSchemas(options: {
  scratchDatabaseUrl: string;
  from: SchemaFiles | "empty";
  to: SchemaFiles;
}): Promise<string> {
  const { SchemaEngine } = await import("@prisma/schema-engine-wasm");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: options.scratchDatabaseUrl }));
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    const target = (files: SchemaFiles | "empty") =>
      files === "empty" ? { tag: "empty" as const } : { tag: "schemaDatamodel" as const, files };
    const result = await engine.diff({
      from: target(options.from),
      to: target(options.to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
