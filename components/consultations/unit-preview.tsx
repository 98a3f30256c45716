"use client";

import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  joinWithPreviousParagraph,
  paragraphCorrections,
  splitParagraphIntoLines,
} from "@/lib/consultations/split-corrections";
import { looksLegal, splitIntoUnits, type SplitMode } from "@/lib/consultations/units";

/**
 * How the text will be split: each unit with its citation, as participants
 * will see it. A document split by headings and paragraphs can be corrected
 * here unit by unit (join a paragraph with the one before it, or make each of
 * its lines a unit); a legal text is corrected through its § / ust. markers.
 */
export function UnitPreview({
  text,
  mode,
  onTextChange,
}: {
  text: string;
  mode: SplitMode;
  onTextChange?: (text: string) => void;
}) {
  const t = useTranslations("consultationForm");
  const units = useMemo(() => splitIntoUnits(text, mode), [text, mode]);
  const byParagraphs = mode === "paragraphs" || (mode === "auto" && !looksLegal(text));
  const corrections = useMemo(
    () => (byParagraphs && onTextChange ? paragraphCorrections(text) : []),
    [byParagraphs, onTextChange, text],
  );
  const [status, setStatus] = useState("");
  const listRef = useRef<HTMLOListElement>(null);

  const correct = (next: string, message: string) => {
    onTextChange?.(next);
    setStatus(message);
    // The pressed button goes away with its unit; keep the keyboard in the list.
    listRef.current?.focus();
  };

  let paragraphIndex = -1;
  return (
    <section aria-labelledby="unit-preview-heading" className="mt-4 border-2 border-slate-300 p-4">
      <h3 id="unit-preview-heading" className="text-lg font-bold">
        {t("previewHeading", { count: units.length })}
      </h3>
      {corrections.length > 0 && <p className="mt-1 text-slate-700">{t("previewCorrectionHint")}</p>}
      <p role="status" className="sr-only">
        {status}
      </p>
      {units.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("previewEmpty")}</p>
      ) : (
        <ol
          ref={listRef}
          className="mt-2 max-h-96 space-y-1 overflow-y-auto"
          tabIndex={0}
          aria-label={t("previewList")}
        >
          {units.map((unit, position) => {
            const correction = unit.kind === "TEXT" ? corrections[++paragraphIndex] : undefined;
            const index = paragraphIndex;
            const name = t("unitNumber", { number: position + 1 });
            return (
              <li key={unit.key} style={{ marginLeft: `${unit.depth * 1.25}rem` }}>
                <span className="font-semibold">{unit.label ?? t("paragraphUnit")}</span>
                {unit.text && (
                  <span className="text-slate-800" lang="pl">
                    {" "}
                    – {unit.text.length > 140 ? `${unit.text.slice(0, 140)}…` : unit.text}
                  </span>
                )}
                {correction && (correction.canJoin || correction.canSplit) && (
                  <span className="ml-2 inline-flex flex-wrap gap-2 align-middle">
                    {correction.canJoin && (
                      <Button
                        variant="secondary"
                        aria-label={t("joinWithPreviousNamed", { unit: name })}
                        onClick={() => correct(joinWithPreviousParagraph(text, index), t("joined", { unit: name }))}
                      >
                        {t("joinWithPrevious")}
                      </Button>
                    )}
                    {correction.canSplit && (
                      <Button
                        variant="secondary"
                        aria-label={t("splitIntoLinesNamed", { unit: name })}
                        onClick={() => correct(splitParagraphIntoLines(text, index), t("splitDone", { unit: name }))}
                      >
                        {t("splitIntoLines")}
                      </Button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
