// The history keeps list fields as codes (a target group, a competence); the
// history page shows them by name. This says where each field's names are.

/** Fields that hold codes of a list, and the catalogue part naming them. */
const CODE_LISTS: Record<string, string> = {
  targetGroups: "targetGroups",
  offeredCompetences: "partnerships.competences",
  neededCompetences: "partnerships.competences",
  offeredResources: "partnerships.resources",
  neededResources: "partnerships.resources",
};

/** The message key naming `code` of `field`, or null when the field holds no codes of a list. */
export function codeNameKey(field: string, code: string): string | null {
  return Object.hasOwn(CODE_LISTS, field) && /^[A-Z][A-Z_]*$/.test(code) ? `${CODE_LISTS[field]}.${code}` : null;
}

/** Fields holding ISO 639-1 language codes, named by the runtime rather than the catalogue. */
export const isLanguageField = (field: string) => field === "workingLanguages";
