// The consulted text split into addressable units, so that a remark names
// exactly what it is about. Polish legal drafting (Zasady techniki
// prawodawczej) nests rozdział → § (or art.) → ust. → pkt → lit.; other
// documents are split by Markdown headings and paragraphs. Pure functions:
// the official's editor previews the split in the browser with the same code
// the server saves with.

export type UnitKind = "INTRO" | "CHAPTER" | "SECTION" | "PARAGRAPH" | "POINT" | "LETTER" | "HEADING" | "TEXT";
export type SplitMode = "auto" | "legal" | "paragraphs";

export type TextUnit = {
  /** The anchor: stable for the same structure, unique within the document ("par-3-ust-2-pkt-4"). */
  key: string;
  kind: UnitKind;
  /** How Polish legal texts cite it ("§ 3 ust. 2 pkt 4"), or the heading; null for plain paragraphs. */
  label: string | null;
  text: string;
  depth: number;
  parentKey: string | null;
};

const CHAPTER = /^Rozdział\s+([0-9]+[a-z]?|[IVXLC]+)\.?\s*(.*)$/i;
const SECTION = /^§\s*([0-9]+[a-z]?)\.?\s*(.*)$/;
const ARTICLE = /^Art\.\s*([0-9]+[a-z]?)\.?\s*(.*)$/;
const PARAGRAPH = /^([0-9]+[a-z]?)\.\s+(.*)$/;
const POINT = /^([0-9]+[a-z]?)\)\s*(.*)$/;
const LETTER = /^([a-z]{1,2})\)\s*(.*)$/;
const HEADING = /^(#{1,6})\s+(.*)$/;

/** Whether the text is drafted as a legal act (has § or art. units, or chapters). */
export function looksLegal(text: string): boolean {
  return text
    .split(/\r?\n/)
    .some((line) => SECTION.test(line.trim()) || ARTICLE.test(line.trim()) || CHAPTER.test(line.trim()));
}

function uniqueKey(taken: Set<string>, key: string): string {
  let candidate = key;
  for (let n = 2; taken.has(candidate); n++) candidate = `${key}-${n}`;
  taken.add(candidate);
  return candidate;
}

const slugPart = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, "");

function splitLegal(lines: string[]): TextUnit[] {
  const units: TextUnit[] = [];
  const taken = new Set<string>();
  // The open unit at each level: chapter, § / art., ust., pkt, lit.
  let chapter: TextUnit | null = null;
  let section: TextUnit | null = null;
  let paragraph: TextUnit | null = null;
  let point: TextUnit | null = null;
  let current: TextUnit | null = null;
  let sectionLabel = "";
  let chapterAwaitsTitle = false;

  const open = (
    kind: UnitKind,
    key: string,
    label: string | null,
    text: string,
    depth: number,
    parent: TextUnit | null,
  ): TextUnit => {
    const unit: TextUnit = { key: uniqueKey(taken, key), kind, label, text, depth, parentKey: parent?.key ?? null };
    units.push(unit);
    current = unit;
    return unit;
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    let match: RegExpExecArray | null;
    if ((match = CHAPTER.exec(line))) {
      chapter = open("CHAPTER", `rozdzial-${slugPart(match[1]!)}`, `Rozdział ${match[1]}`, match[2]!.trim(), 0, null);
      section = paragraph = point = null;
      chapterAwaitsTitle = match[2]!.trim() === "";
      continue;
    }
    const sectionMatch = SECTION.exec(line) ?? ARTICLE.exec(line);
    if (sectionMatch) {
      const isArticle = line.startsWith("Art");
      sectionLabel = isArticle ? `Art. ${sectionMatch[1]}` : `§ ${sectionMatch[1]}`;
      section = open(
        "SECTION",
        `${isArticle ? "art" : "par"}-${slugPart(sectionMatch[1]!)}`,
        sectionLabel,
        "",
        chapter ? 1 : 0,
        chapter,
      );
      paragraph = point = null;
      chapterAwaitsTitle = false;
      // "§ 1. 1. Text": the section opens straight with its first ust.
      const rest = sectionMatch[2]!.trim();
      const inner = PARAGRAPH.exec(rest);
      if (inner) {
        paragraph = open(
          "PARAGRAPH",
          `${section.key}-ust-${slugPart(inner[1]!)}`,
          `${sectionLabel} ust. ${inner[1]}`,
          inner[2]!.trim(),
          section.depth + 1,
          section,
        );
      } else section.text = rest;
      continue;
    }
    if (section && (match = PARAGRAPH.exec(line))) {
      paragraph = open(
        "PARAGRAPH",
        `${section.key}-ust-${slugPart(match[1]!)}`,
        `${sectionLabel} ust. ${match[1]}`,
        match[2]!.trim(),
        section.depth + 1,
        section,
      );
      point = null;
      continue;
    }
    if (section && (match = POINT.exec(line))) {
      const parent: TextUnit = paragraph ?? section;
      point = open(
        "POINT",
        `${parent.key}-pkt-${slugPart(match[1]!)}`,
        `${parent.label} pkt ${match[1]}`,
        match[2]!.trim(),
        parent.depth + 1,
        parent,
      );
      continue;
    }
    if (point && (match = LETTER.exec(line))) {
      open(
        "LETTER",
        `${point.key}-lit-${slugPart(match[1]!)}`,
        `${point.label} lit. ${match[1]}`,
        match[2]!.trim(),
        point.depth + 1,
        point,
      );
      continue;
    }
    if (chapterAwaitsTitle && chapter) {
      chapter.text = line;
      chapterAwaitsTitle = false;
      continue;
    }
    // Continuation lines (and tirets) belong to the open unit; before any unit, to the introduction.
    const target: TextUnit = current ?? open("INTRO", "wstep", null, "", 0, null);
    target.text = target.text ? `${target.text}\n${line}` : line;
  }
  return units;
}

function splitParagraphs(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  const taken = new Set<string>();
  let heading: TextUnit | null = null;
  let headingCount = 0;
  let paragraphCount = 0;
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    const lines = block.split(/\r?\n/).map((line) => line.trimEnd());
    // A heading line may be followed directly by its first paragraph.
    while (lines.length > 0 && HEADING.test(lines[0]!.trim())) {
      const title = HEADING.exec(lines.shift()!.trim())![2]!;
      headingCount++;
      paragraphCount = 0;
      heading = {
        key: uniqueKey(taken, `sekcja-${headingCount}`),
        kind: "HEADING",
        label: title.trim(),
        text: "",
        depth: 0,
        parentKey: null,
      };
      units.push(heading);
    }
    const body = lines.join("\n").trim();
    if (!body) continue;
    paragraphCount++;
    const key = heading ? `${heading.key}-akapit-${paragraphCount}` : `akapit-${paragraphCount}`;
    units.push({
      key: uniqueKey(taken, key),
      kind: "TEXT",
      label: null,
      text: body,
      depth: heading ? 1 : 0,
      parentKey: heading?.key ?? null,
    });
  }
  return units;
}

/** Splits `text` into units; "auto" chooses legal drafting when the text has § or art. units. */
export function splitIntoUnits(text: string, mode: SplitMode = "auto"): TextUnit[] {
  const normalised = text.replace(/\u00a0/g, " ").replace(/\r\n?/g, "\n");
  const legal = mode === "legal" || (mode === "auto" && looksLegal(normalised));
  return legal ? splitLegal(normalised.split("\n")) : splitParagraphs(normalised);
}

/** The eleven sections a cooperation programme must have (art. 5a ust. 4 UDPP), as the draft's starting text. */
export const COOPERATION_PROGRAMME_SECTIONS = [
  "Cel główny i cele szczegółowe programu",
  "Zasady współpracy",
  "Zakres przedmiotowy",
  "Formy współpracy",
  "Priorytetowe zadania publiczne",
  "Okres realizacji programu",
  "Sposób realizacji programu",
  "Wysokość środków planowanych na realizację programu",
  "Sposób oceny realizacji programu",
  "Informacja o sposobie tworzenia programu oraz o przebiegu konsultacji",
  "Tryb powoływania i zasady działania komisji konkursowych do opiniowania ofert w otwartych konkursach ofert",
] as const;

export function cooperationProgrammeTemplate(): string {
  return COOPERATION_PROGRAMME_SECTIONS.map((title, index) => `## ${index + 1}. ${title}\n`).join("\n");
}

/**
 * Numbers for the units without a citation of their own (paragraphs of a
 * text split by headings): 1, 2, 3… through the document, skipping headings,
 * so that readers see "Akapit 1, 2, 3" and not each unit's position.
 * Worked out when shown, not stored: a stored number would make every later
 * paragraph look changed when one is added to the final text.
 */
export function paragraphNumbers(units: readonly { key: string; label: string | null }[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const unit of units) if (unit.label === null) numbers.set(unit.key, numbers.size + 1);
  return numbers;
}

/** How a unit is cited: its own label ("§ 3 ust. 2", a heading), or "Akapit n" (`paragraph` words it in the reader's language). */
export function unitCitation(
  unit: { key: string; label: string | null },
  numbers: Map<string, number>,
  paragraph: (number: number) => string,
): string {
  return unit.label ?? paragraph(numbers.get(unit.key) ?? 0);
}

/** The citation to show as an example of how this document's units are cited: its first unit that is not a heading. */
export function exampleCitation(
  units: readonly { key: string; kind: string; label: string | null }[],
  paragraph: (number: number) => string,
): string | null {
  const unit = units.find((candidate) => !["CHAPTER", "HEADING", "INTRO"].includes(candidate.kind));
  return unit ? unitCitation(unit, paragraphNumbers(units), paragraph) : null;
}
