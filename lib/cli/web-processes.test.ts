import {
  MAX_FAILURES_IN_A_ROW,
  MEMORY_PER_PROCESS_BYTES,
  restartDecision,
  STABLE_AFTER_MS,
  webProcessCount,
  webProcessEnvironment,
  type ProcessExit,
} from "@/lib/cli/web-processes";

const ranWell: ProcessExit = { listened: true, ranForMs: STABLE_AFTER_MS + 1 };
const diedSoon: ProcessExit = { listened: true, ranForMs: 2_000 };
const neverStarted: ProcessExit = { listened: false, ranForMs: 800 };

const GB = 1024 ** 3;

describe("how many processes the production server runs", () => {
  it("runs one per core unless WEB_PROCESSES says otherwise", () => {
    expect(webProcessCount(undefined, { cores: 2, memoryBytes: 8 * GB })).toBe(2);
    expect(webProcessCount(undefined, { cores: 8, memoryBytes: 8 * GB })).toBe(8);
    expect(webProcessCount(1, { cores: 16, memoryBytes: 64 * GB })).toBe(1);
    expect(webProcessCount(3, { cores: 2, memoryBytes: 1 * GB })).toBe(3);
  });

  it("starts no more processes by default than the memory holds, and always one", () => {
    expect(MEMORY_PER_PROCESS_BYTES).toBe(GB);
    expect(webProcessCount(undefined, { cores: 16, memoryBytes: 4 * GB })).toBe(4);
    expect(webProcessCount(undefined, { cores: 4, memoryBytes: 2.5 * GB })).toBe(2);
    expect(webProcessCount(undefined, { cores: 4, memoryBytes: 1 * GB })).toBe(1);
    expect(webProcessCount(undefined, { cores: 4, memoryBytes: 0.5 * GB })).toBe(1);
  });

  it("counts this machine's cores and memory by default", () => {
    expect(webProcessCount(undefined)).toBeGreaterThanOrEqual(1);
  });
});

describe("which process runs the in-app job worker", () => {
  it("gives the jobs to the first process only", () => {
    expect(webProcessEnvironment(0, "in-app")).toEqual({ JOBS_WORKER: "in-app" });
    expect(webProcessEnvironment(1, "in-app")).toEqual({ JOBS_WORKER: "separate" });
    expect(webProcessEnvironment(5, "in-app")).toEqual({ JOBS_WORKER: "separate" });
  });

  it("keeps every process off the jobs when a separate worker runs them", () => {
    expect(webProcessEnvironment(0, "separate")).toEqual({ JOBS_WORKER: "separate" });
    expect(webProcessEnvironment(1, "separate")).toEqual({ JOBS_WORKER: "separate" });
  });
});

describe("restarting a process that died", () => {
  it("stops the server when the first process could not start at all, rather than retrying", () => {
    expect(restartDecision([neverStarted])).toEqual({ restart: false, reason: "the process could not start" });
  });

  it("restarts a process that had been serving, after a second", () => {
    expect(restartDecision([ranWell])).toEqual({ restart: true, delayMs: 1_000 });
    expect(restartDecision([diedSoon])).toEqual({ restart: true, delayMs: 1_000 });
  });

  it("waits twice as long after each failure in a row, and a replacement that cannot start counts as one", () => {
    expect(restartDecision([diedSoon, diedSoon])).toEqual({ restart: true, delayMs: 2_000 });
    expect(restartDecision([diedSoon, neverStarted, neverStarted])).toEqual({ restart: true, delayMs: 4_000 });
    expect(restartDecision([ranWell, diedSoon, diedSoon, diedSoon, diedSoon])).toEqual({
      restart: true,
      delayMs: 8_000,
    });
  });

  it(`stops after ${MAX_FAILURES_IN_A_ROW} failures in a row`, () => {
    const failures = [diedSoon, ...Array.from({ length: MAX_FAILURES_IN_A_ROW - 1 }, () => neverStarted)];
    const decision = restartDecision(failures);
    expect(decision.restart).toBe(false);
    expect(decision).toMatchObject({ reason: expect.stringMatching(/5 times in a row/) });
  });

  it("starts counting again after a process that ran well", () => {
    expect(restartDecision([diedSoon, diedSoon, diedSoon, ranWell, diedSoon])).toEqual({
      restart: true,
      delayMs: 1_000,
    });
    expect(restartDecision([diedSoon, diedSoon, diedSoon, diedSoon, ranWell])).toEqual({
      restart: true,
      delayMs: 1_000,
    });
  });

  it("never restarts at once", () => {
    for (const exits of [[ranWell], [diedSoon], [ranWell, neverStarted]]) {
      const decision = restartDecision(exits);
      expect(decision.restart && decision.delayMs).toBeGreaterThanOrEqual(1_000);
    }
  });
});
