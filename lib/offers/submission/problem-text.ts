// checkOffer's problems in words, on the server: the submit action's field
// errors and the review page say exactly what the editor's checks panel says
// (offerRules.<code> with the field's statutory label and formatted numbers).
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { formatProblemValues, type Problem } from "@/lib/offers/calc/problems";
import type { FieldProblem } from "@/lib/rule-errors/field-rules";

export function problemTexts(problems: readonly Problem[], locale: Locale): { path: string; text: string }[] {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  // Keys come from checkOffer (offerRules.<code>, offerEditor.fields.<name>), known at run time only.
  const translate = (key: string) => (t.has(key as never) ? t(key as never) : key);
  return problems.map((problem) => ({
    path: problem.path,
    text: t(`offerRules.${problem.code}` as never, formatProblemValues(problem, locale, translate) as never),
  }));
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
