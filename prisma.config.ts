// Used by the Prisma CLI only (generate; `prisma migrate deploy` on a machine
// that has the native engines). The app reads its configuration in lib/env.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
