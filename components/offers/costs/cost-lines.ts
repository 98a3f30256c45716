// The V.A table's rows as the form shows them: cost lines grouped under the
// III.4 action they pay for (the template's "I.1. Działanie 1", "I.1.1. Koszt
// 1"), then the administrative costs ("II.1."). The document keeps one flat
// list (design §2.5); the order within a group is the list's order, so moving
// a line swaps it with its neighbour in the same group.
import type { CostLine } from "@/lib/offers/document/schema";

/** A III.4 action a cost line may pay for. */
export type CostAction = { id: string; name?: string; year?: number };

export type GroupKind = "action" | "unassigned" | "plain" | "admin";

export type LineGroup = {
  key: string;
  kind: GroupKind;
  /** The group's number in the table ("I.1", "II"). */
  number: string;
  action?: CostAction;
  /** Ordinal of the action among all actions (1-based), for its name when it has none yet. */
  actionOrdinal?: number;
  lines: { line: CostLine; index: number; number: string }[];
};

/**
 * `byAction`: the full template ties each cost to an action; the simplified
 * one (19a) has no plan, so its costs stand in one group ("plain").
 */
export function groupLines(lines: readonly CostLine[], actions: readonly CostAction[], byAction: boolean): LineGroup[] {
  const indexed = lines.map((line, index) => ({ line, index }));
  const costsOf = (predicate: (line: CostLine) => boolean, prefix: string) =>
    indexed
      .filter(({ line }) => predicate(line))
      .map((entry, position) => ({ ...entry, number: `${prefix}.${position + 1}` }));
  const groups: LineGroup[] = [];
  if (byAction) {
    const known = new Set(actions.map((action) => action.id));
    actions.forEach((action, position) => {
      const number = `I.${position + 1}`;
      groups.push({
        key: `action-${action.id}`,
        kind: "action",
        number,
        action,
        actionOrdinal: position + 1,
        lines: costsOf((line) => line.category === "ACTION" && line.actionId === action.id, number),
      });
    });
    const loose = (line: CostLine) =>
      line.category === "ACTION" && (line.actionId === undefined || !known.has(line.actionId));
    const number = `I.${actions.length + 1}`;
    // Shown while there are such lines, and always when there is no action to add a cost to yet.
    const unassigned = costsOf(loose, number);
    if (unassigned.length > 0 || actions.length === 0) {
      groups.push({ key: "unassigned", kind: "unassigned", number, lines: unassigned });
    }
  } else {
    groups.push({
      key: "plain",
      kind: "plain",
      number: "I",
      lines: costsOf((line) => line.category === "ACTION", "I"),
    });
  }
  groups.push({ key: "admin", kind: "admin", number: "II", lines: costsOf((line) => line.category === "ADMIN", "II") });
  return groups;
}

let counter = 0;

/** An id unique in the document, short enough for the schema (≤ 64). */
export function newLineId(): string {
  counter += 1;
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}${counter.toString(36)}`;
}

/** A new empty line at the end of `group`, placed after the group's last line in the list. */
export function addLine(lines: readonly CostLine[], group: LineGroup, id = newLineId()): CostLine[] {
  const line: CostLine = {
    id,
    category: group.kind === "admin" ? "ADMIN" : "ACTION",
    ...(group.kind === "action" && group.action ? { actionId: group.action.id } : {}),
    qtyMilli: {},
  };
  const last = group.lines.at(-1);
  const at = last === undefined ? lines.length : last.index + 1;
  return [...lines.slice(0, at), line, ...lines.slice(at)];
}

export function removeLine(lines: readonly CostLine[], id: string): CostLine[] {
  return lines.filter((line) => line.id !== id);
}

export function updateLine(lines: readonly CostLine[], id: string, change: (line: CostLine) => CostLine): CostLine[] {
  return lines.map((line) => (line.id === id ? change(line) : line));
}

/** Swaps the line with the previous (-1) or next (+1) line of its group; unchanged at the group's end. */
export function moveLine(lines: readonly CostLine[], group: LineGroup, id: string, direction: -1 | 1): CostLine[] {
  const position = group.lines.findIndex(({ line }) => line.id === id);
  const other = group.lines[position + direction];
  if (position < 0 || other === undefined) return [...lines];
  const from = group.lines[position]!.index;
  const next = [...lines];
  next[from] = lines[other.index]!;
  next[other.index] = lines[from]!;
  return next;
}
