import { CONNECTIONS_PER_PROCESS, maxConnectionsFor } from "@/lib/db/connection-budget";

describe("the embedded PostgreSQL's connections", () => {
  it("counts every pool a server process may fill", () => {
    expect(CONNECTIONS_PER_PROCESS).toBe(15);
  });

  it("keeps PostgreSQL's default where the server's processes fit in it", () => {
    expect(maxConnectionsFor(1)).toBe(100);
    expect(maxConnectionsFor(2)).toBe(100);
    expect(maxConnectionsFor(5)).toBe(100);
  });

  it("makes room for every process of a large machine, and for the tools beside them", () => {
    expect(maxConnectionsFor(6)).toBe(110);
    expect(maxConnectionsFor(64)).toBe(64 * 15 + 20);
  });
});
