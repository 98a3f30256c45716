// The rules of the production server's processes (WEB_PROCESSES), apart from
// the node:cluster code that applies them (lib/cli/web-process-supervisor.ts)
// so that they are tested without forking anything:
// - how many processes share the port;
// - which one runs the in-app job worker;
// - whether a process that died is started again, and after how long.
import { machineCapacity, type MachineCapacity } from "@/lib/cli/machine-capacity";
import type { Env } from "@/lib/env";

/**
 * The memory one process is given when the default count is chosen: a process
 * serving the demo measured 600–750 MB resident after a few seconds of load,
 * and the database, the launcher and the primary need some of the machine too.
 */
export const MEMORY_PER_PROCESS_BYTES = 1024 * 1024 * 1024;

/**
 * WEB_PROCESSES, or one process per core (Node.js runs a process's JavaScript
 * on one core), but no more than the memory holds: a small machine with many
 * cores must not start more processes than it can keep.
 */
export function webProcessCount(configured: number | undefined, machine: MachineCapacity = machineCapacity()): number {
  if (configured !== undefined) return configured;
  return Math.max(1, Math.min(machine.cores, Math.floor(machine.memoryBytes / MEMORY_PER_PROCESS_BYTES)));
}

/**
 * What a process's environment changes from the primary's. One process runs the
 * in-app job worker (pg-boss would share the jobs out, but each worker brings its
 * own pool and cron scheduler); the others leave it to that one, as if it were a
 * separate worker. The slot, not the process, has the job: a replacement of the
 * first process runs it again.
 */
export function webProcessEnvironment(slot: number, jobsWorker: Env["JOBS_WORKER"]): Record<string, string> {
  return { JOBS_WORKER: slot === 0 ? jobsWorker : "separate" };
}

/** How one process of a slot ended. */
export interface ProcessExit {
  /** It started listening on the port: its start worked. */
  listened: boolean;
  /** From its start to its exit. */
  ranForMs: number;
}

export type RestartDecision = { restart: true; delayMs: number } | { restart: false; reason: string };

/** A process that ran this long before it died counts as healthy: the next failure starts the count again. */
export const STABLE_AFTER_MS = 60_000;
/** Failures in a row (each within STABLE_AFTER_MS of its start) after which the server stops rather than retries. */
export const MAX_FAILURES_IN_A_ROW = 5;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

const ranWell = (exit: ProcessExit) => exit.listened && exit.ranForMs >= STABLE_AFTER_MS;

/**
 * Whether to start a slot's process again, given how its processes ended (oldest
 * first, the one that just died last; the last MAX_FAILURES_IN_A_ROW are enough).
 * Never at once, so that a process dying as it starts cannot become a tight
 * loop: 1 s, then twice as long after each failure in a row. Stops when the
 * slot's first process could not start at all (a missing build, a port in use:
 * trying again cannot help), and after MAX_FAILURES_IN_A_ROW failures in a row.
 */
export function restartDecision(exits: readonly ProcessExit[]): RestartDecision {
  if (exits.length === 0) throw new Error("restartDecision needs the exit that just happened");
  if (!exits.some((exit) => exit.listened)) return { restart: false, reason: "the process could not start" };
  let failuresInARow = 0;
  for (let i = exits.length - 1; i >= 0 && !ranWell(exits[i]!); i--) failuresInARow += 1;
  if (failuresInARow >= MAX_FAILURES_IN_A_ROW) {
    return { restart: false, reason: `the process died ${failuresInARow} times in a row soon after starting` };
  }
  return { restart: true, delayMs: Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, failuresInARow - 1), MAX_DELAY_MS) };
}
