"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signInSchema, type SignInInput } from "@/lib/accounts/schemas";
import { useRouter } from "@/lib/i18n/navigation";

const fieldIds = { email: "sign-in-email", password: "sign-in-password" };
const failures = ["INVALID_CREDENTIALS", "EMAIL_NOT_VERIFIED", "BLOCKED", "RATE_LIMITED"] as const;

export function SignInForm() {
  const t = useTranslations();
  const router = useRouter();
  const [failure, setFailure] = useState<(typeof failures)[number] | "INTERNAL" | null>(null);
  const form = useForm<SignInInput, unknown, z.output<typeof signInSchema>>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      router.push("/account");
      router.refresh();
      return;
    }
    const code = failures.find((f) => f === result?.error);
    setFailure(code ?? "INTERNAL");
    form.setValue("password", "");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl">
      <ErrorSummary errors={summary} />
      {failure && (
        <Alert tone="error" title={t("signIn.failed")} live>
          {t(`signIn.${failure}`)}
        </Alert>
      )}
      <FormField id={fieldIds.email} label={t("signIn.email")} error={message("email")} required>
        {(props) => <input {...props} {...form.register("email")} type="email" autoComplete="email" className={inputClassName} />}
      </FormField>
      <FormField id={fieldIds.password} label={t("signIn.password")} error={message("password")} required>
        {(props) => <input {...props} {...form.register("password")} type="password" autoComplete="current-password" className={inputClassName} />}
      </FormField>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
