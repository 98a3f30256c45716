"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useAction } from "next-safe-action/hooks";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { applyServerFieldErrors, useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { changePasswordAction } from "@/lib/accounts/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/accounts/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

const fieldIds = { currentPassword: "change-current-password", newPassword: "change-new-password" };

export function ChangePasswordForm() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const form = useForm<ChangePasswordInput, unknown, z.output<typeof changePasswordSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const { executeAsync, isPending, result } = useAction(changePasswordAction);

  return (
    <section aria-labelledby="change-password" className="mt-8">
      <h2 id="change-password" className="text-2xl font-bold">
        {t("changePassword.heading")}
      </h2>
      <form
        method="post"
        noValidate
        className="mt-4 max-w-xl"
        onSubmit={form.handleSubmit(async (values) => {
          const response = await executeAsync(values);
          if (applyServerFieldErrors(form.setError, response?.validationErrors, fieldIds)) return;
          // Every session ended with the change, this one too: sign in again with the new password.
          if (response?.data?.changed) {
            await signOut({ callbackUrl: `${getPathname({ href: "/sign-in", locale })}?changed=1` });
          }
        })}
      >
        <ErrorSummary errors={summary} />
        {result.serverError && (
          <Alert tone="error" live>
            {t(`errors.${result.serverError}`)}
          </Alert>
        )}
        <FormField
          id={fieldIds.currentPassword}
          label={t("changePassword.currentPassword")}
          error={message("currentPassword")}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register("currentPassword")}
              type="password"
              autoComplete="current-password"
              className={inputClassName}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.newPassword}
          label={t("changePassword.newPassword")}
          hint={t("changePassword.newPasswordHint")}
          error={message("newPassword")}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register("newPassword")}
              type="password"
              autoComplete="new-password"
              className={inputClassName}
            />
          )}
        </FormField>
        <Button type="submit" disabled={isPending}>
          {isPending ? t("changePassword.submitting") : t("changePassword.submit")}
        </Button>
      </form>
    </section>
  );
}
