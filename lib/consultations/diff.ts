// What changed between the consulted draft and the adopted text, unit by
// unit: units are paired by their anchor (the numbering), then by identical
// text; within a changed unit, a word-level diff (longest common subsequence).
import type { TextUnit } from "@/lib/consultations/units";

export type WordChange = { kind: "same" | "added" | "removed"; text: string };
export type UnitComparison =
  | { kind: "unchanged"; unit: TextUnit }
  | { kind: "changed"; unit: TextUnit; draft: TextUnit; words: WordChange[] }
  | { kind: "added"; unit: TextUnit }
  | { kind: "removed"; draft: TextUnit };

/** Words and the spaces between them as separate pieces, so joining them gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\S+|\s+/g) ?? [];
}

// Beyond this many cells the table would cost more than it tells: the unit is shown as replaced.
const MAX_CELLS = 4_000_000;

export function diffWords(before: string, after: string): WordChange[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS)
    return [
      ...(before ? [{ kind: "removed" as const, text: before }] : []),
      ...(after ? [{ kind: "added" as const, text: after }] : []),
    ];
  // lengths[i][j]: LCS of a[i..] and b[j..]; any two runs of spaces count as the same.
  const same = (x: string, y: string) => x === y || (!x.trim() && !y.trim());
  const lengths: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = same(a[i]!, b[j]!)
        ? lengths[i + 1]![j + 1]! + 1
        : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const changes: WordChange[] = [];
  const push = (kind: WordChange["kind"], text: string) => {
    const last = changes.at(-1);
    if (last?.kind === kind) last.text += text;
    else changes.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i]!, b[j]!)) {
      push("same", b[j]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) push("removed", a[i++]!);
    else push("added", b[j++]!);
  }
  while (i < a.length) push("removed", a[i++]!);
  while (j < b.length) push("added", b[j++]!);
  return changes;
}

const sameUnit = (a: TextUnit, b: TextUnit) => a.text === b.text && a.label === b.label;

/** The adopted text's units in order, each compared with its draft; draft units that are gone come where they stood. */
export function compareUnits(draft: TextUnit[], adopted: TextUnit[]): UnitComparison[] {
  const draftByKey = new Map(draft.map((unit) => [unit.key, unit]));
  const used = new Set<string>();
  const pairs = new Map<string, TextUnit>();
  for (const unit of adopted) {
    const byKey = draftByKey.get(unit.key);
    if (byKey) {
      pairs.set(unit.key, byKey);
      used.add(byKey.key);
    }
  }
  // A unit that moved (renumbered) keeps its text: pair it by that.
  for (const unit of adopted) {
    if (pairs.has(unit.key)) continue;
    const moved = draft.find(
      (candidate) => !used.has(candidate.key) && candidate.text === unit.text && candidate.text !== "",
    );
    if (moved) {
      pairs.set(unit.key, moved);
      used.add(moved.key);
    }
  }
  const result: UnitComparison[] = [];
  // Draft units nobody took are shown where they stood: before the next unit that follows them in the draft.
  let cursor = 0;
  const flushRemovedUpTo = (limit: number) => {
    for (; cursor < limit; cursor++) {
      const candidate = draft[cursor]!;
      if (!used.has(candidate.key)) result.push({ kind: "removed", draft: candidate });
    }
  };
  adopted.forEach((unit, index) => {
    const draftUnit = pairs.get(unit.key);
    if (draftUnit) {
      const position = draft.indexOf(draftUnit);
      flushRemovedUpTo(position);
      cursor = Math.max(cursor, position + 1);
      result.push(
        sameUnit(draftUnit, unit)
          ? { kind: "unchanged", unit }
          : { kind: "changed", unit, draft: draftUnit, words: diffWords(draftUnit.text, unit.text) },
      );
      return;
    }
    const nextPaired = adopted.slice(index + 1).find((later) => pairs.has(later.key));
    flushRemovedUpTo(nextPaired ? draft.indexOf(pairs.get(nextPaired.key)!) : draft.length);
    result.push({ kind: "added", unit });
  });
  flushRemovedUpTo(draft.length);
  return result;
}
