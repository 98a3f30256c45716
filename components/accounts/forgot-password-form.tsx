"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SuccessPanel } from "@/components/forms/success-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { requestPasswordResetAction } from "@/lib/accounts/actions";
import { requestPasswordResetSchema } from "@/lib/accounts/schemas";
import type { Locale } from "@/lib/i18n/locales";

const fieldIds = { email: "forgot-email" };

export function ForgotPasswordForm() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, pending, message, status } = useActionForm(
    requestPasswordResetAction,
    requestPasswordResetSchema,
    {
      defaultValues: { email: "", locale },
      fieldIds,
      onSuccess: (data, { parsed }) => {
        if (data?.sent) setSentTo(parsed.email);
      },
    },
  );

  if (sentTo) {
    return (
      <SuccessPanel id="forgot-sent" title={t("forgotPassword.sentTitle")}>
        <p className="mt-2 max-w-2xl">{t("forgotPassword.sentText", { email: sentTo })}</p>
      </SuccessPanel>
    );
  }
  return (
    <form noValidate className="max-w-xl" onSubmit={submit}>
      <FormStatus {...status} />
      <FormField id={fieldIds.email} label={t("forgotPassword.email")} error={message("email")} required>
        {(props) => (
          <input {...props} {...form.register("email")} type="email" autoComplete="email" className={inputClassName} />
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? t("forgotPassword.submitting") : t("forgotPassword.submit")}
      </Button>
    </form>
  );
}
