"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { SuccessPanel } from "@/components/forms/success-panel";
import { Button, ButtonLink } from "@/components/ui/button";
import { acceptInvitationAction } from "@/lib/organisations/actions";

/** Accepting takes a click (mail scanners open links and must not use them up). */
export function AcceptInvitationForm({ token, organisation }: { token: string; organisation: string }) {
  const t = useTranslations();
  const { execute, isPending, result } = useAction(acceptInvitationAction);
  if (result.data) {
    return (
      <SuccessPanel id="invitation-done" title={t("invitation.doneTitle", { organisation })}>
        <ButtonLink href={{ pathname: "/organisations/[slug]", params: { slug: result.data.slug } }}>
          {t("invitation.toOrganisation")}
        </ButtonLink>
      </SuccessPanel>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        execute({ token });
      }}
    >
      <FormStatus
        serverError={result.serverError}
        serverErrorTexts={{
          LINK_INVALID: t("invitation.LINK_INVALID"),
          LINK_EXPIRED: t("invitation.LINK_EXPIRED"),
          LINK_USED: t("invitation.LINK_USED"),
          FORBIDDEN: t("invitation.FORBIDDEN"),
        }}
      />
      <Button type="submit" disabled={isPending}>
        {t("invitation.accept")}
      </Button>
    </form>
  );
}
