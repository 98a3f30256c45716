// The placeholders a partnership agreement template (wzór umowy partnerskiej)
// may hold, written {{name}} in the DOCX (spaces inside the braces allowed).
// The descriptions are Polish because they are part of the library document's
// description, read by the administrators who write their own template.
// A party is the request's author ("requester", Partner Wiodący) or the
// accepted partner ("partner"); each is an organisation or an office.

const PARTY_FIELDS = {
  name: "nazwa (organizacji albo urzędu)",
  legalForm: "forma prawna (dla urzędu: jednostka samorządu terytorialnego)",
  krs: "numer KRS (dla urzędu: „nie dotyczy”)",
  nip: "NIP",
  regon: "REGON",
  address: "adres siedziby",
  seat: "gmina siedziby organizacji albo obszar działania urzędu",
} as const;

type PartyField = keyof typeof PARTY_FIELDS;

const partyPlaceholders = (side: "requester" | "partner", who: string) =>
  Object.fromEntries(
    Object.entries(PARTY_FIELDS).map(([field, what]) => [`${side}.${field}`, `${who}: ${what}`]),
  ) as Record<`${typeof side}.${PartyField}`, string>;

export const PLACEHOLDERS = {
  "agreement.date": "data sporządzenia umowy (dzień pobrania)",
  ...partyPlaceholders("requester", "Partner Wiodący (autor zapytania)"),
  ...partyPlaceholders("partner", "Partner"),
  "request.title": "tytuł zapytania (nazwa inicjatywy)",
  "request.initiative": "opis inicjatywy lub projektu (zwykły tekst, akapity zachowane)",
  "request.call": "konkurs lub nabór, w którym inicjatywa ma być zgłoszona (nazwa i adres)",
  "request.roles": "rola, w jakiej poszukiwano partnera",
  "request.partnerGives": "co partner wnosi",
  "request.partnerGets": "co partner otrzymuje",
  "request.budgetShare": "udział partnera w budżecie",
  "request.budgetNote": "uwagi do budżetu",
  "request.timeline": "okres realizacji i uwagi do harmonogramu",
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Record<PlaceholderName, string>;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

export const isPlaceholderName = (name: string): name is PlaceholderName => Object.hasOwn(PLACEHOLDERS, name);

/** What is written where data is missing: a line to fill in by hand. */
export const BLANK = "……………………";

/** The list for the library document's description (Markdown). */
export function placeholderListMarkdown(): string {
  return PLACEHOLDER_NAMES.map((name) => `- \`{{${name}}}\`: ${PLACEHOLDERS[name]}`).join("\n");
}
