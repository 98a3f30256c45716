"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callRoute } from "@/lib/http/route-client";
import { useRouter } from "@/lib/i18n/navigation";
import { removeOrganisationDocumentAction } from "@/lib/organisations/actions";
import {
  MAX_ORGANISATION_DOCUMENT_BYTES,
  organisationDocumentKinds,
  organisationDocumentSchema,
} from "@/lib/organisations/documents/schemas";

const fieldIds = { kind: "document-kind", title: "document-title", year: "document-year", file: "document-file" };

const formSchema = organisationDocumentSchema.extend({
  // The list starts on "choose" (""): any string comes in and the kinds' schema judges it.
  kind: z.string().pipe(organisationDocumentSchema.shape.kind),
  file: z
    .custom<FileList>(
      (value) => typeof FileList !== "undefined" && value instanceof FileList && value.length === 1,
      "documentFileMissing",
    )
    .refine((list) => (list.item(0)?.size ?? 0) <= MAX_ORGANISATION_DOCUMENT_BYTES, "documentFileTooLarge"),
});
type FormInput = z.input<typeof formSchema>;

const SERVER_FILE_ERRORS: Record<string, string> = {
  TOO_LARGE: "documentFileTooLarge",
  UNSUPPORTED_TYPE: "documentFileUnsupported",
  MISSING: "documentFileMissing",
  ARCHIVE_TOO_LARGE: "documentArchiveTooLarge",
};

export type ManagedDocument = {
  id: string;
  kind: string;
  title: string;
  year: number | null;
  size: number;
  format: string;
};

/** The organisation's public documents: the list with removal, and the upload form. */
export function DocumentManager({
  organisationId,
  documents,
}: {
  organisationId: string;
  documents: ManagedDocument[];
}) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [notice, setNotice] = useState<"saved" | "removed" | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, z.output<typeof formSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(formSchema),
    defaultValues: { kind: "", title: "", year: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const base = `/api/organisations/${organisationId}/documents`;

  async function remove(document: ManagedDocument) {
    setNotice(null);
    setServerError(null);
    setRemoving(document.id);
    const result = await removeOrganisationDocumentAction({ organisationId, documentId: document.id });
    setRemoving(null);
    if (result?.data) setNotice("removed");
    else setServerError(result?.serverError ?? "INTERNAL");
  }

  return (
    <section aria-labelledby="documents-heading" className="mt-10 max-w-3xl">
      <h2 id="documents-heading" className="text-2xl font-bold">
        {t("organisationDocuments.heading")}
      </h2>
      <p className="mt-2">{t("organisationDocuments.intro")}</p>
      {notice && (
        <Alert tone="success" live>
          {t(`organisationDocuments.${notice}`)}
        </Alert>
      )}
      <FormStatus routeError={serverError} />
      {documents.length === 0 ? (
        <p className="mt-4 text-slate-700">{t("organisationDocuments.none")}</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {documents.map((document) => (
            <li key={document.id} className="flex flex-wrap items-center gap-3">
              <a href={`${base}/${document.id}`} className="underline">
                {document.title}
                {document.year ? ` (${document.year})` : ""}
              </a>
              <span className="text-slate-700">
                {t(`organisationDocuments.kinds.${document.kind as "OTHER"}`)}, {document.format.toUpperCase()},{" "}
                {format.number(document.size / 1024, { maximumFractionDigits: 0 })} KB
              </span>
              <Button variant="secondary" disabled={removing !== null} onClick={() => void remove(document)}>
                {t("organisationDocuments.remove")}
                <span className="sr-only"> – {document.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-6 text-xl font-bold">{t("organisationDocuments.addHeading")}</h3>
      <form
        noValidate
        className="mt-4"
        onSubmit={form.handleSubmit(async (values) => {
          setNotice(null);
          setServerError(null);
          const body = new FormData();
          body.set("kind", values.kind);
          body.set("title", values.title);
          body.set("year", values.year === null ? "" : String(values.year));
          const file = values.file.item(0);
          if (file) body.set("file", file);
          const answer = await callRoute(base, { method: "POST", body });
          if (answer.ok) {
            setNotice("saved");
            form.reset({ kind: "", title: "", year: "" });
            router.refresh();
          } else if (SERVER_FILE_ERRORS[answer.code])
            form.setError("file", { message: SERVER_FILE_ERRORS[answer.code] });
          else if (answer.code === "INVALID" && answer.fields) {
            for (const [field, key] of Object.entries(answer.fields))
              if (field in fieldIds) form.setError(field as keyof FormInput, { message: key });
          } else setServerError(answer.code);
        })}
      >
        <ErrorSummary errors={summary} />
        <FormField
          id={fieldIds.kind}
          name="kind"
          label={t("organisationDocuments.kind")}
          error={message("kind")}
          required
        >
          {(props) => (
            <select {...props} {...form.register("kind")} className={inputClassName}>
              <option value="">{t("organisationDocuments.chooseKind")}</option>
              {organisationDocumentKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`organisationDocuments.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={fieldIds.title}
          name="title"
          label={t("organisationDocuments.title")}
          hint={t("organisationDocuments.titleHint")}
          error={message("title")}
          required
        >
          {(props) => <input {...props} {...form.register("title")} type="text" className={inputClassName} />}
        </FormField>
        <FormField
          id={fieldIds.year}
          name="year"
          label={t("organisationDocuments.year")}
          hint={t("organisationDocuments.yearHint")}
          error={message("year")}
        >
          {(props) => (
            <input
              {...props}
              {...form.register("year")}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={`${inputClassName} max-w-32`}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.file}
          name="file"
          label={t("organisationDocuments.file")}
          hint={t("organisationDocuments.fileHint")}
          error={message("file")}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register("file")}
              type="file"
              accept=".pdf,.docx,.odt,.xlsx,.ods,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
              className={inputClassName}
            />
          )}
        </FormField>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("organisationDocuments.uploading") : t("organisationDocuments.upload")}
        </Button>
      </form>
    </section>
  );
}
