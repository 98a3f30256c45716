import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

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

// When a request arrived, on the database's clock. Reading clock_timestamp()
// needs a pool connection, and in the last minute before a deadline a submit
// may wait seconds for one (and then for the offer's row lock): judged by the
// time its transaction started, an offer sent at 11:59:59 would be refused as
// late. So each process keeps the offset between its own clock and the
// database's, and the arrival is this process's clock at entry plus that offset:
// no connection, no queue. The offset is measured with one query, taking the
// midpoint of its round trip (error at most half the round trip), refreshed in
// the background when older than REFRESH_MS; a measurement whose round trip
// was slow (it waited for a connection) is trusted only when nothing better
// and younger than TRUST_MS is known.
const REFRESH_MS = 5_000;
const TRUST_MS = 60_000;
const SLOW_ROUND_TRIP_MS = 50;

type Offset = { ms: number; roundTripMs: number; measuredAt: number };
let known: Offset | null = null;
let measuring: Promise<Offset> | null = null;

async function measure(): Promise<Offset> {
  const sent = Date.now();
  const [row] = await db().$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  const received = Date.now();
  const sample = { ms: row!.now.getTime() - (sent + received) / 2, roundTripMs: received - sent, measuredAt: received };
  const keepKnown = known && received - known.measuredAt < TRUST_MS && sample.roundTripMs > SLOW_ROUND_TRIP_MS;
  if (!keepKnown) known = sample;
  return known!;
}

function remeasure(): Promise<Offset> {
  measuring ??= measure().finally(() => (measuring = null));
  return measuring;
}

/** The offset (database clock minus this process's clock) in ms; measured once, then refreshed behind. */
export async function databaseClockOffset(): Promise<number> {
  if (!known) return (await remeasure()).ms;
  // A failed background refresh keeps the last offset; the next call tries again.
  if (Date.now() - known.measuredAt > REFRESH_MS) remeasure().catch(() => undefined);
  return known.ms;
}

/**
 * The database's time at the moment of this call: this process's clock is
 * read synchronously before anything awaits, so time spent waiting for the
 * offset's first measurement, a connection or a lock does not count.
 */
export async function arrivalTime(): Promise<Date> {
  const arrived = Date.now();
  return new Date(arrived + (await databaseClockOffset()));
}

/** For tests: forget the offset, so the next call measures it again. */
export function forgetDatabaseClockOffset(): void {
  known = null;
}
