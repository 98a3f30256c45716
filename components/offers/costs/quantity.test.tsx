import { formatQuantity, parseQuantity } from "@/components/offers/costs/quantity";
import { addLine, groupLines, moveLine } from "@/components/offers/costs/cost-lines";
import type { CostLine } from "@/lib/offers/document/schema";

describe("parseQuantity", () => {
  it.each([
    ["2", "pl", 2_000],
    ["2,5", "pl", 2_500],
    ["2.5", "pl", 2_500],
    ["0,125", "pl", 125],
    ["1 200", "pl", 1_200_000],
    ["1\u00a0200,5", "pl", 1_200_500],
    ["1,200", "en", 1_200_000],
    ["1.5", "en", 1_500],
    ["1.200", "de", 1_200_000],
    ["1,5", "de", 1_500],
  ])("reads %j (%s) as %i thousandths", (text, locale, value) => {
    expect(parseQuantity(text, locale)).toEqual({ ok: true, value });
  });

  it("reads an empty field as no units, and refuses what is not a quantity rather than guess", () => {
    expect(parseQuantity("  ")).toEqual({ ok: true, value: null });
    expect(parseQuantity("2,5555")).toEqual({ ok: false, error: "PRECISION" });
    expect(parseQuantity("-1")).toEqual({ ok: false, error: "FORMAT" });
    expect(parseQuantity("2 h")).toEqual({ ok: false, error: "FORMAT" });
    expect(parseQuantity("1000001")).toEqual({ ok: false, error: "TOO_LARGE" });
  });

  it("writes back what it reads, in every locale", () => {
    for (const locale of ["pl", "en", "de"]) {
      for (const value of [0, 1, 125, 2_500, 1_200_000, 999_999_999]) {
        expect(parseQuantity(formatQuantity(value, locale), locale)).toEqual({ ok: true, value });
      }
    }
    expect(formatQuantity(2_500, "pl")).toBe("2,5");
    expect(formatQuantity(2_500, "en")).toBe("2.5");
  });
});

describe("cost lines", () => {
  const line = (id: string, category: CostLine["category"], actionId?: string): CostLine => ({
    id,
    category,
    ...(actionId ? { actionId } : {}),
    qtyMilli: {},
  });
  const lines = [line("x", "ADMIN"), line("b1", "ACTION", "b"), line("a1", "ACTION", "a"), line("a2", "ACTION", "a")];
  const actions = [{ id: "a" }, { id: "b" }];

  it("groups the lines under their actions in the plan's order, then the administrative costs, numbered as the template", () => {
    const groups = groupLines(lines, actions, true);
    expect(
      groups.map((group) => [group.number, group.lines.map((entry) => `${entry.number}=${entry.line.id}`)]),
    ).toEqual([
      ["I.1", ["I.1.1=a1", "I.1.2=a2"]],
      ["I.2", ["I.2.1=b1"]],
      ["II", ["II.1=x"]],
    ]);
  });

  it("keeps a line whose action is gone in a group of its own, so it is not lost", () => {
    const groups = groupLines([...lines, line("z", "ACTION", "deleted")], actions, true);
    expect(groups[2]).toMatchObject({ kind: "unassigned", number: "I.3", lines: [{ number: "I.3.1" }] });
  });

  it("adds at the end of the group and moves within it only", () => {
    const groups = groupLines(lines, actions, true);
    const added = addLine(lines, groups[0]!, "a3");
    expect(added.map((item) => item.id)).toEqual(["x", "b1", "a1", "a2", "a3"]);
    expect(added[4]).toMatchObject({ category: "ACTION", actionId: "a" });
    expect(moveLine(lines, groups[0]!, "a2", -1).map((item) => item.id)).toEqual(["x", "b1", "a2", "a1"]);
    // The first line of a group stays first: the line above it belongs to another group.
    expect(moveLine(lines, groups[0]!, "a1", -1).map((item) => item.id)).toEqual(["x", "b1", "a1", "a2"]);
  });
});
