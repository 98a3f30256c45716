"use client";

import { ErrorSummary, type FieldError } from "@/components/forms/error-summary";
import { useErrorText } from "@/components/forms/error-text";
import { Alert } from "@/components/ui/alert";
import type { AppErrorCode } from "@/lib/errors";

/**
 * What a write said, at the top of its form (or beside its button): the error
 * summary, then "saved", a rule's refusal, or the server's error, as words.
 * Each is announced when it appears (role="status" or "alert"). `saved` and
 * `refused` are the caller's words (each area has its own); server errors are
 * `errors.<CODE>` unless `serverErrorTexts` says what a code means on this form.
 */
export function FormStatus({
  summary = [],
  saved,
  refused,
  serverError,
  serverErrorTexts = {},
}: {
  summary?: FieldError[];
  saved?: string | false | null;
  refused?: string | false | null;
  serverError?: AppErrorCode | null;
  serverErrorTexts?: Partial<Record<AppErrorCode, string>>;
}) {
  const errorText = useErrorText();
  return (
    <>
      <ErrorSummary errors={summary} />
      {saved && (
        <Alert tone="success" live>
          {saved}
        </Alert>
      )}
      {refused && (
        <Alert tone="error" live>
          {refused}
        </Alert>
      )}
      {serverError && (
        <Alert tone="error" live>
          {serverErrorTexts[serverError] ?? errorText.server(serverError)}
        </Alert>
      )}
    </>
  );
}
