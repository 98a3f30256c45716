// Correcting the split of a document divided by headings and paragraphs,
// unit by unit. Text pasted from Word or imported from DOCX often comes with
// a blank line between every line (one sentence per unit) or none at all
// (one unit for a whole section); the official fixes that from the preview
// instead of hunting for blank lines in the text. A correction rewrites the
// source text, so what is saved is still plain text and splits the same way
// on the server. Legal texts are split by their markers (§, ust., pkt) and
// are corrected by editing the markers themselves.

const HEADING = /^#{1,6}\s+\S/;

type Block = { headings: string[]; body: string[] };

function blocksOf(text: string): Block[] {
  return text
    .replace(/\u00a0/g, " ")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split("\n").map((line) => line.trimEnd());
      const headings: string[] = [];
      while (lines.length > 0 && HEADING.test(lines[0]!.trim())) headings.push(lines.shift()!);
      return { headings, body: lines.join("\n").trim() ? lines : [] };
    })
    .filter((block) => block.headings.length > 0 || block.body.length > 0);
}

const textOf = (blocks: Block[]) =>
  blocks.map((block) => [...block.headings, ...block.body].join("\n")).join("\n\n") + "\n";

/** The block holding the n-th paragraph unit (0-based, headings not counted), or -1. */
function blockOfParagraph(blocks: Block[], paragraphIndex: number): number {
  let seen = -1;
  return blocks.findIndex((block) => block.body.length > 0 && ++seen === paragraphIndex);
}

export type ParagraphCorrection = { canJoin: boolean; canSplit: boolean };

/** Which corrections each paragraph unit allows, in the order the splitter yields paragraph units. */
export function paragraphCorrections(text: string): ParagraphCorrection[] {
  const blocks = blocksOf(text);
  const result: ParagraphCorrection[] = [];
  blocks.forEach((block, index) => {
    if (block.body.length === 0) return;
    const previous = blocks[index - 1];
    // Joining across a heading would move the paragraph into another section.
    const canJoin = block.headings.length === 0 && previous !== undefined && previous.body.length > 0;
    const canSplit = block.body.filter((line) => line.trim()).length > 1;
    result.push({ canJoin, canSplit });
  });
  return result;
}

/** Joins the n-th paragraph unit with the paragraph before it; the text is unchanged when that is not possible. */
export function joinWithPreviousParagraph(text: string, paragraphIndex: number): string {
  const blocks = blocksOf(text);
  const index = blockOfParagraph(blocks, paragraphIndex);
  const block = blocks[index];
  const previous = blocks[index - 1];
  if (!block || !previous || block.headings.length > 0 || previous.body.length === 0) return text;
  previous.body = [...previous.body, ...block.body];
  blocks.splice(index, 1);
  return textOf(blocks);
}

/** Makes every line of the n-th paragraph unit a unit of its own; the text is unchanged when it has one line. */
export function splitParagraphIntoLines(text: string, paragraphIndex: number): string {
  const blocks = blocksOf(text);
  const index = blockOfParagraph(blocks, paragraphIndex);
  const block = blocks[index];
  const lines = block?.body.filter((line) => line.trim()) ?? [];
  if (!block || lines.length < 2) return text;
  const [first, ...rest] = lines;
  blocks.splice(
    index,
    1,
    { headings: block.headings, body: [first!] },
    ...rest.map((line) => ({ headings: [], body: [line] })),
  );
  return textOf(blocks);
}
