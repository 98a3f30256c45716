"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { formatProblemValues, PROBLEM_PARAMETERS, problemOwner, type Problem } from "@/lib/offers/calc/problems";
import type { FieldLabelName } from "@/lib/offers/template/types";

const FIELDS = "offerEditor.fields.";

/**
 * A problem in words: `offerRules.<code>` with its numbers formatted (money
 * as złoty, shares as per cent, days as dates) and the field's label; in a
 * list (`placed`), after whose field it is ("II.1 Fundacja X – …"), which the
 * field's own reasons under it leave out.
 */
export function useProblemText({ placed = true }: { placed?: boolean } = {}): (problem: Problem) => string {
  const t = useTranslations("offerRules");
  const fields = useTranslations("offerEditor.fields");
  const format = useFormatter();
  const locale = useLocale();
  return useCallback(
    (problem: Problem) => {
      const label = (key: string) => {
        // The template's keys are data (lib/offers/template): one without a message reads as no label.
        const name = (key.startsWith(FIELDS) ? key.slice(FIELDS.length) : key) as FieldLabelName;
        return fields.has(name) ? fields(name) : "";
      };
      const values = formatProblemValues(problem, locale, label);
      const kinds: Record<string, string> = PROBLEM_PARAMETERS[problem.code];
      for (const [name, kind] of Object.entries(kinds)) {
        const day = problem.values[name];
        // A calendar day ("2027-03-15") reads as the locale writes dates; noon UTC is that day in Warsaw too.
        if (kind === "date" && typeof day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
          values[name] = format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "long" });
        }
      }
      const text = t(problem.code, values);
      const owner = placed ? problemOwner(problem) : null;
      return owner ? t("placed", { place: t(owner.key, owner.values), problem: text }) : text;
    },
    [t, fields, format, locale, placed],
  );
}
