"use client";

import { useTranslations } from "next-intl";
import type { TextUnit } from "@/lib/consultations/units";

/** How the text will be split: each unit with its citation, as participants will see it. */
export function UnitPreview({ units }: { units: TextUnit[] }) {
  const t = useTranslations("consultationForm");
  return (
    <section aria-labelledby="unit-preview-heading" className="mt-4 border-2 border-slate-300 p-4">
      <h3 id="unit-preview-heading" className="text-lg font-bold">
        {t("previewHeading", { count: units.length })}
      </h3>
      {units.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("previewEmpty")}</p>
      ) : (
        <ol className="mt-2 max-h-96 space-y-1 overflow-y-auto" tabIndex={0} aria-label={t("previewList")}>
          {units.map((unit) => (
            <li key={unit.key} style={{ marginLeft: `${unit.depth * 1.25}rem` }} lang="pl">
              <span className="font-semibold">{unit.label ?? t("paragraphUnit")}</span>
              {unit.text && <span className="text-slate-800"> – {unit.text.length > 140 ? `${unit.text.slice(0, 140)}…` : unit.text}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
