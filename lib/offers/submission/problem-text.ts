// checkOffer's problems in words, on the server: the submit action's field
// errors and the review page say exactly what the editor's checks panel says
// (offerRules.<code> with the field's statutory label and formatted numbers,
// after whose field it is for the repeated fields of II).
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { formatProblemValues, problemOwner, type Problem } from "@/lib/offers/calc/problems";
import type { FieldMessageKey } from "@/lib/offers/template/types";
import type { FieldProblem } from "@/lib/rule-errors/field-rules";
import { sharedIntl } from "@/lib/i18n/shared-intl";

export function problemTexts(problems: readonly Problem[], locale: Locale): { path: string; text: string }[] {
  const messages = messagesFor(locale);
  const t = createTranslator({ ...sharedIntl, locale, messages });
  const rules = createTranslator({ ...sharedIntl, locale, messages, namespace: "offerRules" });
  // A problem's field key comes from the template (typed there) as a plain string: t.has checks it, and a
  // key the catalogue lacks reads as itself, never as a missing-message error.
  const known = (key: string): key is FieldMessageKey => t.has(key as FieldMessageKey);
  const translate = (key: string) => (known(key) ? t(key) : key);
  return problems.map((problem) => {
    const text = rules(problem.code, formatProblemValues(problem, locale, translate));
    // Whose field, as the editor's checks list says it: "II.1 Fundacja X – Uzupełnij pole „Numer telefonu”."
    const owner = problemOwner(problem);
    return {
      path: problem.path,
      text: owner ? rules("placed", { place: rules(owner.key, owner.values), problem: text }) : text,
    };
  });
}

/** The errors among the problems as field problems of the submit form, one per document path. */
export function problemFieldErrors(problems: readonly Problem[], locale: Locale): FieldProblem[] {
  const errors = problems.filter((p) => p.severity === "error");
  const seen = new Set<string>();
  return problemTexts(errors, locale).flatMap(({ path, text }) => {
    if (seen.has(path)) return [];
    seen.add(path);
    return [{ field: path, message: text }];
  });
}
