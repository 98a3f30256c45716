// The primary of a production server of several processes (WEB_PROCESSES):
// node:cluster forks them, they share one port, and the primary hands each new
// connection to the next process in turn (round robin). Chosen over separate
// `next start` processes on ports of their own because nothing in front (a
// load balancer, the launcher) has to know about them: one port, one address,
// and the primary is the one place that restarts, stops and logs them.
//
// The primary loads no Next.js: it only forks, watches and forwards signals.
// What to restart and when is decided in lib/cli/web-processes.ts.
import cluster, { type Worker } from "node:cluster";
import { MAX_FAILURES_IN_A_ROW, restartDecision, type ProcessExit } from "@/lib/cli/web-processes";
import { log } from "@/lib/log";

export interface SupervisorOptions {
  processes: number;
  /** What each slot's environment changes (which process runs the jobs). */
  environmentFor: (slot: number) => Record<string, string>;
  /** The script the processes run; by default the primary's own, which serves when it runs as a cluster worker. */
  exec?: string;
  /** After SIGTERM, how long the processes get before they are killed; more than their own ten-second drain. */
  stopGraceMs?: number;
}

interface Slot {
  worker?: Worker;
  startedAt: number;
  listened: boolean;
  exits: ProcessExit[];
  restart?: NodeJS.Timeout;
}

/**
 * Runs the processes until SIGTERM or SIGINT (resolves 0, once every process has
 * finished its requests) or until a process cannot be kept running (resolves 1,
 * after stopping the others).
 */
export function superviseWebProcesses(options: SupervisorOptions): Promise<number> {
  const { processes, environmentFor, stopGraceMs = 15_000 } = options;
  if (options.exec) cluster.setupPrimary({ exec: options.exec });
  const slots: Slot[] = Array.from({ length: processes }, () => ({ startedAt: 0, listened: false, exits: [] }));
  let stopping = false;

  return new Promise((resolve) => {
    let exitCode = 0;
    const running = () => slots.filter((slot) => slot.worker).length;
    const finishIfDone = () => {
      if (stopping && running() === 0) resolve(exitCode);
    };

    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      for (const slot of slots) {
        clearTimeout(slot.restart);
        slot.worker?.process.kill("SIGTERM");
      }
      setTimeout(() => {
        for (const slot of slots) slot.worker?.process.kill("SIGKILL");
      }, stopGraceMs).unref();
      finishIfDone();
    };

    const start = (index: number) => {
      const slot = slots[index]!;
      const environment = environmentFor(index);
      const worker = cluster.fork(environment);
      const described = { process: index + 1, of: processes, pid: worker.process.pid };
      slot.worker = worker;
      slot.startedAt = Date.now();
      slot.listened = false;
      worker.on("error", (error) => log.warn("web process: IPC error", { ...described, error }));
      worker.once("listening", () => {
        slot.listened = true;
        log.info("web process ready", { ...described, ...environment });
      });
      worker.once("exit", (code, signal) => {
        slot.worker = undefined;
        if (stopping) {
          finishIfDone();
          return;
        }
        const exit = { listened: slot.listened, ranForMs: Date.now() - slot.startedAt };
        slot.exits = [...slot.exits, exit].slice(-MAX_FAILURES_IN_A_ROW);
        const decision = restartDecision(slot.exits);
        if (decision.restart) {
          log.warn("web process died; starting another", { ...described, code, signal, delayMs: decision.delayMs });
          slot.restart = setTimeout(() => start(index), decision.delayMs);
        } else {
          log.error("web process died; stopping the server", { ...described, code, signal, reason: decision.reason });
          stop(1);
        }
      });
    };

    process.on("SIGTERM", () => stop(0));
    process.on("SIGINT", () => stop(0));
    for (let index = 0; index < processes; index++) start(index);
  });
}
