"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, checkboxClassName } from "@/components/forms/checkbox-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { saveSmallGrantBudgetAction } from "@/lib/small-grants/actions";
import { saveBudgetSchema, type SaveBudgetInput } from "@/lib/small-grants/schemas";

/**
 * The office's plan for a year: the grants planned for public-benefit tasks
 * (the basis of the share limit, typed in złoty), whether it takes offers now,
 * a note for organisations, and the spheres it takes them in.
 */
export function BudgetForm({
  institutionId,
  year,
  current,
  spheres,
}: {
  institutionId: string;
  year: number;
  current: { planned: string; intakeOpen: boolean; suspendedNote: string; sphereIds: string[] } | null;
  spheres: { value: string; label: string }[];
}) {
  const t = useTranslations("smallGrants.budget");
  const fieldIds = {
    plannedGrantsTotal: "sg-budget-planned",
    intakeOpen: "sg-budget-intake",
    suspendedNote: "sg-budget-note",
    sphereIds: "sg-budget-spheres",
  };
  const { form, submit, pending, message, saved, status } = useActionForm(
    (input: SaveBudgetInput) => saveSmallGrantBudgetAction(input),
    saveBudgetSchema,
    {
      defaultValues: {
        institutionId,
        year,
        plannedGrantsTotal: current?.planned ?? "",
        intakeOpen: current?.intakeOpen ?? false,
        suspendedNote: current?.suspendedNote ?? "",
        sphereIds: current?.sphereIds ?? [],
      },
      fieldIds,
    },
  );
  return (
    <form noValidate onSubmit={submit} className="mt-4 max-w-2xl">
      <FormStatus {...status} saved={saved && t("saved")} />
      <FormField
        id={fieldIds.plannedGrantsTotal}
        name="plannedGrantsTotal"
        label={t("plannedLabel", { year })}
        hint={t("plannedHint")}
        error={message("plannedGrantsTotal")}
        required
      >
        {(props) => (
          <input
            {...props}
            {...form.register("plannedGrantsTotal")}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className={`${inputClassName} max-w-60`}
          />
        )}
      </FormField>
      <CheckboxField id={fieldIds.intakeOpen} name="intakeOpen" label={t("intakeLabel")} error={message("intakeOpen")}>
        {({ required: _required, ...props }) => (
          <input {...props} {...form.register("intakeOpen")} type="checkbox" className={checkboxClassName} />
        )}
      </CheckboxField>
      <FormField
        id={fieldIds.suspendedNote}
        name="suspendedNote"
        label={t("noteLabel")}
        hint={t("noteHint")}
        error={message("suspendedNote")}
      >
        {(props) => <textarea {...props} {...form.register("suspendedNote")} rows={2} className={inputClassName} />}
      </FormField>
      <fieldset className="mb-5">
        <legend className="font-semibold">{t("spheresLegend")}</legend>
        <p id={`${fieldIds.sphereIds}-hint`}>{t("spheresHint")}</p>
        <details className="mt-2">
          <summary className="cursor-pointer underline">{t("spheresShow")}</summary>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {spheres.map((sphere, index) => {
              const id = index === 0 ? fieldIds.sphereIds : `${fieldIds.sphereIds}-${index}`;
              return (
                <li key={sphere.value} className="flex items-start gap-3">
                  <input
                    id={id}
                    type="checkbox"
                    value={sphere.value}
                    {...form.register("sphereIds")}
                    className={checkboxClassName}
                  />
                  <label htmlFor={id}>{sphere.label}</label>
                </li>
              );
            })}
          </ul>
        </details>
      </fieldset>
      <Button type="submit" busy={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
