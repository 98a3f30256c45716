// Prints, as JSON, the SQL that Prisma's schema engine derives for the current
// prisma/schema from an empty database (`fromEmpty`) and from the schema as of
// the last migration (`fromSnapshot`). DATABASE_URL names a scratch database
// the engine may connect to. Used by the migration drift test; one process
// for both because the engine takes seconds to load.
import { readFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "@/lib/db/migrations";
import { diffSchemas, readSchemaFolder } from "@/lib/db/schema-diff";
import { env } from "@/lib/env";

async function main() {
  const scratchDatabaseUrl = env().DATABASE_URL;
  if (!scratchDatabaseUrl) {
    console.error("Usage: DATABASE_URL=<scratch database> tsx lib/cli/schema-sql.ts");
    process.exit(2);
  }
  const to = readSchemaFolder(path.join(process.cwd(), "prisma", "schema"));
  const snapshot = [
    {
      path: "schema.snapshot.prisma",
      content: readFileSync(path.join(MIGRATIONS_DIR, "schema.snapshot.prisma"), "utf8"),
    },
  ];
  const fromEmpty = await diffSchemas({ scratchDatabaseUrl, from: "empty", to });
  const fromSnapshot = await diffSchemas({ scratchDatabaseUrl, from: snapshot, to });
  process.stdout.write(JSON.stringify({ fromEmpty, fromSnapshot }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
