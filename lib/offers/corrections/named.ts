// The parts a correction names, as the rest of the code reads them: the
// request stores CorrectionPart[] (lib/offers/corrections/parts.ts); the
// editor and the saves need the section keys. The three keys of part V (costs,
// funding, joint split) are one part of the form (the editor shows them as
// one table) and are named together. Pure.
import { correctionPartsSchema, namedSectionKeys, type CorrectionPart } from "@/lib/offers/corrections/parts";
import { offerSectionKeys, type OfferSectionKey, type OfferTemplate } from "@/lib/offers/document/schema";

export const COST_PART: readonly OfferSectionKey[] = ["costs", "funding", "jointSplit"];

/** The parts the official may name for a template: each section, with part V as one (keyed "costs"). */
export function nameableSections(template: OfferTemplate): OfferSectionKey[] {
  return offerSectionKeys(template).filter((key) => key === "costs" || !COST_PART.includes(key));
}

/** The keys a choice names: part V's three (those of the template) for "costs", else the key itself. */
export function expandChoice(keys: readonly OfferSectionKey[], template: OfferTemplate): OfferSectionKey[] {
  const present = new Set(offerSectionKeys(template));
  const expanded = keys.flatMap((key) => (COST_PART.includes(key) ? COST_PART : [key]));
  return offerSectionKeys(template).filter((key) => present.has(key) && expanded.includes(key));
}

export function correctionPartsOf(
  keys: readonly OfferSectionKey[],
  requirementIds: readonly string[] = [],
): CorrectionPart[] {
  return [
    ...keys.map((key): CorrectionPart => ({ kind: "section", key })),
    ...requirementIds.map((requirementId): CorrectionPart => ({ kind: "attachment", requirementId })),
  ];
}

/** The attachment requirements a stored request names (their files may be replaced); none when unreadable. */
export function requirementsNamedBy(parts: unknown): string[] {
  const parsed = correctionPartsSchema.safeParse(parts);
  return parsed.success ? parsed.data.flatMap((part) => (part.kind === "attachment" ? [part.requirementId] : [])) : [];
}

/** The section keys a stored request names; an unreadable value names none (nothing becomes editable). */
export function sectionsNamedBy(parts: unknown): OfferSectionKey[] {
  const parsed = correctionPartsSchema.safeParse(parts);
  return parsed.success ? namedSectionKeys(parsed.data) : [];
}
