"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { SuccessPanel } from "@/components/forms/success-panel";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { acceptInvitationAction } from "@/lib/organisations/actions";

const linkProblems = ["LINK_INVALID", "LINK_EXPIRED", "LINK_USED", "FORBIDDEN"] as const;

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
  const code = result.serverError;
  const problem = linkProblems.find((p) => p === code);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        execute({ token });
      }}
    >
      {code && (
        <Alert tone="error" live>
          {problem ? t(`invitation.${problem}`) : t(`errors.${code}`)}
        </Alert>
      )}
      <Button type="submit" disabled={isPending}>
        {t("invitation.accept")}
      </Button>
    </form>
  );
}
