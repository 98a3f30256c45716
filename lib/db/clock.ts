import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";

/**
 * The database's clock: one clock for every web process and host, for
 * deadlines that must hold to the second. Inside the transaction that decides
 * by it, pass that transaction; a read-only check (may the office see the
 * offers yet, are remarks still taken) asks the pool, so it agrees with the
 * submission that is decided by the same clock (security review L5).
 */
export async function databaseNow(client: Pick<Prisma.TransactionClient, "$queryRaw"> = db()): Promise<Date> {
  const [row] = await client.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return row!.now;
}
