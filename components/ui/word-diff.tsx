import type { WordChange } from "@/lib/consultations/diff";

/**
 * A word-by-word comparison: removed words struck through, added ones
 * underlined, each also named in words for screen readers (colour alone
 * would not say it, WCAG 1.4.1).
 */
export function WordDiff({ words, labels }: { words: WordChange[]; labels: { deleted: string; inserted: string } }) {
  return words.map((word, position) =>
    word.kind === "same" ? (
      <span key={position}>{word.text}</span>
    ) : word.kind === "removed" ? (
      <del key={position} className="bg-red-100">
        <span className="sr-only">[{labels.deleted}: </span>
        {word.text}
        <span className="sr-only">]</span>
      </del>
    ) : (
      <ins key={position} className="bg-green-100 decoration-2">
        <span className="sr-only">[{labels.inserted}: </span>
        {word.text}
        <span className="sr-only">]</span>
      </ins>
    ),
  );
}
