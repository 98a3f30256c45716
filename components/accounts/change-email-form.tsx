"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { requestEmailChangeAction } from "@/lib/accounts/actions";
import { requestEmailChangeSchema } from "@/lib/accounts/schemas";

const fieldIds = { newEmail: "change-email-new", currentPassword: "change-email-password" };

export function ChangeEmailForm() {
  const t = useTranslations();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, pending, message, status } = useActionForm(requestEmailChangeAction, requestEmailChangeSchema, {
    defaultValues: { newEmail: "", currentPassword: "" },
    fieldIds,
    onSuccess: (data, { form, parsed }) => {
      if (!data?.sent) return;
      setSentTo(parsed.newEmail);
      form.reset();
    },
  });

  return (
    <section aria-labelledby="change-email" className="mt-8">
      <h2 id="change-email" className="text-2xl font-bold">
        {t("changeEmail.heading")}
      </h2>
      <form
        method="post"
        noValidate
        className="mt-4 max-w-xl"
        onSubmit={(event) => {
          setSentTo(null);
          void submit(event);
        }}
      >
        <FormStatus {...status} saved={sentTo && t("changeEmail.sent", { email: sentTo })} />
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
        <Button type="submit" disabled={pending}>
          {pending ? t("changeEmail.submitting") : t("changeEmail.submit")}
        </Button>
      </form>
    </section>
  );
}
