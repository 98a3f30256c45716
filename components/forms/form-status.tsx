import { ErrorSummary, type FieldError } from "@/components/forms/error-summary";
import { Alert } from "@/components/ui/alert";

/** The top of a saving form: the error summary, then "saved" or the server's refusal, as words. */
export function FormStatus({
  summary,
  saved,
  serverError,
}: {
  summary: FieldError[];
  saved: string | null;
  serverError: string | null;
}) {
  return (
    <>
      <ErrorSummary errors={summary} />
      {saved && (
        <Alert tone="success" live>
          {saved}
        </Alert>
      )}
      {serverError && (
        <Alert tone="error" live>
          {serverError}
        </Alert>
      )}
    </>
  );
}
