"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { OrganisationPicker } from "@/components/forms/organisation-picker";
import { Button } from "@/components/ui/button";
import {
  MAX_PROJECT_PARTNERS,
  PROJECT_DESCRIPTION_MAX,
  type PartnershipProfile,
  type PartnershipProfileInput,
} from "@/lib/partnerships/profile/schemas";

type Form = UseFormReturn<PartnershipProfileInput, unknown, PartnershipProfile>;

/** One partner of a project: the name as typed, and optionally its organisation on the platform. */
function PartnerFields({
  form,
  project,
  index,
  ownOrganisationId,
  idOf,
  message,
  onRemove,
}: {
  form: Form;
  project: number;
  index: number;
  ownOrganisationId: string;
  idOf: (path: string) => string;
  message: (path: string) => string | undefined;
  onRemove: () => void;
}) {
  const t = useTranslations("partnerships.form");
  const path = `pastProjects.${project}.partners.${index}` as const;
  const partner = useWatch({ control: form.control, name: path });
  const number = index + 1;
  return (
    <li className="rounded border-2 border-slate-300 p-3">
      <FormField
        id={idOf(`${path}.name`)}
        name={`${path}.name`}
        label={t("partnerName", { number })}
        error={message(`${path}.name`)}
        required
      >
        {(props) => <input {...props} {...form.register(`${path}.name`)} maxLength={200} className={inputClassName} />}
      </FormField>
      <OrganisationPicker
        id={idOf(`${path}.organisationId`)}
        label={t("partnerFind", { number })}
        hint={t("partnerFindHint")}
        single
        exclude={[ownOrganisationId]}
        value={partner?.organisationId ? [{ id: partner.organisationId, name: partner.name, seat: null }] : []}
        onChange={(chosen) => {
          const picked = chosen[0];
          form.setValue(`${path}.organisationId`, picked?.id ?? "");
          if (picked) form.setValue(`${path}.name`, picked.name, { shouldValidate: form.formState.isSubmitted });
        }}
      />
      <Button variant="secondary" onClick={onRemove}>
        {t("removePartner", { number })}
      </Button>
    </li>
  );
}

/** One past project: title, years, description and its partners. */
export function PastProjectFields({
  form,
  index,
  ownOrganisationId,
  idOf,
  message,
  onRemove,
}: {
  form: Form;
  index: number;
  ownOrganisationId: string;
  idOf: (path: string) => string;
  message: (path: string) => string | undefined;
  onRemove: () => void;
}) {
  const t = useTranslations("partnerships.form");
  const partners = useFieldArray({ control: form.control, name: `pastProjects.${index}.partners` });
  const path = `pastProjects.${index}` as const;
  const number = index + 1;
  const addPartnerId = idOf(`${path}.addPartner`);
  const year = (field: "yearFrom" | "yearTo") => (
    <FormField
      id={idOf(`${path}.${field}`)}
      name={`${path}.${field}`}
      label={t(field)}
      error={message(`${path}.${field}`)}
      required
    >
      {(props) => (
        <input
          {...props}
          {...form.register(`${path}.${field}`)}
          inputMode="numeric"
          maxLength={4}
          className={`${inputClassName} max-w-32`}
        />
      )}
    </FormField>
  );
  return (
    <fieldset className="mt-4 rounded border-2 border-slate-400 p-4">
      <legend className="px-1 text-lg font-semibold">{t("project", { number })}</legend>
      <FormField
        id={idOf(`${path}.title`)}
        name={`${path}.title`}
        label={t("projectTitle")}
        error={message(`${path}.title`)}
        required
      >
        {(props) => <input {...props} {...form.register(`${path}.title`)} maxLength={200} className={inputClassName} />}
      </FormField>
      <div className="flex flex-wrap gap-x-6">
        {year("yearFrom")}
        {year("yearTo")}
      </div>
      <FormField
        id={idOf(`${path}.description`)}
        name={`${path}.description`}
        label={t("projectDescription")}
        hint={t("projectDescriptionHint", { max: PROJECT_DESCRIPTION_MAX })}
        error={message(`${path}.description`)}
      >
        {(props) => (
          <textarea
            {...props}
            {...form.register(`${path}.description`)}
            rows={3}
            maxLength={PROJECT_DESCRIPTION_MAX}
            className={inputClassName}
          />
        )}
      </FormField>
      <fieldset className="mb-4">
        <legend className="font-semibold">{t("partners", { number })}</legend>
        <ul className="mt-2 space-y-3">
          {partners.fields.map((field, partner) => (
            <PartnerFields
              key={field.id}
              form={form}
              project={index}
              index={partner}
              ownOrganisationId={ownOrganisationId}
              idOf={idOf}
              message={message}
              onRemove={() => {
                partners.remove(partner);
                // Once the list is drawn again (the button returns when the list was full).
                setTimeout(() => document.getElementById(addPartnerId)?.focus());
              }}
            />
          ))}
        </ul>
        {partners.fields.length < MAX_PROJECT_PARTNERS && (
          <Button
            id={addPartnerId}
            variant="secondary"
            className="mt-3"
            onClick={() => partners.append({ name: "", organisationId: "" })}
          >
            {t("addPartner")}
          </Button>
        )}
      </fieldset>
      <Button variant="secondary" onClick={onRemove}>
        {t("removeProject", { number })}
      </Button>
    </fieldset>
  );
}
