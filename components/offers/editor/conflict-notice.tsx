"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { longDateTime } from "@/lib/i18n/date-time";
import { fieldDifferences, type SectionConflict } from "@/lib/offers/drafts/conflicts";

/** How many differing fields are listed; the rest are counted. */
const SHOWN = 12;

/**
 * A section someone else saved while this person was typing in it (or a copy
 * from an earlier visit typed on an older revision): who and when, both
 * versions field by field, and the choice. Until it is made, the section is
 * not saved, so neither version is lost. Focus moves here when it appears.
 */
export function ConflictNotice({
  conflict,
  mine,
  sectionName,
  onChoose,
}: {
  conflict: SectionConflict;
  mine: unknown;
  sectionName: string;
  onChoose: (choice: "mine" | "theirs") => void;
}) {
  const t = useTranslations("offerEditor.conflict");
  const format = useFormatter();
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const differences = fieldDifferences(mine, conflict.content);
  const when = longDateTime(format, new Date(conflict.updatedAt));
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby={headingId}
      className="mb-4 rounded border-2 border-amber-700 bg-amber-50 p-4"
    >
      <h4 id={headingId} className="font-bold">
        {t("heading", { section: sectionName })}
      </h4>
      <p className="mt-1">
        {conflict.updatedByName ? t("changedBy", { name: conflict.updatedByName, when }) : t("changedAt", { when })}
      </p>
      {differences.length > 0 && (
        <table className="mt-3 w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">{t("differences")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-400 p-1 text-left">
                {t("field")}
              </th>
              <th scope="col" className="border border-slate-400 p-1 text-left">
                {t("mine")}
              </th>
              <th scope="col" className="border border-slate-400 p-1 text-left">
                {t("theirs")}
              </th>
            </tr>
          </thead>
          <tbody>
            {differences.slice(0, SHOWN).map((difference) => (
              <tr key={difference.path}>
                <th scope="row" className="border border-slate-400 p-1 text-left font-mono break-words">
                  {difference.path}
                </th>
                <td className="border border-slate-400 p-1 break-words whitespace-pre-wrap">{difference.mine}</td>
                <td className="border border-slate-400 p-1 break-words whitespace-pre-wrap">{difference.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {differences.length > SHOWN && <p className="mt-1 text-sm">{t("more", { count: differences.length - SHOWN })}</p>}
      <div className="mt-3 flex flex-wrap gap-3">
        <Button onClick={() => onChoose("mine")}>{t("keepMine")}</Button>
        <Button variant="secondary" onClick={() => onChoose("theirs")}>
          {t("takeTheirs")}
        </Button>
      </div>
    </div>
  );
}
