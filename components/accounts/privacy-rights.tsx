"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { CheckboxField, checkboxClassName } from "@/components/forms/checkbox-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { deleteAccountAction } from "@/lib/accounts/actions";
import { deleteAccountSchema } from "@/lib/accounts/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

const fieldIds = { currentPassword: "delete-password", understood: "delete-understood" };

/** Download of one's data, and account deletion (GDPR art. 15, 17, 20). */
export function PrivacyRights() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const [soleOwnerOf, setSoleOwnerOf] = useState<string[]>([]);
  const { form, submit, pending, message, status } = useActionForm(deleteAccountAction, deleteAccountSchema, {
    defaultValues: { currentPassword: "" },
    fieldIds,
    onSuccess: async (data) => {
      if (data?.deleted) await signOut({ callbackUrl: `${getPathname({ href: "/", locale })}?account=deleted` });
      else setSoleOwnerOf(data?.soleOwnerOf ?? []);
    },
  });

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
          onSubmit={(event) => {
            setSoleOwnerOf([]);
            void submit(event);
          }}
        >
          <FormStatus
            {...status}
            refused={soleOwnerOf.length > 0 && t("privacyRights.soleOwner", { organisations: soleOwnerOf.join(", ") })}
          />
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
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? t("privacyRights.submitting") : t("privacyRights.submit")}
          </Button>
        </form>
      </section>
    </section>
  );
}
