"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { CheckboxField, checkboxClassName } from "@/components/forms/checkbox-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SuccessPanel } from "@/components/forms/success-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { signUpAction } from "@/lib/accounts/actions";
import { signUpSchema } from "@/lib/accounts/schemas";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

const fieldIds = {
  name: "sign-up-name",
  email: "sign-up-email",
  password: "sign-up-password",
  acceptTerms: "sign-up-terms",
  acceptPrivacy: "sign-up-privacy",
};

export function SignUpForm({ termsVersion, privacyVersion }: { termsVersion: string; privacyVersion: string }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, pending, message, status } = useActionForm(signUpAction, signUpSchema, {
    defaultValues: { name: "", email: "", password: "", locale },
    fieldIds,
    onSuccess: (data, { parsed }) => {
      if (data?.sent) setSentTo(parsed.email);
    },
  });

  if (sentTo) {
    return (
      <SuccessPanel id="sign-up-sent" title={t("signUp.sentTitle")}>
        <p className="mt-2 max-w-2xl">{t("signUp.sentText", { email: sentTo })}</p>
      </SuccessPanel>
    );
  }

  return (
    <form method="post" onSubmit={submit} noValidate className="max-w-xl">
      <FormStatus {...status} />
      <FormField id={fieldIds.name} label={t("signUp.name")} error={message("name")} required>
        {(props) => <input {...props} {...form.register("name")} autoComplete="name" className={inputClassName} />}
      </FormField>
      <FormField
        id={fieldIds.email}
        label={t("signUp.email")}
        hint={t("signUp.emailHint")}
        error={message("email")}
        required
      >
        {(props) => (
          <input {...props} {...form.register("email")} type="email" autoComplete="email" className={inputClassName} />
        )}
      </FormField>
      <FormField
        id={fieldIds.password}
        label={t("signUp.password")}
        hint={t("signUp.passwordHint")}
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
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">{t("signUp.consentsLegend")}</legend>
        <CheckboxField
          id={fieldIds.acceptTerms}
          error={message("acceptTerms")}
          label={t.rich("signUp.acceptTerms", {
            version: termsVersion,
            link: (chunks) => <Link href="/terms">{chunks}</Link>,
          })}
        >
          {(props) => (
            <input {...props} {...form.register("acceptTerms")} type="checkbox" className={checkboxClassName} />
          )}
        </CheckboxField>
        <CheckboxField
          id={fieldIds.acceptPrivacy}
          error={message("acceptPrivacy")}
          label={t.rich("signUp.acceptPrivacy", {
            version: privacyVersion,
            link: (chunks) => <Link href="/privacy">{chunks}</Link>,
          })}
        >
          {(props) => (
            <input {...props} {...form.register("acceptPrivacy")} type="checkbox" className={checkboxClassName} />
          )}
        </CheckboxField>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("signUp.submitting") : t("signUp.submit")}
      </Button>
    </form>
  );
}
