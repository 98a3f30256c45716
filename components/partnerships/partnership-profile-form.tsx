"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { CodeCheckboxes } from "@/components/partnerships/code-checkboxes";
import { LanguageFields } from "@/components/partnerships/language-fields";
import { PastProjectFields } from "@/components/partnerships/past-project-fields";
import { Button } from "@/components/ui/button";
import { competences, resources } from "@/lib/partnerships/capabilities";
import { editPartnershipProfileAction } from "@/lib/partnerships/profile/actions";
import {
  emptyPastProject,
  MAX_PAST_PROJECTS,
  MAX_PROJECT_PARTNERS,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  partnershipProfileSchema,
  profileFormValues,
  type PartnershipProfileInput,
} from "@/lib/partnerships/profile/schemas";

const idOf = (path: string) => `partnership-${path.replace(/\./g, "-")}`;

const LISTS = ["offeredCompetences", "offeredResources", "neededCompetences", "neededResources"] as const;
const PROJECT_FIELDS = [
  "title",
  "yearFrom",
  "yearTo",
  "description",
  ...Array.from({ length: MAX_PROJECT_PARTNERS }, (_, partner) => `partners.${partner}.name`),
];
/** Every field that may carry an error, in the order the form shows them, for the error summary. */
const fieldIds: Record<string, string> = Object.fromEntries(
  [
    "openToPartnerships",
    ...LISTS,
    "workingLanguages",
    "tags",
    ...Array.from({ length: MAX_PAST_PROJECTS }, (_, project) =>
      PROJECT_FIELDS.map((field) => `pastProjects.${project}.${field}`),
    ).flat(),
  ].map((field) => [field, idOf(field)]),
);

/** The partnership profile's editor: open or not, offers and needs, languages, tags and past projects. */
export function PartnershipProfileForm({
  organisationId,
  defaultValues,
}: {
  organisationId: string;
  defaultValues: PartnershipProfileInput;
}) {
  const t = useTranslations("partnerships");
  const { form, submit, pending, message, saved, status } = useActionForm(
    editPartnershipProfileAction,
    partnershipProfileSchema,
    {
      defaultValues,
      fieldIds,
      toInput: (profile) => ({ organisationId, profile }),
      // The fields show what was stored: tags normalised, texts trimmed.
      onSuccess: (_saved, { form, parsed }) => form.reset(profileFormValues(parsed)),
    },
  );
  const projects = useFieldArray({ control: form.control, name: "pastProjects" });
  const addProjectId = idOf("addProject");
  const list = (field: (typeof LISTS)[number]) => (
    <CodeCheckboxes
      id={fieldIds[field]!}
      legend={t(`form.${field}`)}
      error={message(field)}
      registration={form.register(field)}
      options={
        field.endsWith("Competences")
          ? competences.map((code) => ({ value: code, label: t(`competences.${code}`) }))
          : resources.map((code) => ({ value: code, label: t(`resources.${code}`) }))
      }
    />
  );

  return (
    <form noValidate className="mt-6 max-w-3xl" onSubmit={submit}>
      <FormStatus {...status} saved={saved && t("form.saved")} />
      <div className="mb-6 rounded border-2 border-blue-800 bg-blue-50 p-4">
        <div className="flex items-start gap-3">
          <input
            id={fieldIds.openToPartnerships}
            type="checkbox"
            {...form.register("openToPartnerships")}
            aria-describedby={`${fieldIds.openToPartnerships}-hint`}
            className={checkboxClassName}
          />
          <label htmlFor={fieldIds.openToPartnerships} className="font-semibold">
            {t("form.open")}
          </label>
        </div>
        <p id={`${fieldIds.openToPartnerships}-hint`} className="mt-1 ml-9 text-slate-700">
          {t("form.openHint")}
        </p>
      </div>

      <h2 className="mt-8 mb-3 text-2xl font-bold">{t("form.offers")}</h2>
      {list("offeredCompetences")}
      {list("offeredResources")}
      <h2 className="mt-8 mb-3 text-2xl font-bold">{t("form.needs")}</h2>
      {list("neededCompetences")}
      {list("neededResources")}

      <LanguageFields id={fieldIds.workingLanguages!} form={form} error={message("workingLanguages")} />
      <FormField
        id={fieldIds.tags!}
        name="tags"
        label={t("form.tags")}
        hint={t("form.tagsHint", { max: MAX_TAGS, length: MAX_TAG_LENGTH })}
        error={message("tags")}
      >
        {(props) => <input {...props} {...form.register("tags")} className={inputClassName} />}
      </FormField>

      <h2 className="mt-8 text-2xl font-bold">{t("form.pastProjects")}</h2>
      <p className="mt-2">{t("form.pastProjectsIntro")}</p>
      {projects.fields.map((field, index) => (
        <PastProjectFields
          key={field.id}
          form={form}
          index={index}
          ownOrganisationId={organisationId}
          idOf={idOf}
          message={message}
          onRemove={() => {
            projects.remove(index);
            setTimeout(() => document.getElementById(addProjectId)?.focus());
          }}
        />
      ))}
      {projects.fields.length < MAX_PAST_PROJECTS && (
        <Button
          id={addProjectId}
          variant="secondary"
          className="mt-4"
          onClick={() => projects.append(emptyPastProject())}
        >
          {t("form.addProject")}
        </Button>
      )}

      <div className="mt-8">
        <Button type="submit" disabled={pending}>
          {pending ? t("form.saving") : t("form.save")}
        </Button>
      </div>
    </form>
  );
}
