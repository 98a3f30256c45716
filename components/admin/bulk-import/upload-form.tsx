"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { MAX_UPLOAD_BYTES } from "@/lib/organisations/bulk-import/limits";

const FIELD_ID = "import-file";
type Failure =
  "MISSING" | "TOO_LARGE" | "EMPTY" | "TOO_MANY_ROWS" | "UNREADABLE" | "UNSUPPORTED_TYPE" | "ARCHIVE_TOO_LARGE";
const FAILURES = new Set<string>([
  "MISSING",
  "TOO_LARGE",
  "EMPTY",
  "TOO_MANY_ROWS",
  "UNREADABLE",
  "UNSUPPORTED_TYPE",
  "ARCHIVE_TOO_LARGE",
]);

/** Sends the spreadsheet to the upload route; a file the server cannot use is explained on the field. */
export function ImportUploadForm() {
  const t = useTranslations();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const message = failure ? t(`adminImport.failures.${failure}`) : undefined;

  return (
    <form
      noValidate
      className="mt-4 max-w-2xl"
      onSubmit={async (event) => {
        event.preventDefault();
        setServerError(null);
        const file = input.current?.files?.[0];
        if (!file) return setFailure("MISSING");
        // Said before sending 50 MB nowhere.
        if (file.size > MAX_UPLOAD_BYTES) return setFailure("TOO_LARGE");
        setFailure(null);
        setPending(true);
        try {
          const body = new FormData();
          body.set("file", file);
          const response = await fetch("/api/admin/organisation-imports", { method: "POST", body });
          const answer = (await response.json().catch(() => ({}))) as { id?: string; error?: { code?: string } };
          if (response.ok && answer.id) {
            router.push({ pathname: "/admin/organisation-imports/[id]", params: { id: answer.id } });
            return;
          }
          const code = answer.error?.code ?? "INTERNAL";
          if (FAILURES.has(code)) setFailure(code as Failure);
          else setServerError(code);
        } catch {
          setServerError("UNAVAILABLE");
        } finally {
          setPending(false);
        }
      }}
    >
      <FormStatus summary={message ? [{ fieldId: FIELD_ID, message }] : []} routeError={serverError} />
      <FormField
        id={FIELD_ID}
        name="file"
        label={t("adminImport.file")}
        hint={t("adminImport.fileHint")}
        error={message}
        required
      >
        {(props) => (
          <input
            {...props}
            ref={input}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClassName}
          />
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? t("adminImport.uploading") : t("adminImport.upload")}
      </Button>
    </form>
  );
}
