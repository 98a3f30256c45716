"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SuccessPanel } from "@/components/forms/success-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { resetPasswordSchema } from "@/lib/accounts/schemas";

const fieldIds = { password: "reset-password" };

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [changed, setChanged] = useState(false);
  const { form, submit, pending, message, status } = useActionForm(resetPasswordAction, resetPasswordSchema, {
    defaultValues: { token, password: "" },
    fieldIds,
    onSuccess: (data) => setChanged(data?.changed === true),
  });
  if (changed) {
    return (
      <SuccessPanel id="reset-done" title={t("resetPassword.doneTitle")}>
        <p className="my-2">{t("resetPassword.doneText")}</p>
        <ButtonLink href="/sign-in">{t("resetPassword.signIn")}</ButtonLink>
      </SuccessPanel>
    );
  }
  return (
    <form method="post" noValidate className="max-w-xl" onSubmit={submit}>
      <FormStatus
        {...status}
        serverErrorTexts={{
          LINK_INVALID: t("resetPassword.LINK_INVALID"),
          LINK_EXPIRED: t("resetPassword.LINK_EXPIRED"),
          LINK_USED: t("resetPassword.LINK_USED"),
        }}
      />
      <FormField
        id={fieldIds.password}
        label={t("resetPassword.password")}
        hint={t("resetPassword.passwordHint")}
        error={message("password")}
        required
      >
        {(props) => (
          <input
            {...props}
            {...form.register("password")}
            type="password"
            autoComplete="new-password"
            className={inputClassName}
          />
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? t("resetPassword.submitting") : t("resetPassword.submit")}
      </Button>
    </form>
  );
}
