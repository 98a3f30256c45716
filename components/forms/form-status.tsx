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
 * Route handlers' codes (`routeError`) are not all AppErrorCodes: an unknown one reads as INTERNAL.
 */
export function FormStatus({
  summary = [],
  saved,
  refused,
  serverError,
  serverErrorTexts = {},
  routeError,
}: {
  summary?: FieldError[];
  saved?: string | false | null;
  refused?: string | false | null;
  serverError?: AppErrorCode | null;
  serverErrorTexts?: Partial<Record<AppErrorCode, string>>;
  /** A route handler's error code (uploads), which may be the route's own. */
  routeError?: string | null;
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
      {routeError && (
        <Alert tone="error" live>
          {errorText.code(routeError)}
        </Alert>
      )}
    </>
  );
}
