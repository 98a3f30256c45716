// What the machine (or the container) gives the production server, for its
// default number of processes (lib/cli/web-processes.ts). Node.js counts the
// cores it may be scheduled on, not a container's CPU quota (`docker --cpus=2`
// on a 32-core host still shows 32), and os.totalmem() is the host's memory, so
// both are read from the control group too where Linux has one.
import { readFileSync } from "node:fs";
import os from "node:os";

export interface MachineCapacity {
  cores: number;
  memoryBytes: number;
}

/** Cores a cgroup v2 `cpu.max` ("200000 100000": 2 cores; "max 100000": no limit) allows, rounded up. */
export function coresOfCpuMax(cpuMax: string | undefined): number | undefined {
  const [quota, period] = (cpuMax ?? "").trim().split(/\s+/);
  const allowed = Number(quota) / Number(period);
  return Number.isFinite(allowed) && allowed > 0 ? Math.ceil(allowed) : undefined;
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

export function machineCapacity(): MachineCapacity {
  const quota = coresOfCpuMax(readOrUndefined("/sys/fs/cgroup/cpu.max"));
  const cores = Math.min(os.availableParallelism(), quota ?? Infinity);
  // Without a limit, the control group's memory reads as 2^64 - 1.
  const limit = process.constrainedMemory?.() || Infinity;
  return { cores, memoryBytes: Math.min(os.totalmem(), limit) };
}
