"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { applyServerFieldErrors, useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requestEmailChangeAction } from "@/lib/accounts/actions";
import { requestEmailChangeSchema, type RequestEmailChangeInput } from "@/lib/accounts/schemas";

const fieldIds = { newEmail: "change-email-new", currentPassword: "change-email-password" };

export function ChangeEmailForm() {
  const t = useTranslations();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<RequestEmailChangeInput, unknown, z.output<typeof requestEmailChangeSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(requestEmailChangeSchema),
    defaultValues: { newEmail: "", currentPassword: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const { executeAsync, isPending, result } = useAction(requestEmailChangeAction);

  return (
    <section aria-labelledby="change-email" className="mt-8">
      <h2 id="change-email" className="text-2xl font-bold">
        {t("changeEmail.heading")}
      </h2>
      <form
        method="post"
        noValidate
        className="mt-4 max-w-xl"
        onSubmit={form.handleSubmit(async (values) => {
          setSentTo(null);
          const response = await executeAsync(values);
          if (applyServerFieldErrors(form.setError, response?.validationErrors, fieldIds)) return;
          if (response?.data?.sent) {
            setSentTo(values.newEmail);
            form.reset();
          }
        })}
      >
        <ErrorSummary errors={summary} />
        {sentTo && (
          <Alert tone="success" live>
            {t("changeEmail.sent", { email: sentTo })}
          </Alert>
        )}
        {result.serverError && (
          <Alert tone="error" live>
            {t(`errors.${result.serverError}`)}
          </Alert>
        )}
        <FormField
          id={fieldIds.newEmail}
          label={t("changeEmail.newEmail")}
          hint={t("changeEmail.newEmailHint")}
          error={message("newEmail")}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register("newEmail")}
              type="email"
              autoComplete="email"
              className={inputClassName}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.currentPassword}
          label={t("changeEmail.currentPassword")}
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
        <Button type="submit" disabled={isPending}>
          {isPending ? t("changeEmail.submitting") : t("changeEmail.submit")}
        </Button>
      </form>
    </section>
  );
}
