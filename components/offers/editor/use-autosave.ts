"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { readLocalCopy, removeLocalCopy, writeLocalCopy } from "@/components/offers/editor/local-backup";
import type { OfferSectionKey } from "@/lib/offers/document/schema";
import { saveOfferSectionsAction } from "@/lib/offers/drafts/actions";
import {
  applySaveOutcome,
  editSection,
  pendingSaves,
  resolveConflict,
  restorableCopy,
  type DraftState,
  type SaveOutcome,
} from "@/lib/offers/drafts/conflicts";

/** Design §6: saved 1.5 s after typing stops (or at once when leaving a section). */
export const SAVE_DELAY_MS = 1_500;

export type SaveStatus = "saved" | "unsaved" | "saving" | "failed" | "signedOut" | "notDraft" | "deadlinePassed";

export type InitialSection = {
  key: OfferSectionKey;
  content: unknown;
  revision: number;
  updatedByName: string | null;
  updatedAt: string;
};

/** What a save answers: the action's result (next-safe-action's shape), whatever the action. */
type SaveResult = { data?: unknown; serverError?: string; validationErrors?: unknown } | undefined;

/**
 * Where the sections are saved: the draft's action and beacon route by
 * default; a correction's own (components/offers/correction) with the same
 * body and answer. `beaconPath` is the route under /api/offers/[id]/.
 */
export type SaveChannel = {
  save: (input: { offerId: string; sections: ReturnType<typeof pendingSaves> }) => Promise<SaveResult>;
  beaconPath: string;
  /** The only sections it saves: a copy of another left in this browser is not offered back (the server would refuse it). */
  only?: readonly OfferSectionKey[];
};

const DRAFT_CHANNEL: SaveChannel = { save: saveOfferSectionsAction, beaconPath: "autosave" };

/** Refusals that say the time to change the sections is over (the offers deadline, a correction's day). */
const DEADLINE_REFUSALS: readonly unknown[] = ["DEADLINE_PASSED", "CORRECTION_DEADLINE_PASSED"];

/** The unsaved sections by beacon, whose answer nobody waits for. */
function sendPending(offerId: string, state: DraftState, beaconPath: string): void {
  const pending = pendingSaves(state);
  if (pending.length === 0 || typeof navigator.sendBeacon !== "function") return;
  navigator.sendBeacon(`/api/offers/${offerId}/${beaconPath}`, JSON.stringify({ sections: pending }));
}

function initialState(sections: readonly InitialSection[]): DraftState {
  return Object.fromEntries(
    sections.map((s) => [s.key, { content: s.content, baseRevision: s.revision, dirty: false, conflict: null }]),
  );
}

/**
 * The draft's sections as typed, saved per section on their revisions
 * (lib/offers/drafts/conflicts.ts keeps the books): a debounced server action
 * while the page is open, a beacon to /api/offers/[id]/autosave when it is
 * hidden or closed, and a copy in localStorage until the server has it. A copy
 * left from an earlier visit is offered back at load; one typed on an older
 * revision comes back as a conflict. An expired session keeps the copies and
 * says so; saving resumes with the next attempt after signing in.
 */
export function useAutosave(
  offerId: string,
  sections: readonly InitialSection[],
  enabled: boolean,
  channel: SaveChannel = DRAFT_CHANNEL,
) {
  const { save, beaconPath } = channel;
  const [state, setState] = useState<DraftState>(() => initialState(sections));
  const stateRef = useRef(state);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [restored, setRestored] = useState<OfferSectionKey[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The save loop on its way, if any: a flush while it runs waits for it (and for the send it asks again). */
  const saving = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const update = useCallback((next: (current: DraftState) => DraftState) => {
    stateRef.current = next(stateRef.current);
    setState(stateRef.current);
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!enabled) return;
    if (saving.current) {
      // The save on its way will send again when it is answered; the caller waits for that (a submit after it).
      again.current = true;
      return saving.current;
    }
    const loop = (async () => {
      do {
        again.current = false;
        const sent = pendingSaves(stateRef.current);
        if (sent.length === 0) break;
        setStatus("saving");
        try {
          const result = await save({ offerId, sections: sent });
          const data = result?.data as SaveOutcome | { refused: string } | undefined;
          if (result?.serverError === "UNAUTHENTICATED") setStatus("signedOut");
          else if (!data || result?.serverError || result?.validationErrors) setStatus("failed");
          else if ("refused" in data)
            setStatus(DEADLINE_REFUSALS.includes(data.refused) ? "deadlinePassed" : "notDraft");
          else {
            const outcome = data as SaveOutcome;
            update((current) => applySaveOutcome(current, sent, outcome));
            for (const { key } of outcome.saved) {
              const section = stateRef.current[key];
              if (section && !section.dirty) removeLocalCopy(offerId, key);
              else if (section) writeLocalCopy(offerId, key, section.content, section.baseRevision);
            }
            setStatus(pendingSaves(stateRef.current).length > 0 ? "unsaved" : "saved");
          }
        } catch {
          // Offline or the server did not answer: the copies stay, the next change or attempt sends again.
          setStatus("failed");
          break;
        }
      } while (again.current);
    })();
    saving.current = loop;
    try {
      await loop;
    } finally {
      saving.current = null;
    }
  }, [enabled, offerId, save, update]);

  const edit = useCallback(
    (key: OfferSectionKey, content: unknown) => {
      update((current) => editSection(current, key, content));
      writeLocalCopy(offerId, key, content, stateRef.current[key]?.baseRevision ?? 0);
      setStatus((previous) => (previous === "signedOut" || previous === "notDraft" ? previous : "unsaved"));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, offerId, update],
  );

  const choose = useCallback(
    (key: OfferSectionKey, choice: "mine" | "theirs") => {
      update((current) => resolveConflict(current, key, choice));
      const section = stateRef.current[key];
      if (choice === "theirs") removeLocalCopy(offerId, key);
      else if (section) writeLocalCopy(offerId, key, section.content, section.baseRevision);
      setRestored((keys) => keys.filter((k) => k !== key));
      if (choice === "mine") void flush();
    },
    [flush, offerId, update],
  );

  // A copy from an earlier visit that the server does not have is offered back, never dropped silently.
  useEffect(() => {
    if (!enabled) return;
    const back: OfferSectionKey[] = [];
    for (const section of sections) {
      if (channel.only && !channel.only.includes(section.key)) continue;
      const copy = readLocalCopy(offerId, section.key);
      const verdict = restorableCopy(copy, { content: section.content, revision: section.revision });
      // Another tab still typing keeps its copy; this one starts from the server's section.
      if (verdict === "live") continue;
      if (verdict === "discard" || !copy) {
        removeLocalCopy(offerId, section.key);
        continue;
      }
      back.push(section.key);
      update((current) => {
        const edited = editSection(current, section.key, copy.content);
        if (verdict === "restore") return edited;
        const conflict = {
          key: section.key,
          revision: section.revision,
          content: section.content,
          updatedByName: section.updatedByName,
          updatedAt: section.updatedAt,
        };
        return { ...edited, [section.key]: { ...edited[section.key]!, conflict } };
      });
    }
    if (back.length > 0) {
      // Restoring is a state change made once, at load, from storage the server cannot read.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(back);
      setStatus("unsaved");
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    }
    // Only at load: the sections given later are the same rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Hidden: saved at once while the page can still hear the answer. Closing: what is still unsaved
  // goes by beacon, whose answer nobody hears (the local copies stay until a later load sees the server has it).
  useEffect(() => {
    if (!enabled) return;
    const onHide = () => sendPending(offerId, stateRef.current, beaconPath);
    const onVisibility = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [beaconPath, enabled, flush, offerId]);

  // Back from signing in (in another tab) or from being offline: what is waiting is sent again.
  useEffect(() => {
    if (!enabled) return;
    const retry = () => {
      if (pendingSaves(stateRef.current).length > 0) void flush();
    };
    window.addEventListener("focus", retry);
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("focus", retry);
      window.removeEventListener("online", retry);
    };
  }, [enabled, flush]);

  // Leaving the editor within the site (to the submission page, say) fires no pagehide: what is still
  // waiting goes by beacon as the editor unmounts, and its local copy stays until a later load sees it saved.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (enabled) sendPending(offerId, stateRef.current, beaconPath);
    },
    [beaconPath, enabled, offerId],
  );

  /** Each section's revision as last saved (what a submit outside the editor says it saw). */
  const savedRevisions = useCallback(
    () =>
      Object.fromEntries(
        Object.entries(stateRef.current).map(([key, section]) => [key, section.baseRevision]),
      ) as Partial<Record<OfferSectionKey, number>>,
    [],
  );

  return { state, status, restored, edit, flush, choose, savedRevisions };
}
