// The formal check's checklist (design §2.3): what an official checks in every
// offer before it goes to the commission. A competition's list is seeded from
// its own announcement the first time the formal check is opened (the
// office may then add, reword or drop items): the deadline, the template's
// fields, the applicant's eligibility, the statements of part VII, the
// confirmation when the announcement asks for one, and each required
// attachment. Labels are in Polish: the list is the office's working paper
// and goes into the protocol. Pure; no server imports.

export const formalItemKinds = [
  "FIELDS",
  "ATTACHMENT",
  "STATEMENT",
  "ELIGIBILITY",
  "DEADLINE",
  "CONFIRMATION",
  "OTHER",
] as const;
export type FormalItemKind = (typeof formalItemKinds)[number];

/** What the platform can suggest for an item from the version it holds; the official confirms (auto-checks.ts). */
export const autoCheckCodes = [
  "ON_TIME",
  "FIELDS_COMPLETE",
  "APPLICANT_VERIFIED",
  "STATEMENTS_CHOSEN",
  "CONFIRMATION_ACCEPTED",
  "ATTACHMENTS_PRESENT",
] as const;
export type AutoCheckCode = (typeof autoCheckCodes)[number];

export type ChecklistItemSeed = {
  position: number;
  label: string;
  kind: FormalItemKind;
  requirementId: string | null;
  autoCheck: AutoCheckCode | null;
  /** A late offer cannot be corrected: the deadline item is the one that is not. */
  correctable: boolean;
};

export type ChecklistCompetition = {
  confirmationRequired: boolean;
  attachmentRequirements: readonly { id: string; label: string; required: boolean }[];
};

/** The default list for a competition, in the order an official reads an offer. */
export function defaultChecklist(competition: ChecklistCompetition): ChecklistItemSeed[] {
  const items: Omit<ChecklistItemSeed, "position">[] = [
    {
      label: "Oferta złożona w terminie określonym w ogłoszeniu",
      kind: "DEADLINE",
      requirementId: null,
      autoCheck: "ON_TIME",
      correctable: false,
    },
    {
      label: "Oferta złożona na wzorze z rozporządzenia, wszystkie wymagane pola wypełnione",
      kind: "FIELDS",
      requirementId: null,
      autoCheck: "FIELDS_COMPLETE",
      correctable: true,
    },
    {
      label: "Oferent (oferenci) uprawniony do udziału w konkursie (art. 3 ust. 2 i 3 ustawy)",
      kind: "ELIGIBILITY",
      requirementId: null,
      autoCheck: "APPLICANT_VERIFIED",
      correctable: true,
    },
    {
      label: "Oświadczenia części VII oferty złożone",
      kind: "STATEMENT",
      requirementId: null,
      autoCheck: "STATEMENTS_CHOSEN",
      correctable: true,
    },
  ];
  if (competition.confirmationRequired) {
    items.push({
      label: "Potwierdzenie złożenia oferty podpisane przez osoby uprawnione i doręczone w terminie",
      kind: "CONFIRMATION",
      requirementId: null,
      autoCheck: "CONFIRMATION_ACCEPTED",
      correctable: true,
    });
  }
  for (const requirement of competition.attachmentRequirements) {
    if (!requirement.required) continue;
    items.push({
      label: `Załącznik: ${requirement.label}`,
      kind: "ATTACHMENT",
      requirementId: requirement.id,
      autoCheck: "ATTACHMENTS_PRESENT",
      correctable: true,
    });
  }
  return items.map((item, index) => ({ ...item, position: index + 1 }));
}
