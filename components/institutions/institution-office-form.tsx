"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { editInstitutionOfficeAction } from "@/lib/institutions/actions";
import { institutionOfficeSchema, type InstitutionOfficeInput } from "@/lib/institutions/schemas";

const fieldIds = {
  officeName: "office-name",
  address: "office-address",
  email: "office-email",
  phone: "office-phone",
  website: "office-website",
  ideaAnswerDays: "office-idea-answer-days",
};

export function InstitutionOfficeForm({
  institutionId,
  defaultValues,
}: {
  institutionId: string;
  defaultValues: InstitutionOfficeInput;
}) {
  const t = useTranslations();
  const { form, submit, pending, message, saved, status } = useActionForm(
    editInstitutionOfficeAction,
    institutionOfficeSchema,
    { defaultValues, fieldIds, toInput: (office) => ({ institutionId, office }) },
  );
  const text = (field: Exclude<keyof typeof fieldIds, "ideaAnswerDays">, type = "text", autoComplete?: string) => (
    <FormField id={fieldIds[field]} name={field} label={t(`institution.${field}`)} error={message(field)}>
      {(props) => (
        <input
          {...props}
          {...form.register(field)}
          type={type}
          autoComplete={autoComplete}
          className={inputClassName}
        />
      )}
    </FormField>
  );
  return (
    <section aria-labelledby="office-heading" className="mt-8 max-w-2xl">
      <h2 id="office-heading" className="text-2xl font-bold">
        {t("institution.officeHeading")}
      </h2>
      <form noValidate className="mt-4" onSubmit={submit}>
        <FormStatus {...status} saved={saved && t("institution.saved")} />
        {text("officeName", "text", "organization")}
        {text("address", "text", "street-address")}
        {text("email", "email", "email")}
        {text("phone", "tel", "tel")}
        {text("website", "url", "url")}
        <FormField
          id={fieldIds.ideaAnswerDays}
          name="ideaAnswerDays"
          label={t("institution.ideaAnswerDays")}
          hint={t("institution.ideaAnswerDaysHint")}
          error={message("ideaAnswerDays")}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register("ideaAnswerDays")}
              type="number"
              inputMode="numeric"
              min={1}
              max={90}
              className={`${inputClassName} max-w-32`}
            />
          )}
        </FormField>
        <Button type="submit" disabled={pending}>
          {t("institution.save")}
        </Button>
      </form>
    </section>
  );
}
