// The consulted text's units as HTML strings. A text has hundreds of units and
// each took a dozen React elements, rendered twice per request (the RSC
// payload and the HTML) and sent twice: the consultation page of 300 units
// cost about 100 ms of CPU. Written here as markup, a unit is one element for
// React; what the browser does with it (the "remark on this" buttons) is one
// client component for the whole text (components/consultations/unit-remark-controls.tsx).
// Attributes are single-quoted: the markup travels inside the RSC payload's
// JSON, where every double quote costs a backslash, twice over.
import { escapeHtml } from "@/lib/text/escape-html";

const HEADING_KINDS = new Set(["CHAPTER", "HEADING"]);

export interface MarkupUnit {
  id: string;
  key: string;
  kind: string;
  label: string | null;
  text: string;
}

export interface UnitMarkupWords {
  /** "3 uwagi": the count of remarks on a unit. */
  remarksOnUnit: (count: number) => string;
  /** The quiet button's words ("Uwaga"). */
  remarkShort: string;
  /** The button's accessible name ("Zgłoś uwagę do § 3"). */
  remarkOnUnit: (citation: string) => string;
}

export interface UnitMarkupOptions {
  /** How the unit is cited ("§ 3 ust. 2", "Akapit 4"). */
  citation: string;
  /** Remarks on it, when remarks are public (null: no count shown). */
  count: number | null;
  /** Its remarks are the ones listed under it now (?uwagi=key). */
  shown: boolean;
  /** The viewer may remark now: the unit gets its "remark on this" button and a place for the form. */
  withRemarkControl: boolean;
}

/**
 * What a remark on the unit starts from: its text, and for a heading the
 * heading itself ("2. Zasady współpracy"), never nothing.
 */
export function remarkPrefill(unit: MarkupUnit): string {
  return HEADING_KINDS.has(unit.kind) ? `${unit.label ?? ""} ${unit.text}`.trim() : unit.text;
}

/** The inside of the unit's list item (the item itself, with its id and depth, is React's). */
export function unitInnerHtml(unit: MarkupUnit, options: UnitMarkupOptions, words: UnitMarkupWords): string {
  const key = escapeHtml(unit.key);
  const citation = `<a href='#${key}' class='cu-c'>${escapeHtml(options.citation)}</a>`;
  const content = HEADING_KINDS.has(unit.kind)
    ? `<h3 class='text-xl font-bold'>${citation}${
        unit.kind === "CHAPTER" && unit.text ? `<span class='block text-lg'>${escapeHtml(unit.text)}</span>` : ""
      }</h3>`
    : `<p class='cu-t'>${citation}${unit.label ? ". " : ": "}<span data-unit-text>${escapeHtml(unit.text)}</span></p>`;
  const countLink =
    options.count !== null && options.count > 0
      ? `<a href='?uwagi=${escapeHtml(encodeURIComponent(unit.key))}#${key}' class='cu-n'${
          options.shown ? " aria-current='true'" : ""
        }>${escapeHtml(words.remarksOnUnit(options.count))}<span class='sr-only'> – ${escapeHtml(options.citation)}</span></a>`
      : "";
  if (!options.withRemarkControl) return countLink ? `${content}<p class='cu-l'>${countLink}</p>` : content;
  // One quiet control per unit, on one line with the unit's remark count: a long text is not a column of buttons.
  const button =
    `<button type='button' class='quiet-action' aria-expanded='false' aria-label='${escapeHtml(words.remarkOnUnit(options.citation))}'` +
    ` data-remark-unit='${escapeHtml(unit.id)}' data-citation='${escapeHtml(options.citation)}'` +
    (HEADING_KINDS.has(unit.kind) ? ` data-prefill='${escapeHtml(remarkPrefill(unit))}'` : "") +
    `>${escapeHtml(words.remarkShort)}</button>`;
  return `${content}<p class='cu-l'>${countLink}${button}</p><div data-remark-slot></div>`;
}
