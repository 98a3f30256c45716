// The one Prisma client. Prisma 7 needs no native query engine: queries go
// through the node-postgres driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { APP_POOL_CONNECTIONS } from "@/lib/db/connection-budget";
import { env } from "@/lib/env";

function createClient(): PrismaClient {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app through `npm run dev`, `npm start` or `npm run demo`.");
  }
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: APP_POOL_CONNECTIONS }),
    omit: { user: { passwordHash: true } },
  });
}

// Keeps one client across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
}
