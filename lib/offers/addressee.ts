// The addressee an offer names in part I.1, the same in the editor, the
// submitted document and both PDFs. The office's own name ("Urząd
// Marszałkowski Województwa Opolskiego") when the institution has one, else
// the institution's name: never the territory alone where an office is known.
export type AddresseeSource = { name: string; officeName: string | null };

export function addresseeName(institution: AddresseeSource): string {
  return institution.officeName?.trim() || institution.name;
}
