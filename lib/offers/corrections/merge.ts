// The document of a correction version (design §2.6): the named sections come
// from the organisation's draft, everything else from the version corrected,
// byte for byte. assertUnchangedOutside() proves it on the canonical text before
// the new version is stored; a failure is a bug (500), never the user's fault.
import { canonicalJson } from "@/lib/offers/calc/canonical";
import { offerSectionKeyList, type OfferDocument, type OfferSectionKey } from "@/lib/offers/document/schema";

export class CorrectionMergeError extends Error {
  constructor(readonly key: string) {
    super(`A correction changed "${key}", which the request did not name`);
    this.name = "CorrectionMergeError";
  }
}

/** `prev` with the named sections taken from `draft`; template, years and every other section stay `prev`'s. */
export function mergeCorrection(
  prev: OfferDocument,
  draft: Partial<OfferDocument>,
  namedKeys: readonly OfferSectionKey[],
): OfferDocument {
  const next: OfferDocument = { ...prev };
  for (const key of namedKeys) {
    if (draft[key] !== undefined) (next as Record<OfferSectionKey, unknown>)[key] = draft[key];
  }
  return next;
}

/** Every key of either document outside `namedKeys` has the same canonical text in both; else throws naming it. */
export function assertUnchangedOutside(
  prev: OfferDocument,
  next: OfferDocument,
  namedKeys: readonly OfferSectionKey[],
): void {
  const named = new Set<string>(namedKeys);
  const keys = new Set<string>([...Object.keys(prev), ...Object.keys(next), ...offerSectionKeyList]);
  for (const key of keys) {
    if (named.has(key)) continue;
    const before = (prev as Record<string, unknown>)[key];
    const after = (next as Record<string, unknown>)[key];
    if (canonicalJson(before ?? null) !== canonicalJson(after ?? null)) throw new CorrectionMergeError(key);
  }
}
