"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useErrorText } from "@/components/forms/error-text";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callRoute } from "@/lib/http/route-client";
import { useRouter } from "@/lib/i18n/navigation";

const MAX_BYTES = 20 * 1024 * 1024;
const ids = { file: "version-file", issuedOn: "version-issuedOn", changeNote: "version-changeNote" };
const FILE_ERRORS: Record<string, string> = {
  TOO_LARGE: "documentFileTooLarge",
  UNSUPPORTED_TYPE: "libraryFileUnsupported",
  MISSING: "documentFileMissing",
  ARCHIVE_TOO_LARGE: "documentArchiveTooLarge",
};

/** Adding a version: the file (checked by content on the server), its date, and what changed. It becomes the current one. */
export function VersionUpload({ documentId, today, first }: { documentId: string; today: string; first: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [issuedOn, setIssuedOn] = useState(today);
  const [changeNote, setChangeNote] = useState("");
  const [errors, setErrors] = useState<Partial<Record<keyof typeof ids, string>>>({});
  const [saved, setSaved] = useState<{ number: number; held: boolean } | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorText = useErrorText();
  const message = (key?: string) => (key ? errorText.field(key) : undefined);
  const summary = (Object.keys(ids) as (keyof typeof ids)[]).flatMap((field) =>
    errors[field] ? [{ fieldId: ids[field], message: message(errors[field])! }] : [],
  );

  return (
    <section aria-labelledby="library-version-heading" className="mt-6 max-w-4xl border-2 border-slate-700 p-4">
      <h2 id="library-version-heading" className="text-2xl font-bold">
        {first ? t("libraryVersions.firstHeading") : t("libraryVersions.addHeading")}
      </h2>
      <p className="mt-2">{t("libraryVersions.intro")}</p>
      {saved !== null && (
        <Alert tone="success" live>
          {t(saved.held ? "libraryVersions.savedHeld" : "libraryVersions.saved", { number: saved.number })}
        </Alert>
      )}
      <FormStatus routeError={serverError} />
      <form
        noValidate
        className="mt-4"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(null);
          setServerError(null);
          const file = input.current?.files?.[0];
          const found: typeof errors = {};
          if (!file) found.file = "documentFileMissing";
          else if (file.size > MAX_BYTES) found.file = "documentFileTooLarge";
          if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) found.issuedOn = "libraryIssuedOnInvalid";
          setErrors(found);
          if (Object.keys(found).length > 0 || !file) return;
          const body = new FormData();
          body.set("file", file);
          body.set("issuedOn", issuedOn);
          body.set("changeNote", changeNote);
          setPending(true);
          const answer = await callRoute(`/api/library/${documentId}/versions`, { method: "POST", body });
          setPending(false);
          if (answer.ok) {
            setSaved(answer.body as { number: number; held: boolean });
            setChangeNote("");
            if (input.current) input.current.value = "";
            router.refresh();
          } else if (FILE_ERRORS[answer.code]) setErrors({ file: FILE_ERRORS[answer.code] });
          else if (answer.code === "INVALID") setErrors(answer.fields ?? {});
          else setServerError(answer.code);
        }}
      >
        <ErrorSummary errors={summary} />
        <FormField
          id={ids.file}
          name="file"
          label={t("libraryVersions.file")}
          hint={t("libraryVersions.fileHint")}
          error={message(errors.file)}
          required
        >
          {(props) => (
            <input {...props} ref={input} type="file" accept=".pdf,.docx,.odt,.xlsx,.ods" className={inputClassName} />
          )}
        </FormField>
        <FormField
          id={ids.issuedOn}
          name="issuedOn"
          label={t("libraryVersions.issuedOn")}
          error={message(errors.issuedOn)}
          required
        >
          {(props) => (
            <input
              {...props}
              value={issuedOn}
              onChange={(event) => setIssuedOn(event.target.value)}
              type="date"
              className={inputClassName}
            />
          )}
        </FormField>
        <FormField
          id={ids.changeNote}
          name="changeNote"
          label={t("libraryVersions.changeNote")}
          hint={t("libraryVersions.changeNoteHint")}
          error={message(errors.changeNote)}
        >
          {(props) => (
            <textarea
              {...props}
              value={changeNote}
              onChange={(event) => setChangeNote(event.target.value)}
              rows={3}
              maxLength={1000}
              className={inputClassName}
            />
          )}
        </FormField>
        <Button type="submit" disabled={pending}>
          {pending ? t("organisationDocuments.uploading") : t("libraryVersions.add")}
        </Button>
      </form>
    </section>
  );
}
