import { ideaStatuses, isOpen, mayMove, statusesAfter } from "@/lib/ideas/answers/status";

// The full table: row = from, columns in the order of ideaStatuses.
// RECEIVED, UNDER_CONSIDERATION, ACCEPTED, IMPLEMENTED, NOT_TAKEN_UP, MERGED
const table = {
  RECEIVED: [1, 1, 1, 0, 1, 1],
  UNDER_CONSIDERATION: [0, 1, 1, 0, 1, 1],
  ACCEPTED: [0, 0, 1, 1, 1, 0],
  IMPLEMENTED: [0, 0, 0, 1, 0, 0],
  NOT_TAKEN_UP: [0, 1, 0, 0, 1, 0],
  MERGED: [0, 0, 0, 0, 0, 0],
} as const;

describe("status rules", () => {
  it.each(ideaStatuses)("from %s allow exactly the table's moves", (from) => {
    ideaStatuses.forEach((to, column) => {
      expect([from, to, mayMove(from, to)]).toEqual([from, to, table[from][column] === 1]);
    });
  });

  it("never skip to implemented, never go back to received, never leave a merge", () => {
    expect(mayMove("RECEIVED", "IMPLEMENTED")).toBe(false);
    expect(mayMove("UNDER_CONSIDERATION", "IMPLEMENTED")).toBe(false);
    expect(mayMove("UNDER_CONSIDERATION", "RECEIVED")).toBe(false);
    expect(statusesAfter("MERGED")).toEqual([]);
    expect(mayMove("ACCEPTED", "MERGED")).toBe(false);
  });

  it("offer the form's choices in the path's order", () => {
    expect(statusesAfter("UNDER_CONSIDERATION")).toEqual(["UNDER_CONSIDERATION", "ACCEPTED", "NOT_TAKEN_UP", "MERGED"]);
    expect(statusesAfter("NOT_TAKEN_UP")).toEqual(["UNDER_CONSIDERATION", "NOT_TAKEN_UP"]);
  });

  it("count only received and under consideration as waiting for a decision", () => {
    expect(ideaStatuses.filter(isOpen)).toEqual(["RECEIVED", "UNDER_CONSIDERATION"]);
  });
});
