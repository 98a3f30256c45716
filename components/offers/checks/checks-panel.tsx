"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { fieldId, findFieldElement, sortProblems } from "@/components/offers/checks/field-ids";
import { OfferChecks, useOfferProblems } from "@/components/offers/checks/offer-checks";
import { useProblemText } from "@/components/offers/checks/use-problem-text";
import { useSettled } from "@/components/offers/checks/use-settled";
import { buttonClassName } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import type { CheckContext } from "@/lib/offers/calc/check-offer";
import type { Problem } from "@/lib/offers/calc/problems";
import type { OfferDocument } from "@/lib/offers/document/schema";

/** The spoken count waits for typing to pause longer than the list itself does. */
const ANNOUNCE_DELAY_MS = 1_000;

function ProblemList({
  problems,
  severity,
  level,
}: {
  problems: Problem[];
  severity: Problem["severity"];
  level: 3 | 4;
}) {
  const t = useTranslations("offerCosts.checks");
  const text = useProblemText();
  const headingId = useId();
  if (problems.length === 0) return null;
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <div className="mt-3">
      <Heading id={headingId} className="font-semibold">
        {t(severity === "error" ? "errorsHeading" : "warningsHeading", { count: problems.length })}
      </Heading>
      <ul aria-labelledby={headingId} className="mt-1 list-disc space-y-1 pl-6">
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${problem.code}-${index}`}>
            <a
              href={`#${fieldId(problem.path)}`}
              className={severity === "error" ? "text-red-800 underline" : "text-amber-900 underline"}
              onClick={(event) => {
                // The field's id may be a control's prefix or a part's (field-ids.ts): find what exists.
                const target = findFieldElement(problem.path);
                if (!target) return;
                event.preventDefault();
                // A whole part (a table's region) may not take focus by itself; it may from a script.
                if (!target.hasAttribute("tabindex") && !target.matches("input, select, textarea, button, a[href]")) {
                  target.tabIndex = -1;
                }
                target.focus();
                target.scrollIntoView({ block: "center" });
              }}
            >
              {text(problem)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The live list of what the offer still lacks or breaks, in words, errors
 * (which stop the submission) before warnings, each a link to its field.
 * Inside the editor's OfferChecks (offer-checks.tsx) it lists that check's
 * problems, the same the fields show; given a `document` and its `context`
 * instead, it checks them itself (150 ms after they stop changing). The
 * fields' ids follow the convention in field-ids.ts (`field-<section>-<path>`).
 * Given `submitOfferId` (the editor), it ends with the way to the submission,
 * where the user finishes rather than only at the top of the page, and its
 * all-clear says the offer can be submitted.
 */
export function ChecksPanel({
  headingLevel = 2,
  document,
  context,
  submitOfferId,
  id,
}: {
  headingLevel?: 2 | 3;
  document?: OfferDocument;
  context?: CheckContext;
  submitOfferId?: string;
  /** The section's id, for a link that jumps to the panel. */
  id?: string;
}) {
  const checked = useOfferProblems();
  const section = <ProblemsSection headingLevel={headingLevel} submitOfferId={submitOfferId} id={id} />;
  if (checked !== null) return section;
  // With nothing to check, "no problems found" would be a false all-clear: say nothing.
  if (!document || !context) return null;
  return (
    <OfferChecks document={document} context={context}>
      {section}
    </OfferChecks>
  );
}

/** The panel's one-line summary: "no problems" or the counts of errors and warnings. */
export function useChecksSummary(ready = false): string {
  const t = useTranslations("offerCosts.checks");
  const problems = useOfferProblems() ?? [];
  const errors = problems.filter((problem) => problem.severity === "error").length;
  if (problems.length === 0) return t(ready ? "noneReady" : "none");
  return t("summary", { errors, warnings: problems.length - errors });
}

function ProblemsSection({
  headingLevel,
  submitOfferId,
  id,
}: {
  headingLevel: 2 | 3;
  submitOfferId?: string;
  id?: string;
}) {
  const t = useTranslations("offerCosts.checks");
  const rules = useTranslations("offerRules");
  const problems = sortProblems(useOfferProblems() ?? []);
  const errors = problems.filter((problem) => problem.severity === "error");
  const warnings = problems.filter((problem) => problem.severity === "warning");
  const summary = useSettled(useChecksSummary(submitOfferId !== undefined), ANNOUNCE_DELAY_MS);
  const titleId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    // tabIndex -1: the jump link (offer-editor.tsx) moves the focus here, not only the view.
    <section
      id={id}
      tabIndex={id ? -1 : undefined}
      aria-labelledby={titleId}
      className="rounded border-2 border-slate-400 p-4"
    >
      <Heading id={titleId} className="text-lg font-bold">
        {rules("title")}
      </Heading>
      <p className="mt-1" aria-live="polite">
        {summary}
      </p>
      {submitOfferId && (
        <p className="mt-3">
          <Link
            href={{ pathname: "/offers/[id]/submit", params: { id: submitOfferId } }}
            className={buttonClassName(errors.length === 0 ? "primary" : "secondary")}
          >
            {t("submitLink")}
          </Link>
        </p>
      )}
      <ProblemList problems={errors} severity="error" level={headingLevel === 2 ? 3 : 4} />
      <ProblemList problems={warnings} severity="warning" level={headingLevel === 2 ? 3 : 4} />
    </section>
  );
}
