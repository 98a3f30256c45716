"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { saveCommissionCallAction } from "@/lib/competitions/actions";
import { commissionCallSchema, type CommissionCallInput } from "@/lib/competitions/schemas";

const FIELDS = ["description", "requirements", "opensAt", "closesAt"] as const;
const fieldIds = Object.fromEntries(FIELDS.map((field) => [field, `call-${field}`]));

/** The open call for members of the competition commission (organisations nominate on the public page). */
export function CommissionCallForm({
  competitionId,
  defaultValues,
}: {
  competitionId: string;
  defaultValues: CommissionCallInput;
}) {
  const t = useTranslations();
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    saveCommissionCallAction,
    commissionCallSchema,
    { defaultValues, fieldIds, toInput: (fields) => ({ ...fields, competitionId }) },
  );
  return (
    <form noValidate className="mt-4 max-w-4xl" onSubmit={submit}>
      <FormStatus
        {...status}
        refused={refused && t(`competitionsAdmin.refusals.${refused}`)}
        saved={saved && t("competitionsAdmin.saved")}
      />
      {FIELDS.map((name) => (
        <FormField
          key={name}
          id={fieldIds[name]!}
          name={name}
          label={t(`competitionsAdmin.callFields.${name}`)}
          error={message(name)}
          required={name !== "requirements"}
        >
          {(props) =>
            name === "description" || name === "requirements" ? (
              <textarea {...props} {...form.register(name)} rows={4} className={inputClassName} />
            ) : (
              <input
                {...props}
                {...form.register(name)}
                type="datetime-local"
                className={`${inputClassName} max-w-64`}
              />
            )
          }
        </FormField>
      ))}
      <Button type="submit" disabled={pending}>
        {t("competitionsAdmin.saveCall")}
      </Button>
    </form>
  );
}
