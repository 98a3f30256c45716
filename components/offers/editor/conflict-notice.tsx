"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { longDateTime } from "@/lib/i18n/date-time";
import type { OfferSectionKey, OfferTemplate } from "@/lib/offers/document/schema";
import { fieldDifferences, type SectionConflict } from "@/lib/offers/drafts/conflicts";
import { sectionFields } from "@/lib/offers/template/templates";

/** How many differing fields are listed; the rest are counted. */
const SHOWN = 12;

/**
 * A differing path as the template names it: the field's number and Polish
 * label, with the row's number where the field repeats ("III.4 Nazwa
 * działania · 2027 · 1"); the path itself where the template has no such field.
 */
export function differenceLabel(template: OfferTemplate, section: OfferSectionKey, path: string): string {
  const parts = path.split(".");
  const name = [...parts].reverse().find((part) => !/^\d+$/.test(part) && part !== "list");
  // II.2's fields share names with II.1's ("phone"): the path says which.
  const scope = parts[0] === "contact" ? "contact" : undefined;
  const field = sectionFields(template, section).find(
    (item) => item.name === name && (scope === undefined || item.scope === scope),
  );
  if (!field) return path;
  const rows = parts
    .filter((part) => /^\d+$/.test(part))
    .map((part) => (part.length === 4 ? part : String(Number(part) + 1)));
  return [`${field.ref} ${field.label}`, ...rows].join(" · ");
}

/**
 * A section someone else saved while this person was typing in it (or a copy
 * from an earlier visit typed on an older revision): who and when, both
 * versions field by field, and the choice. Until it is made, the section is
 * not saved, so neither version is lost. Focus moves here when it appears.
 */
export function ConflictNotice({
  template,
  conflict,
  mine,
  sectionName,
  onChoose,
}: {
  template: OfferTemplate;
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
                <th scope="row" className="border border-slate-400 p-1 text-left break-words" lang="pl">
                  {differenceLabel(template, conflict.key, difference.path)}
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
