"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { changePasswordAction } from "@/lib/accounts/actions";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

const fieldIds = { currentPassword: "change-current-password", newPassword: "change-new-password" };

export function ChangePasswordForm() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const { form, submit, pending, message, status } = useActionForm(changePasswordAction, changePasswordSchema, {
    defaultValues: { currentPassword: "", newPassword: "" },
    fieldIds,
    // Every session ended with the change, this one too: sign in again with the new password.
    onSuccess: async (data) => {
      if (data?.changed) await signOut({ callbackUrl: `${getPathname({ href: "/sign-in", locale })}?changed=1` });
    },
  });

  return (
    <section aria-labelledby="change-password" className="mt-8">
      <h2 id="change-password" className="text-2xl font-bold">
        {t("changePassword.heading")}
      </h2>
      <form method="post" noValidate className="mt-4 max-w-xl" onSubmit={submit}>
        <FormStatus {...status} />
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
        <Button type="submit" disabled={pending}>
          {pending ? t("changePassword.submitting") : t("changePassword.submit")}
        </Button>
      </form>
    </section>
  );
}
