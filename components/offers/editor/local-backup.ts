// The browser's copy of each unsaved section (design §6: no lost work after a
// timeout, a closed tab or an expired session). Written on every change,
// removed once the server has the content. localStorage may be full or
// switched off (private windows): then the copy is simply not kept.
import { localCopyKey, type LocalCopy } from "@/lib/offers/drafts/conflicts";
import type { OfferSectionKey } from "@/lib/offers/document/schema";

export function readLocalCopy(offerId: string, key: OfferSectionKey): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(localCopyKey(offerId, key));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalCopy>;
    if (typeof parsed.baseRevision !== "number" || typeof parsed.savedAt !== "number") return null;
    return { content: parsed.content, baseRevision: parsed.baseRevision, savedAt: parsed.savedAt };
  } catch {
    return null;
  }
}

export function writeLocalCopy(offerId: string, key: OfferSectionKey, content: unknown, baseRevision: number): void {
  try {
    const copy: LocalCopy = { content, baseRevision, savedAt: Date.now() };
    window.localStorage.setItem(localCopyKey(offerId, key), JSON.stringify(copy));
  } catch {
    // Full or unavailable storage: the server copy is all there is.
  }
}

export function removeLocalCopy(offerId: string, key: OfferSectionKey): void {
  try {
    window.localStorage.removeItem(localCopyKey(offerId, key));
  } catch {
    // Nothing to remove.
  }
}
