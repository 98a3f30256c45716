import { coresOfCpuMax, machineCapacity } from "@/lib/cli/machine-capacity";

describe("the cores a container's CPU quota allows", () => {
  it("reads cgroup v2's cpu.max, rounding a part of a core up", () => {
    expect(coresOfCpuMax("200000 100000\n")).toBe(2);
    expect(coresOfCpuMax("150000 100000")).toBe(2);
    expect(coresOfCpuMax("50000 100000")).toBe(1);
  });

  it("sees no limit where there is none or nothing to read", () => {
    expect(coresOfCpuMax("max 100000\n")).toBeUndefined();
    expect(coresOfCpuMax(undefined)).toBeUndefined();
    expect(coresOfCpuMax("")).toBeUndefined();
  });

  it("finds at least one core and some memory on this machine", () => {
    const machine = machineCapacity();
    expect(machine.cores).toBeGreaterThanOrEqual(1);
    expect(machine.memoryBytes).toBeGreaterThan(0);
    expect(Number.isFinite(machine.memoryBytes)).toBe(true);
  });
});
