"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { SuccessPanel } from "@/components/forms/success-panel";
import { applyServerFieldErrors, useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/accounts/schemas";

const fieldIds = { password: "reset-password" };
const linkProblems = ["LINK_INVALID", "LINK_EXPIRED", "LINK_USED"] as const;

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const form = useForm<ResetPasswordInput, unknown, z.output<typeof resetPasswordSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const { executeAsync, isPending, result } = useAction(resetPasswordAction);
  if (result.data?.changed) {
    return (
      <SuccessPanel id="reset-done" title={t("resetPassword.doneTitle")}>
        <p className="my-2">{t("resetPassword.doneText")}</p>
        <ButtonLink href="/sign-in">{t("resetPassword.signIn")}</ButtonLink>
      </SuccessPanel>
    );
  }
  const code = result.serverError;
  const linkProblem = linkProblems.find((p) => p === code);
  return (
    <form
      method="post"
      noValidate
      className="max-w-xl"
      onSubmit={form.handleSubmit(async (values) => {
        const response = await executeAsync(values);
        applyServerFieldErrors(form.setError, response?.validationErrors, fieldIds);
      })}
    >
      <ErrorSummary errors={summary} />
      {code && (
        <Alert tone="error" live>
          {linkProblem ? t(`resetPassword.${linkProblem}`) : t(`errors.${code}`)}
        </Alert>
      )}
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
      <Button type="submit" disabled={isPending}>
        {isPending ? t("resetPassword.submitting") : t("resetPassword.submit")}
      </Button>
    </form>
  );
}
