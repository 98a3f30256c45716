"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter as usePlainRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signInSchema, type SignInInput } from "@/lib/accounts/schemas";
import { useRouter } from "@/lib/i18n/navigation";

const fieldIds = { email: "sign-in-email", password: "sign-in-password", code: "sign-in-code" };
const failures = [
  "INVALID_CREDENTIALS",
  "EMAIL_NOT_VERIFIED",
  "BLOCKED",
  "RATE_LIMITED",
  "SECOND_FACTOR_INVALID",
] as const;

/**
 * `returnTo`: a checked path on this site to open after signing in (default: the account page).
 * `email`: the address to fill in (after confirming it, when signing in could not happen by itself).
 */
export function SignInForm({ returnTo = null, email = "" }: { returnTo?: string | null; email?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const plainRouter = usePlainRouter();
  const [failure, setFailure] = useState<(typeof failures)[number] | "INTERNAL" | null>(null);
  const form = useForm<SignInInput, unknown, z.output<typeof signInSchema>>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(signInSchema),
    defaultValues: { email, password: "", code: "" },
  });
  // Set once the password was right for an account with two-factor authentication.
  const [askCode, setAskCode] = useState(false);
  // Bumped whenever the code field should take focus (it appears, or a code was wrong).
  const [codeFocus, setCodeFocus] = useState(0);
  const { setFocus } = form;
  useEffect(() => {
    if (codeFocus > 0) setFocus("code");
  }, [codeFocus, setFocus]);
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      if (returnTo) plainRouter.push(returnTo);
      else router.push("/account");
      router.refresh();
      return;
    }
    if (result?.error === "TWO_FACTOR_REQUIRED") {
      setAskCode(true);
      setCodeFocus((n) => n + 1);
      return;
    }
    const code = failures.find((f) => f === result?.error);
    setFailure(code ?? "INTERNAL");
    if (code === "SECOND_FACTOR_INVALID") {
      form.setValue("code", "");
      setCodeFocus((n) => n + 1);
    } else {
      form.setValue("password", "");
      form.setValue("code", "");
      setAskCode(false);
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-xl">
      <ErrorSummary errors={summary} />
      {failure && (
        <Alert tone="error" title={t("signIn.failed")} live>
          {t(`signIn.${failure}`)}
        </Alert>
      )}
      <FormField id={fieldIds.email} label={t("signIn.email")} error={message("email")} required>
        {(props) => (
          <input {...props} {...form.register("email")} type="email" autoComplete="email" className={inputClassName} />
        )}
      </FormField>
      <FormField id={fieldIds.password} label={t("signIn.password")} error={message("password")} required>
        {(props) => (
          <input
            {...props}
            {...form.register("password")}
            type="password"
            autoComplete="current-password"
            className={inputClassName}
          />
        )}
      </FormField>
      {askCode && (
        <>
          <Alert tone="info" live>
            {t("signIn.codeNeeded")}
          </Alert>
          <FormField
            id={fieldIds.code}
            label={t("signIn.code")}
            hint={t("signIn.codeHint")}
            error={message("code")}
            required
          >
            {(props) => (
              <input
                {...props}
                {...form.register("code")}
                autoComplete="one-time-code"
                className={`${inputClassName} max-w-xs`}
              />
            )}
          </FormField>
        </>
      )}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
