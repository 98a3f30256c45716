// What a correction changed (design §2.6): section by section, whether two
// versions' documents differ, compared as their canonical text (the form the
// checksum is taken over), so key order or Unicode normalisation is never a
// change. For the official's formal page and the protocol. Pure.
import { canonicalJson } from "@/lib/offers/calc/canonical";
import { offerSectionKeys, type OfferDocument, type OfferSectionKey } from "@/lib/offers/document/schema";

export type SectionDiff = { key: OfferSectionKey; changed: boolean };

/** Every section of the newer version's template, in the template's order, with whether it changed. */
export function diffVersions(before: OfferDocument, after: OfferDocument): SectionDiff[] {
  return offerSectionKeys(after.template).map((key) => ({
    key,
    changed: canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null),
  }));
}

/** Only the sections that changed. */
export function changedSections(before: OfferDocument, after: OfferDocument): OfferSectionKey[] {
  return diffVersions(before, after)
    .filter((diff) => diff.changed)
    .map((diff) => diff.key);
}
