// The dry run: every row checked on its own, with the reason for each problem,
// and each valid row classified as new, or as an organisation already on the
// platform (same KRS, NIP or REGON), whose record the import completes rather
// than doubles. Rows of the same file that share an identifier are one
// organisation too. Pure: the caller looks up gminas, spheres and matches.
import type { LegalForm } from "@/lib/generated/prisma/enums";
import { normalizeKrs, normalizeNip, normalizeRegon } from "@/lib/organisations/identifiers";
import { foldHeader, type ColumnMapping, type ImportField } from "@/lib/organisations/bulk-import/mapping";

export interface ImportRecord {
  name: string;
  shortName: string | null;
  legalForm: LegalForm;
  krs: string | null;
  nip: string | null;
  regon: string | null;
  seatTerritoryCode: string;
  sphereIds: string[];
  opp: boolean;
  aims: string | null;
  address: string | null;
}

export type RowProblemCode =
  | "required"
  | "tooLong"
  | "invalidKrs"
  | "invalidNip"
  | "invalidRegon"
  | "unknownForm"
  | "unknownGmina"
  | "ambiguousGmina"
  | "unknownSphere"
  | "invalidYesNo"
  | "twoOrganisations";

export interface RowProblem {
  field: ImportField;
  problem: RowProblemCode;
  value: string;
}

/** Fields the import may fill in an existing record: only those it lacks. */
export const MERGEABLE = ["shortName", "krs", "nip", "regon", "aims", "address"] as const;

export type RowOutcome =
  | { row: number; status: "new"; record: ImportRecord }
  | {
      row: number;
      status: "merge";
      record: ImportRecord;
      organisationId: string;
      organisationName: string;
      fills: (typeof MERGEABLE)[number][];
    }
  | { row: number; status: "duplicate"; sameAsRow: number }
  | { row: number; status: "error"; problems: RowProblem[] };

export interface ExistingOrganisation {
  id: string;
  name: string;
  shortName: string | null;
  krs: string | null;
  nip: string | null;
  regon: string | null;
  aims: string | null;
  address: string | null;
}

export interface ValidationContext {
  gminas: { code: string; name: string }[];
  /** Statutory point ("17", "1a") → sphere id, for spheres in force. */
  sphereIdsByCode: Map<string, string>;
  existing: ExistingOrganisation[];
}

// Legal forms recognised from the column, or else from the name ("Fundacja …").
const FORMS: [RegExp, LegalForm][] = [
  [/stowarzyszenie zwykle/, "ORDINARY_ASSOCIATION"],
  [/zwiazek stowarzyszen|federacja/, "ASSOCIATION_UNION"],
  [/fundacj/, "FOUNDATION"],
  [/klub sportowy|uczniowski klub|kultury fizycznej|sports association/, "SPORTS_ASSOCIATION"],
  [/kol[oa] gospodyn|kgw/, "RURAL_HOUSEWIVES_CIRCLE"],
  [/spoldzielnia socjalna/, "SOCIAL_COOPERATIVE"],
  [/koscieln|parafia|caritas/, "CHURCH_LEGAL_PERSON"],
  [/stowarzyszenie|towarzystwo|association|ochotnicza straz/, "ASSOCIATION"],
];
const FORM_KEYS = new Set<string>([
  "ASSOCIATION",
  "ORDINARY_ASSOCIATION",
  "ASSOCIATION_UNION",
  "FOUNDATION",
  "SPORTS_ASSOCIATION",
  "RURAL_HOUSEWIVES_CIRCLE",
  "SOCIAL_COOPERATIVE",
  "CHURCH_LEGAL_PERSON",
  "OTHER",
]);

export function legalFormFrom(text: string): LegalForm | null {
  if (FORM_KEYS.has(text.trim().toUpperCase())) return text.trim().toUpperCase() as LegalForm;
  const folded = foldHeader(text);
  return FORMS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

const YES = new Set(["tak", "t", "yes", "y", "1", "x", "true", "opp", "ja"]);
const NO = new Set(["", "nie", "n", "no", "0", "false", "-", "nein"]);

export function validateRows(rows: string[][], mapping: ColumnMapping, context: ValidationContext): RowOutcome[] {
  const gminasByName = new Map<string, string[]>();
  for (const gmina of context.gminas) {
    const key = foldHeader(gmina.name);
    gminasByName.set(key, [...(gminasByName.get(key) ?? []), gmina.code]);
  }
  const gminaCodes = new Set(context.gminas.map((g) => g.code));
  const byIdentifier = new Map<string, ExistingOrganisation>();
  for (const organisation of context.existing) {
    for (const field of ["krs", "nip", "regon"] as const)
      if (organisation[field]) byIdentifier.set(`${field}:${organisation[field]}`, organisation);
  }
  const firstRowWith = new Map<string, number>();
  const outcomes: RowOutcome[] = [];

  rows.forEach((cells, index) => {
    const row = index + 2; // the header is row 1
    const cell = (field: ImportField) => (mapping[field] === undefined ? "" : (cells[mapping[field]!] ?? "").trim());
    const problems: RowProblem[] = [];
    const problem = (field: ImportField, code: RowProblemCode) =>
      problems.push({ field, problem: code, value: cell(field) });

    const name = cell("name").replace(/\s+/g, " ");
    if (!name) problem("name", "required");
    else if (name.length > 300) problem("name", "tooLong");

    const identifier = (
      field: "krs" | "nip" | "regon",
      normalise: (v: string) => string | null,
      code: RowProblemCode,
    ) => {
      const value = cell(field);
      if (!value) return null;
      const normalised = normalise(value);
      if (!normalised) problem(field, code);
      return normalised;
    };
    const krs = identifier("krs", normalizeKrs, "invalidKrs");
    const nip = identifier("nip", normalizeNip, "invalidNip");
    const regon = identifier("regon", normalizeRegon, "invalidRegon");

    const formText = cell("legalForm");
    const legalForm = formText ? legalFormFrom(formText) : legalFormFrom(name);
    if (!legalForm) {
      if (formText) problem("legalForm", "unknownForm");
      else problems.push({ field: "legalForm", problem: "unknownForm", value: name });
    }

    const seatText = cell("seat");
    let seatTerritoryCode: string | null = null;
    if (!seatText) problem("seat", "required");
    else if (/^\d{7}$/.test(seatText)) {
      if (gminaCodes.has(seatText)) seatTerritoryCode = seatText;
      else problem("seat", "unknownGmina");
    } else {
      const codes = gminasByName.get(foldHeader(seatText.replace(/^(gmina|miasto|gm\.)\s+/i, ""))) ?? [];
      if (codes.length === 1) seatTerritoryCode = codes[0]!;
      else problem("seat", codes.length === 0 ? "unknownGmina" : "ambiguousGmina");
    }

    const sphereIds: string[] = [];
    for (const code of cell("spheres")
      .split(/[;,\s]+/)
      .filter(Boolean)) {
      const id = context.sphereIdsByCode.get(
        code
          .replace(/^(pkt|art\.?)\s*/i, "")
          .replace(/\.$/, "")
          .toLowerCase(),
      );
      if (id) sphereIds.push(id);
      else problem("spheres", "unknownSphere");
    }

    const oppText = cell("opp").toLowerCase();
    if (!YES.has(oppText) && !NO.has(oppText)) problem("opp", "invalidYesNo");

    const identifiers = [krs && `krs:${krs}`, nip && `nip:${nip}`, regon && `regon:${regon}`].filter((k): k is string =>
      Boolean(k),
    );
    const matches = [
      ...new Set(identifiers.map((k) => byIdentifier.get(k)).filter((o): o is ExistingOrganisation => Boolean(o))),
    ];
    if (matches.length > 1) problems.push({ field: "krs", problem: "twoOrganisations", value: identifiers.join(", ") });

    if (problems.length > 0 || !legalForm || !seatTerritoryCode) {
      outcomes.push({ row, status: "error", problems });
      return;
    }
    const earlier = identifiers.map((k) => firstRowWith.get(k)).find((r) => r !== undefined);
    if (earlier !== undefined) {
      outcomes.push({ row, status: "duplicate", sameAsRow: earlier });
      return;
    }
    for (const key of identifiers) firstRowWith.set(key, row);
    const record: ImportRecord = {
      name,
      shortName: cell("shortName") || null,
      legalForm,
      krs,
      nip,
      regon,
      seatTerritoryCode,
      sphereIds: [...new Set(sphereIds)],
      opp: YES.has(oppText),
      aims: cell("aims") || null,
      address: cell("address") || null,
    };
    const match = matches[0];
    if (match) {
      const fills = MERGEABLE.filter((field) => !match[field] && record[field]);
      outcomes.push({ row, status: "merge", record, organisationId: match.id, organisationName: match.name, fills });
    } else outcomes.push({ row, status: "new", record });
  });
  return outcomes;
}

export function summarise(outcomes: RowOutcome[]): {
  total: number;
  new: number;
  merge: number;
  duplicate: number;
  error: number;
} {
  const count = (status: RowOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  return {
    total: outcomes.length,
    new: count("new"),
    merge: count("merge"),
    duplicate: count("duplicate"),
    error: count("error"),
  };
}
