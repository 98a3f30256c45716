"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { AuthorSelect } from "@/components/forms/author-select";
import { FormStatus } from "@/components/forms/form-status";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { OrganisationPicker, type PickedOrganisation } from "@/components/forms/organisation-picker";
import { TopicFields } from "@/components/forms/topic-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { AuthorOption } from "@/lib/auth/authors";
import { useRouter } from "@/lib/i18n/navigation";
import { createDocumentAction, updateDocumentAction } from "@/lib/library/actions";
import {
  chosenKinds,
  documentFormSchema,
  FILED_KINDS,
  libraryStatuses,
  type DocumentFieldsInput,
  type DocumentFormInput,
} from "@/lib/library/schemas";
import type { TopicOptions } from "@/lib/reference-data/topic-options";

const FIELDS = [
  "steward",
  "title",
  "description",
  "kind",
  "status",
  "consultationId",
  "developerInstitutionIds",
  "developerOrganisationIds",
  "sphereIds",
  "territoryCodes",
] as const;
const fieldIds = Object.fromEntries(FIELDS.map((field) => [field, `library-${field}`])) as Record<
  (typeof FIELDS)[number],
  string
>;

/**
 * A library document's description: for whom (a new one), title, what it is
 * and where it stands, who developed it, the consultation it came from, and
 * what it concerns. Files come as versions, added after saving.
 */
export function DocumentForm({
  target,
  defaultValues,
  stewards,
  institutions,
  consultations,
  developerOrganisations = [],
  options,
}: {
  target: { create: true } | { documentId: string };
  defaultValues: DocumentFieldsInput & { steward?: string };
  stewards: AuthorOption[];
  institutions: { id: string; name: string }[];
  consultations: { id: string; title: string }[];
  developerOrganisations?: PickedOrganisation[];
  options: TopicOptions;
}) {
  const t = useTranslations();
  const router = useRouter();
  const creating = "create" in target;
  const [organisations, setOrganisations] = useState<PickedOrganisation[]>(developerOrganisations);
  const { form, submit, pending, message, saved, status } = useActionForm(
    async ({ steward, ...fields }: DocumentFormInput) => {
      // The organisations come from the picker, outside the form's fields.
      const input = { ...fields, developerOrganisationIds: organisations.map((o) => o.id) };
      return "documentId" in target
        ? updateDocumentAction({ ...input, documentId: target.documentId })
        : createDocumentAction({ ...input, steward: steward ?? "" });
    },
    documentFormSchema,
    {
      defaultValues,
      fieldIds,
      onSuccess: (data) => {
        if (data && "id" in data) router.push({ pathname: "/account/library/[id]", params: { id: data.id } });
      },
    },
  );

  const select = <Value extends string>(
    field: "kind" | "status",
    values: readonly Value[],
    label: (value: Value) => string,
  ) => (
    <FormField id={fieldIds[field]} name={field} label={t(`libraryForm.${field}`)} error={message(field)} required>
      {(props) => (
        <select {...props} {...form.register(field)} className={inputClassName}>
          {values.map((value) => (
            <option key={value} value={value}>
              {label(value)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form noValidate className="mt-6 max-w-4xl" onSubmit={submit}>
      <FormStatus {...status} saved={!creating && saved && t("libraryForm.saved")} />
      {creating && (
        <AuthorSelect
          id={fieldIds.steward}
          label={t("libraryForm.steward")}
          hint={t("libraryForm.stewardHint")}
          error={message("steward")}
          options={stewards}
          register={form.register("steward")}
        />
      )}
      <FormField id={fieldIds.title} name="title" label={t("libraryForm.title")} error={message("title")} required>
        {(props) => <input {...props} {...form.register("title")} type="text" className={inputClassName} />}
      </FormField>
      <FormField
        id={fieldIds.description}
        name="description"
        label={t("libraryForm.description")}
        hint={t("libraryForm.descriptionHint")}
        error={message("description")}
        required
      >
        {(props) => <textarea {...props} {...form.register("description")} rows={6} className={inputClassName} />}
      </FormField>
      {/* A filed report keeps its kind (the server keeps it too); other documents may not take it. */}
      {select(
        "kind",
        defaultValues.kind && FILED_KINDS.includes(defaultValues.kind) ? [defaultValues.kind] : chosenKinds,
        (value) => t(`library.kinds.${value}`),
      )}
      {select("status", libraryStatuses, (value) => t(`library.statuses.${value}`))}
      <FormField
        id={fieldIds.consultationId}
        name="consultationId"
        label={t("libraryForm.consultationId")}
        hint={t("libraryForm.consultationHint")}
        error={message("consultationId")}
      >
        {(props) => (
          <select {...props} {...form.register("consultationId")} className={inputClassName}>
            <option value="">{t("libraryForm.noConsultation")}</option>
            {consultations.map((consultation) => (
              <option key={consultation.id} value={consultation.id} lang="pl">
                {consultation.title}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("libraryForm.developersHeading")}</legend>
        <p className="mb-4">{t("libraryForm.developersIntro")}</p>
        <details className="mb-4">
          <summary className="cursor-pointer font-semibold">{t("libraryForm.developerInstitutionIds")}</summary>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {institutions.map((institution, index) => (
              <li key={institution.id} className="flex items-start gap-3">
                <input
                  id={
                    index === 0
                      ? fieldIds.developerInstitutionIds
                      : `${fieldIds.developerInstitutionIds}-${institution.id}`
                  }
                  type="checkbox"
                  value={institution.id}
                  {...form.register("developerInstitutionIds")}
                  className="mt-1 h-5 w-5"
                />
                <label
                  htmlFor={
                    index === 0
                      ? fieldIds.developerInstitutionIds
                      : `${fieldIds.developerInstitutionIds}-${institution.id}`
                  }
                  lang="pl"
                >
                  {institution.name}
                </label>
              </li>
            ))}
          </ul>
        </details>
        <OrganisationPicker
          id={fieldIds.developerOrganisationIds}
          label={t("libraryForm.developerOrganisationIds")}
          hint={t("libraryForm.developerOrganisationsHint")}
          error={message("developerOrganisationIds")}
          value={organisations}
          onChange={setOrganisations}
        />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("newsForm.concernsHeading")}</legend>
        <TopicFields
          options={options}
          ids={{ sphereIds: fieldIds.sphereIds, territoryCodes: fieldIds.territoryCodes }}
          labels={{ sphereIds: t("newsForm.sphereIds"), territoryCodes: t("newsForm.territoryCodes") }}
          register={{ sphereIds: form.register("sphereIds"), territoryCodes: form.register("territoryCodes") }}
        />
      </fieldset>
      {creating && <p className="mb-4">{t("libraryForm.filesAfterSaving")}</p>}
      <Button type="submit" disabled={pending}>
        {creating ? t("libraryForm.create") : t("libraryForm.save")}
      </Button>
    </form>
  );
}
