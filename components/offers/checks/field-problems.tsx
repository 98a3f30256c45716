"use client";

import { useTranslations } from "next-intl";
import { fieldId, problemsAt, problemsId } from "@/components/offers/checks/field-ids";
import { useFieldLeft, useOfferProblems } from "@/components/offers/checks/offer-checks";
import { useProblemText } from "@/components/offers/checks/use-problem-text";
import type { Problem } from "@/lib/offers/calc/problems";

/** "Fill this in" waits until the person has been in the field; every other reason shows at once. */
const UNTIL_LEFT = new Set<Problem["code"]>(["REQUIRED", "STATEMENT_NOT_CHOSEN"]);

/**
 * A field's problems and the id its control names in aria-describedby
 * (undefined when there are none: a reference to a missing element is an
 * error of its own). From the nearest OfferChecks unless given.
 */
export function useFieldProblems(
  path: string,
  given?: readonly Problem[],
): { problems: Problem[]; describedBy: string | undefined } {
  const checked = useOfferProblems();
  const wasLeft = useFieldLeft();
  const shown = given ?? (checked ?? []).filter((problem) => !UNTIL_LEFT.has(problem.code) || wasLeft(fieldId(path)));
  const problems = problemsAt(shown, path);
  return { problems, describedBy: problems.length > 0 ? problemsId(path) : undefined };
}

/**
 * The reasons in words under a field, for the problems checkOffer found at its
 * path; the field names this list (problemsId(path)) in its aria-describedby.
 */
export function FieldProblems({ path, problems: given }: { path: string; problems?: readonly Problem[] }) {
  const t = useTranslations("offerCosts.checks");
  // Under the field, in its applicant's block: whose field it is goes without saying.
  const text = useProblemText({ placed: false });
  const { problems } = useFieldProblems(path, given);
  if (problems.length === 0) return null;
  return (
    <ul id={problemsId(path)} className="mt-1 space-y-1 text-sm">
      {problems.map((problem, index) => (
        <li
          key={`${problem.code}-${index}`}
          className={problem.severity === "error" ? "font-semibold text-red-800" : "text-amber-900"}
        >
          <span className="sr-only">{t(problem.severity === "error" ? "errorPrefix" : "warningPrefix")} </span>
          {text(problem)}
        </li>
      ))}
    </ul>
  );
}
