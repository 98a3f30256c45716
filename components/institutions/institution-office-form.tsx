"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { editInstitutionOfficeAction } from "@/lib/institutions/actions";
import { institutionOfficeSchema, type InstitutionOfficeInput } from "@/lib/institutions/schemas";

const fieldIds = {
  officeName: "office-name",
  address: "office-address",
  email: "office-email",
  phone: "office-phone",
  website: "office-website",
};

export function InstitutionOfficeForm({
  institutionId,
  defaultValues,
}: {
  institutionId: string;
  defaultValues: InstitutionOfficeInput;
}) {
  const t = useTranslations();
  const form = useForm<InstitutionOfficeInput, unknown, z.output<typeof institutionOfficeSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(institutionOfficeSchema),
    defaultValues,
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const edit = useAction(editInstitutionOfficeAction);
  const text = (field: keyof typeof fieldIds, type = "text", autoComplete?: string) => (
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
      <form
        noValidate
        className="mt-4"
        onSubmit={form.handleSubmit(() => edit.execute({ institutionId, office: form.getValues() }))}
      >
        <ErrorSummary errors={summary} />
        {edit.result.serverError && (
          <Alert tone="error" live>
            {t(`errors.${edit.result.serverError}`)}
          </Alert>
        )}
        {edit.result.data?.saved && (
          <Alert tone="success" live>
            {t("institution.saved")}
          </Alert>
        )}
        {text("officeName", "text", "organization")}
        {text("address", "text", "street-address")}
        {text("email", "email", "email")}
        {text("phone", "tel", "tel")}
        {text("website", "url", "url")}
        <Button type="submit" disabled={edit.isPending}>
          {t("institution.save")}
        </Button>
      </form>
    </section>
  );
}
