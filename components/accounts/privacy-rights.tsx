"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useAction } from "next-safe-action/hooks";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { CheckboxField, checkboxClassName } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { applyServerFieldErrors, useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deleteAccountAction } from "@/lib/accounts/actions";
import { deleteAccountSchema, type DeleteAccountInput } from "@/lib/accounts/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

const fieldIds = { currentPassword: "delete-password", understood: "delete-understood" };

/** Download of one's data, and account deletion (GDPR art. 15, 17, 20). */
export function PrivacyRights() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const form = useForm<DeleteAccountInput, unknown, z.output<typeof deleteAccountSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(deleteAccountSchema),
    defaultValues: { currentPassword: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const { executeAsync, isPending, result } = useAction(deleteAccountAction);
  const soleOwnerOf = result.data?.deleted === false ? result.data.soleOwnerOf : [];

  return (
    <section aria-labelledby="privacy-rights" className="mt-8">
      <h2 id="privacy-rights" className="text-2xl font-bold">
        {t("privacyRights.heading")}
      </h2>
      <p className="mt-2">{t("privacyRights.exportIntro")}</p>
      <p className="mt-2">
        <a href="/api/account/export" download>
          {t("privacyRights.export")}
        </a>
      </p>
      <section aria-labelledby="delete-account" className="mt-6 max-w-xl">
        <h3 id="delete-account" className="text-xl font-bold">
          {t("privacyRights.deleteHeading")}
        </h3>
        <p className="my-2">{t("privacyRights.deleteIntro")}</p>
        <form
          method="post"
          noValidate
          onSubmit={form.handleSubmit(async (values) => {
            const response = await executeAsync(values);
            if (applyServerFieldErrors(form.setError, response?.validationErrors, fieldIds)) return;
            if (response?.data?.deleted)
              await signOut({ callbackUrl: `${getPathname({ href: "/", locale })}?account=deleted` });
          })}
        >
          <ErrorSummary errors={summary} />
          {soleOwnerOf.length > 0 && (
            <Alert tone="error" live>
              {t("privacyRights.soleOwner", { organisations: soleOwnerOf.join(", ") })}
            </Alert>
          )}
          {result.serverError && (
            <Alert tone="error" live>
              {t(`errors.${result.serverError}`)}
            </Alert>
          )}
          <FormField
            id={fieldIds.currentPassword}
            label={t("privacyRights.currentPassword")}
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
          <CheckboxField id={fieldIds.understood} label={t("privacyRights.understood")} error={message("understood")}>
            {(props) => (
              <input {...props} {...form.register("understood")} type="checkbox" className={checkboxClassName} />
            )}
          </CheckboxField>
          <Button type="submit" variant="danger" disabled={isPending}>
            {isPending ? t("privacyRights.submitting") : t("privacyRights.submit")}
          </Button>
        </form>
      </section>
    </section>
  );
}
