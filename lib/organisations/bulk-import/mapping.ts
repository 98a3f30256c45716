// Which column holds which field. Offices name their columns in many ways
// ("Nazwa organizacji", "KRS", "Nr KRS", "Siedziba – gmina"); the first guess
// matches folded headers against known names, and the administrator corrects it.
import { z } from "zod";
import { slugify } from "@/lib/text/slug";

export const IMPORT_FIELDS = [
  "name",
  "shortName",
  "legalForm",
  "krs",
  "nip",
  "regon",
  "seat",
  "spheres",
  "opp",
  "aims",
  "address",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** The seat may be found from the name alone, the form from the name; only these two are always needed. */
export const REQUIRED_FIELDS: readonly ImportField[] = ["name", "seat"];

const SYNONYMS: Record<ImportField, string[]> = {
  name: [
    "nazwa",
    "nazwa organizacji",
    "pelna nazwa",
    "nazwa pelna",
    "name",
    "organisation",
    "organization",
    "organizacja",
  ],
  shortName: ["nazwa skrocona", "skrot", "short name", "akronim"],
  legalForm: ["forma prawna", "forma", "legal form", "rodzaj"],
  krs: ["krs", "nr krs", "numer krs"],
  nip: ["nip", "nr nip"],
  regon: ["regon", "nr regon"],
  seat: ["gmina", "siedziba", "gmina siedziby", "miejscowosc", "teryt", "kod teryt", "seat", "municipality"],
  spheres: ["sfery", "sfera", "sfery pozytku", "obszary dzialalnosci", "spheres"],
  opp: ["opp", "status opp", "pozytek publiczny", "organizacja pozytku publicznego"],
  aims: ["cele", "cele statutowe", "aims", "misja"],
  address: ["adres", "adres siedziby", "address", "ulica"],
};

/** Lower case, no diacritics, words separated by single spaces: the slug rule with spaces. */
export function foldHeader(text: string): string {
  return slugify(text, 10_000).replace(/-/g, " ");
}

/** The first guess: each field takes the first unused column whose header is one of its names. */
export function guessMapping(headers: string[]): ColumnMapping {
  const folded = headers.map(foldHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS) {
    const index = folded.findIndex((header, i) => !used.has(i) && SYNONYMS[field].includes(header));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

export function mappingSchema(columnCount: number) {
  const column = z.coerce
    .number()
    .int()
    .min(0)
    .max(columnCount - 1);
  return z
    .object(
      Object.fromEntries(IMPORT_FIELDS.map((field) => [field, column.optional()])) as Record<
        ImportField,
        z.ZodOptional<typeof column>
      >,
    )
    .superRefine((mapping, context) => {
      for (const field of REQUIRED_FIELDS) {
        if (mapping[field] === undefined) context.addIssue({ code: "custom", path: [field], message: "required" });
      }
      const seen = new Map<number, string>();
      for (const field of IMPORT_FIELDS) {
        const index = mapping[field];
        if (index === undefined) continue;
        if (seen.has(index)) context.addIssue({ code: "custom", path: [field], message: "duplicate" });
        seen.set(index, field);
      }
    });
}
