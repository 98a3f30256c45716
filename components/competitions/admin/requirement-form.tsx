"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { addRequirementAction } from "@/lib/competitions/actions";
import { attachmentConditions, requirementObject, type RequirementInput } from "@/lib/competitions/schemas";

const fieldIds = {
  label: "requirement-label",
  description: "requirement-description",
  condition: "requirement-condition",
  perApplicant: "requirement-perApplicant",
  required: "requirement-required",
};
const empty: RequirementInput = {
  label: "",
  description: "",
  condition: "ALWAYS",
  perApplicant: false,
  required: true,
};

/** An attachment every offer (or, by its condition, some offers) must carry. */
export function RequirementForm({ competitionId }: { competitionId: string }) {
  const t = useTranslations();
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    addRequirementAction,
    requirementObject,
    {
      defaultValues: empty,
      fieldIds,
      toInput: (fields) => ({ ...fields, competitionId }),
      onSuccess: (_data, { form }) => form.reset(empty),
    },
  );
  return (
    <form noValidate className="mt-4" onSubmit={submit}>
      <FormStatus
        {...status}
        refused={refused && t(`competitionsAdmin.refusals.${refused}`)}
        saved={saved && t("competitionsAdmin.saved")}
      />
      <FormField
        id={fieldIds.label}
        name="label"
        label={t("competitionsAdmin.requirementFields.label")}
        error={message("label")}
        required
      >
        {(props) => <input {...props} {...form.register("label")} className={inputClassName} />}
      </FormField>
      <FormField
        id={fieldIds.description}
        name="description"
        label={t("competitionsAdmin.requirementFields.description")}
        error={message("description")}
      >
        {(props) => <textarea {...props} {...form.register("description")} rows={2} className={inputClassName} />}
      </FormField>
      <FormField
        id={fieldIds.condition}
        name="condition"
        label={t("competitionsAdmin.requirementFields.condition")}
        error={message("condition")}
      >
        {(props) => (
          <select {...props} {...form.register("condition")} className={`${inputClassName} max-w-md`}>
            {attachmentConditions.map((condition) => (
              <option key={condition} value={condition}>
                {t(`competitionsAdmin.conditions.${condition}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {(["perApplicant", "required"] as const).map((name) => (
        <div key={name} className="mb-4 flex items-start gap-3">
          <input
            id={fieldIds[name]}
            type="checkbox"
            {...form.register(name)}
            className="mt-1 h-6 w-6 shrink-0 accent-blue-800"
          />
          <label htmlFor={fieldIds[name]}>{t(`competitionsAdmin.requirementFields.${name}`)}</label>
        </div>
      ))}
      <Button type="submit" disabled={pending}>
        {t("competitionsAdmin.addRequirement")}
      </Button>
    </form>
  );
}
