"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

export interface FieldError {
  fieldId: string;
  message: string;
}

/**
 * Lists a form's errors at its top, each linking to its field (GOV.UK pattern,
 * WCAG 3.3.1). It takes focus when it appears so screen-reader and keyboard
 * users land on it; following a link focuses the field itself.
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const t = useTranslations("ui");
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const signature = errors.map((e) => `${e.fieldId}:${e.message}`).join("|");
  const shown = useRef<Set<string>>(new Set());

  // Focus moves here when a new problem appears (a submission), not when the
  // person fixes one while typing: that would pull focus out of the field.
  useEffect(() => {
    const current = new Set(signature ? signature.split("|") : []);
    const somethingNew = [...current].some((entry) => !shown.current.has(entry));
    shown.current = current;
    if (somethingNew) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId} className="mb-6 border-4 border-red-800 p-4">
      <h2 id={titleId} className="text-lg font-bold">
        {t("errorSummaryTitle", { count: errors.length })}
      </h2>
      <p>{t("errorSummaryIntro")}</p>
      <ul className="mt-2 list-disc pl-6">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              className="font-semibold text-red-800"
              onClick={(event) => {
                const field = document.getElementById(error.fieldId);
                if (!field) return;
                event.preventDefault();
                field.focus();
                field.scrollIntoView({ block: "center" });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
