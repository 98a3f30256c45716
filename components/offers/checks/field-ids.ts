// How a problem finds its field. checkOffer names a place in the document by a
// dotted path ("funding.grant", "costs.lines.3.unitCost", "jointSplit.2027",
// "description.endsOn"); the form's control for that place has the id
// `field-<path with dots as dashes>` ("field-funding-grant",
// "field-costs-lines-3-unitCost"). Where one path has several controls, each
// adds its own suffix ("field-costs-lines-3-qtyMilli-2027", one per year), and
// a path that names a whole part ("funding", "costs.admin") leads to the
// nearest enclosing element with such an id (the V.B table's region is
// "field-funding"). Every section of the editor follows this, so the checks
// panel can link to any field without knowing the form.
import type { Problem } from "@/lib/offers/calc/problems";

export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}

/** Id of an applicant's block of II, which the page links to after its invitation is accepted. */
export function applicantBlockId(organisationId: string): string {
  return `applicant-${organisationId}`;
}

/** Id of the list of a field's problems, which the field names in its aria-describedby. */
export function problemsId(path: string): string {
  return `${fieldId(path)}-problems`;
}

/** The problems at exactly this path, errors first (the order checkOffer gave otherwise). */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return sortProblems(problems.filter((problem) => problem.path === path));
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (problem: Problem) => (problem.severity === "error" ? 0 : 1);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => rank(a.problem) - rank(b.problem) || a.index - b.index)
    .map(({ problem }) => problem);
}

/**
 * The element a problem's link should focus: the control with the path's id,
 * else the first control whose id extends it (a line's quantity → its first
 * year), else the nearest part of the path that has an element.
 */
export function findFieldElement(path: string, root: ParentNode = document): HTMLElement | null {
  const parts = path.split(".");
  for (let length = parts.length; length > 0; length--) {
    const id = fieldId(parts.slice(0, length).join("."));
    const exact = root.querySelector<HTMLElement>(`[id="${id}"]`);
    if (exact) return exact;
    if (length === parts.length) {
      const extended = [...root.querySelectorAll<HTMLElement>(`[id^="${id}-"]`)].find((element) =>
        ["INPUT", "SELECT", "TEXTAREA", "BUTTON"].includes(element.tagName),
      );
      if (extended) return extended;
    }
  }
  return null;
}
