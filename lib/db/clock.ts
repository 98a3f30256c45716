import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The database's clock, read inside the transaction that decides by it: one
 * clock for every web process and host, for deadlines that must hold to the second.
 */
export async function databaseNow(tx: Prisma.TransactionClient): Promise<Date> {
  const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return row!.now;
}
