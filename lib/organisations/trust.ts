// What a verification vouches for: an administrator checked these facts of
// the record against the organisation's register. A change to any of them
// (a new name, legal form or seat is another entry in the register, or a
// mistake, or an attempt to borrow a verified organisation's standing)
// withdraws the verification until it is checked again. Client-safe: the
// record form warns with the same list before the owner saves.
import { normalizeKrs, normalizeNip, normalizeRegon } from "@/lib/organisations/identifiers";
import type { OrganisationRecordInput } from "@/lib/organisations/schemas";

export const VERIFIED_FACTS = ["name", "legalForm", "krs", "nip", "regon", "seatTerritoryCode"] as const;
export type VerifiedFact = (typeof VERIFIED_FACTS)[number];

type Facts = { [field in VerifiedFact]: OrganisationRecordInput[field] | null };

const normalizers: Partial<Record<VerifiedFact, (value: string) => string | null>> = {
  krs: normalizeKrs,
  nip: normalizeNip,
  regon: normalizeRegon,
};

/** The verified facts that differ, compared as the server keeps them (empty is none; "4711" is KRS 0000004711). */
export function changedVerifiedFacts(before: Facts, after: Facts): VerifiedFact[] {
  const kept = (field: VerifiedFact, value: string | null) => {
    const text = (value ?? "").trim();
    return (text && normalizers[field]?.(text)) || text;
  };
  return VERIFIED_FACTS.filter((field) => kept(field, before[field]) !== kept(field, after[field]));
}
