"use client";

import { useAction } from "next-safe-action/hooks";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { isLocale, locales } from "@/lib/i18n/locales";
import { inviteMemberAction, revokeInvitationAction } from "@/lib/organisations/actions";
import { inviteMemberSchema, organisationRoles } from "@/lib/organisations/schemas";

const fieldIds = { email: "invite-email", role: "invite-role", locale: "invite-locale" };

export function InviteMemberForm({
  organisationId,
  invitations,
}: {
  organisationId: string;
  invitations: { id: string; email: string; role: "OWNER" | "EDITOR" | "MEMBER"; expiresAt: Date }[];
}) {
  const t = useTranslations();
  const current = useLocale();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const invite = useActionForm(inviteMemberAction, inviteMemberSchema, {
    defaultValues: { organisationId, email: "", role: "MEMBER", locale: isLocale(current) ? current : "pl" },
    fieldIds,
    onSuccess: (data, { form, parsed }) => {
      if (!data?.sent) return;
      setSentTo(parsed.email);
      form.reset({ ...form.getValues(), email: "" });
    },
  });
  const { form, message } = invite;
  const revoke = useAction(revokeInvitationAction);
  const serverError = invite.status.serverError ?? revoke.result.serverError;

  return (
    <section aria-labelledby="invite-heading" className="mt-8 max-w-2xl">
      <h2 id="invite-heading" className="text-2xl font-bold">
        {t("invitations.heading")}
      </h2>
      <p className="mt-2">{t("invitations.intro")}</p>
      <form
        noValidate
        className="mt-4"
        onSubmit={(event) => {
          setSentTo(null);
          void invite.submit(event);
        }}
      >
        <FormStatus
          summary={invite.status.summary}
          saved={sentTo && t("invitations.sent", { email: sentTo })}
          serverError={serverError}
          serverErrorTexts={{ CONFLICT: t("invitations.alreadyClosed") }}
        />
        <FormField id={fieldIds.email} name="email" label={t("invitations.email")} error={message("email")} required>
          {(props) => (
            <input {...props} {...form.register("email")} type="email" autoComplete="off" className={inputClassName} />
          )}
        </FormField>
        <FormField
          id={fieldIds.role}
          name="role"
          label={t("invitations.role")}
          hint={t("invitations.roleHint")}
          error={message("role")}
          required
        >
          {(props) => (
            <select {...props} {...form.register("role")} className={inputClassName}>
              {organisationRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`account.organisationRoles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={fieldIds.locale}
          name="locale"
          label={t("invitations.language")}
          error={message("locale")}
          required
        >
          {(props) => (
            <select {...props} {...form.register("locale")} className={inputClassName}>
              {locales.map((locale) => (
                <option key={locale} value={locale}>
                  {t(`languages.${locale}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Button type="submit" disabled={invite.pending}>
          {t("invitations.submit")}
        </Button>
      </form>
      {invitations.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">{t("invitations.open")}</h3>
          <ul className="mt-2 space-y-2">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {t("invitations.openItem", {
                    email: invitation.email,
                    role: t(`account.organisationRoles.${invitation.role}`),
                  })}
                </span>
                <Button
                  variant="secondary"
                  disabled={revoke.isPending}
                  onClick={() => revoke.execute({ invitationId: invitation.id })}
                >
                  {t("invitations.revoke")}
                  <span className="sr-only"> – {invitation.email}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
