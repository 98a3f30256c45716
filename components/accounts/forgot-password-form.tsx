"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { SuccessPanel } from "@/components/forms/success-panel";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requestPasswordResetAction } from "@/lib/accounts/actions";
import { requestPasswordResetSchema, type RequestPasswordResetInput } from "@/lib/accounts/schemas";
import type { Locale } from "@/lib/i18n/locales";

const fieldIds = { email: "forgot-email" };

export function ForgotPasswordForm() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<RequestPasswordResetInput, unknown, z.output<typeof requestPasswordResetSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(requestPasswordResetSchema),
    defaultValues: { email: "", locale },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const { executeAsync, isPending, result } = useAction(requestPasswordResetAction);

  if (sentTo) {
    return (
      <SuccessPanel id="forgot-sent" title={t("forgotPassword.sentTitle")}>
        <p className="mt-2 max-w-2xl">{t("forgotPassword.sentText", { email: sentTo })}</p>
      </SuccessPanel>
    );
  }
  return (
    <form
      noValidate
      className="max-w-xl"
      onSubmit={form.handleSubmit(async (values) => {
        const response = await executeAsync(values);
        if (response?.data?.sent) setSentTo(values.email);
      })}
    >
      <ErrorSummary errors={summary} />
      {result.serverError && (
        <Alert tone="error" live>
          {t(`errors.${result.serverError}`)}
        </Alert>
      )}
      <FormField id={fieldIds.email} label={t("forgotPassword.email")} error={message("email")} required>
        {(props) => (
          <input {...props} {...form.register("email")} type="email" autoComplete="email" className={inputClassName} />
        )}
      </FormField>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("forgotPassword.submitting") : t("forgotPassword.submit")}
      </Button>
    </form>
  );
}
