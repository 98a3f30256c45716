"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { SignedInAfterConfirmation } from "@/components/accounts/signed-in-after-confirmation";
import { FormStatus } from "@/components/forms/form-status";
import { SuccessPanel } from "@/components/forms/success-panel";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { confirmEmailChangeAction, verifyEmailAction } from "@/lib/accounts/actions";

const kinds = {
  verifyEmail: { action: verifyEmailAction, doneHref: "/sign-in" },
  confirmEmail: { action: confirmEmailChangeAction, doneHref: "/account" },
} as const;

/**
 * Confirms a mailed link with a button rather than on page load: mail
 * scanners open links, and must not use up a single-use link before the
 * person does.
 */
export function ConfirmLinkForm({ token, kind }: { token: string; kind: keyof typeof kinds }) {
  const t = useTranslations();
  const { action, doneHref } = kinds[kind];
  const { execute, isPending, result } = useAction(action);
  if (result.data !== undefined) {
    // The two actions' results differ; only the address confirmation's carries the sign-in.
    if (kind === "verifyEmail" && "email" in result.data && "signInToken" in result.data) {
      const { email, signInToken } = result.data as { email: string; signInToken: string | null };
      return <SignedInAfterConfirmation email={email} signInToken={signInToken} />;
    }
    return (
      <SuccessPanel id="link-done" title={t(`${kind}.doneTitle`)}>
        <p className="my-2">{t(`${kind}.doneText`)}</p>
        <ButtonLink href={doneHref}>
          {kind === "verifyEmail" ? t("verifyEmail.signIn") : t("confirmEmail.toAccount")}
        </ButtonLink>
      </SuccessPanel>
    );
  }
  // What went wrong with the link, in this kind's words (a changed address only when confirming one).
  const code = result.serverError;
  const linkProblem =
    code === "LINK_INVALID" || code === "LINK_EXPIRED" || code === "LINK_USED"
      ? t(`${kind}.${code}`)
      : code === "CONFLICT" && kind === "confirmEmail"
        ? t("confirmEmail.CONFLICT")
        : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        execute({ token });
      }}
    >
      <FormStatus serverError={code} serverErrorTexts={code && linkProblem ? { [code]: linkProblem } : {}} />
      {result.validationErrors && (
        <Alert tone="error" live>
          {t(`${kind}.LINK_INVALID`)}
        </Alert>
      )}
      <p className="mb-4">{t(`${kind}.intro`)}</p>
      <Button type="submit" disabled={isPending}>
        {isPending ? t(`${kind}.confirming`) : t(`${kind}.confirm`)}
      </Button>
    </form>
  );
}
