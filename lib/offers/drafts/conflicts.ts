// The editor's bookkeeping of autosave (design §6), pure so that it is tested
// alone and shared by the browser and the server: each section remembers the
// revision it was loaded or last saved at (its base). A save names that base;
// the server writes only when the row is still at it, so a section someone
// else saved meanwhile comes back as a conflict with their content, and
// nothing is overwritten until the person chooses (keep mine: send again on
// their revision; take theirs: drop mine). Different sections never conflict.
import type { OfferSectionKey } from "@/lib/offers/document/schema";

export type SectionConflict = {
  key: OfferSectionKey;
  revision: number;
  content: unknown;
  updatedByName: string | null;
  /** ISO instant of the other save. */
  updatedAt: string;
};

export type SaveOutcome = {
  saved: { key: OfferSectionKey; revision: number }[];
  conflicts: SectionConflict[];
};

export type SectionState = {
  content: unknown;
  baseRevision: number;
  /** Changed since the last save the server accepted. */
  dirty: boolean;
  conflict: SectionConflict | null;
};

export type DraftState = Partial<Record<OfferSectionKey, SectionState>>;

/** Two contents are the same when their JSON is (the sections are plain JSON). */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A change typed in a section: dirty from now on (a section in conflict stays in conflict). */
export function editSection(state: DraftState, key: OfferSectionKey, content: unknown): DraftState {
  const section = state[key];
  if (!section) return state;
  return { ...state, [key]: { ...section, content, dirty: true } };
}

/** What to send: the dirty sections not waiting for a choice, with their bases. */
export function pendingSaves(state: DraftState): { key: OfferSectionKey; baseRevision: number; content: unknown }[] {
  return (Object.entries(state) as [OfferSectionKey, SectionState][])
    .filter(([, section]) => section.dirty && !section.conflict)
    .map(([key, section]) => ({ key, baseRevision: section.baseRevision, content: section.content }));
}

/**
 * The state after the server answered a save of `sent`: a saved section moves
 * to its new revision and is clean unless it was typed in while the save was
 * on its way; a conflicting one keeps what was typed and waits for a choice.
 */
export function applySaveOutcome(
  state: DraftState,
  sent: readonly { key: OfferSectionKey; content: unknown }[],
  outcome: SaveOutcome,
): DraftState {
  const next = { ...state };
  for (const { key, revision } of outcome.saved) {
    const section = next[key];
    if (!section) continue;
    const sentContent = sent.find((item) => item.key === key)?.content;
    next[key] = { ...section, baseRevision: revision, dirty: !sameContent(section.content, sentContent) };
  }
  for (const conflict of outcome.conflicts) {
    const section = next[conflict.key];
    if (!section) continue;
    // Someone saved exactly what is here: nothing to choose.
    next[conflict.key] = sameContent(section.content, conflict.content)
      ? { ...section, baseRevision: conflict.revision, dirty: false, conflict: null }
      : { ...section, dirty: true, conflict };
  }
  return next;
}

/**
 * The person's choice in a conflict: "mine" keeps what they typed and sends it
 * on the other save's revision (so it replaces it knowingly); "theirs" takes
 * the saved content and drops what they typed.
 */
export function resolveConflict(state: DraftState, key: OfferSectionKey, choice: "mine" | "theirs"): DraftState {
  const section = state[key];
  if (!section?.conflict) return state;
  const { revision, content } = section.conflict;
  return {
    ...state,
    [key]:
      choice === "mine"
        ? { content: section.content, baseRevision: revision, dirty: true, conflict: null }
        : { content, baseRevision: revision, dirty: false, conflict: null },
  };
}

export type FieldDifference = { path: string; mine: string; theirs: string };

const shown = (value: unknown): string =>
  value === undefined || value === null ? "" : typeof value === "string" ? value : JSON.stringify(value);

function leaves(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
    // An object the other side lacks entirely still shows as a difference at its own path.
    if (entries.length === 0 && prefix) into.set(prefix, undefined);
    for (const [key, item] of entries) leaves(item, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  into.set(prefix, value);
}

/** The fields where the two versions of a section differ, by dotted path, for the conflict dialog. */
export function fieldDifferences(mine: unknown, theirs: unknown): FieldDifference[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  leaves(mine, "", a);
  leaves(theirs, "", b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .filter((path) => shown(a.get(path)) !== shown(b.get(path)))
    .map((path) => ({ path, mine: shown(a.get(path)), theirs: shown(b.get(path)) }));
}

/** A section's copy kept in the browser until the server has it (localStorage `offer:<id>:<key>`). */
export type LocalCopy = { content: unknown; baseRevision: number; savedAt: number };

export const localCopyKey = (offerId: string, key: OfferSectionKey) => `offer:${offerId}:${key}`;

/**
 * A copy written this recently belongs to another tab of the same browser that
 * is still typing (every keystroke rewrites it, every save removes it): a tab
 * opened meanwhile must not take it as its own. A tab that was closed sent its
 * unsaved sections by beacon, and its copy is older by the next visit.
 */
export const LIVE_COPY_MS = 15_000;

/**
 * Whether a copy found in the browser at load should be offered back: it was
 * typed on the revision the server still has (so it is not older than
 * someone else's save) and differs from it. A copy on an older revision is
 * not restored silently either: it is offered as a conflict with the server's.
 * A copy another open tab is still writing is left to that tab ("live").
 */
export function restorableCopy(
  copy: LocalCopy | null,
  server: { content: unknown; revision: number },
  now = Date.now(),
): "restore" | "conflict" | "discard" | "live" {
  if (!copy || sameContent(copy.content, server.content)) return "discard";
  if (now - copy.savedAt < LIVE_COPY_MS) return "live";
  return copy.baseRevision === server.revision ? "restore" : "conflict";
}
