"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { SignedInAfterConfirmation } from "@/components/accounts/signed-in-after-confirmation";
import { SuccessPanel } from "@/components/forms/success-panel";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { confirmEmailChangeAction, verifyEmailAction } from "@/lib/accounts/actions";

const kinds = {
  verifyEmail: { action: verifyEmailAction, done: { href: "/sign-in", label: "signIn" } },
  confirmEmail: { action: confirmEmailChangeAction, done: { href: "/account", label: "toAccount" } },
} as const;

const linkProblems = ["LINK_INVALID", "LINK_EXPIRED", "LINK_USED", "CONFLICT"] as const;

/**
 * Confirms a mailed link with a button rather than on page load: mail
 * scanners open links, and must not use up a single-use link before the
 * person does.
 */
export function ConfirmLinkForm({ token, kind }: { token: string; kind: keyof typeof kinds }) {
  const t = useTranslations();
  const { action, done } = kinds[kind];
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
        <ButtonLink href={done.href}>{t(`${kind}.${done.label}` as never)}</ButtonLink>
      </SuccessPanel>
    );
  }
  const code = result.serverError;
  const problem = linkProblems.find((p) => p === code && (p !== "CONFLICT" || kind === "confirmEmail"));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        execute({ token });
      }}
    >
      {code && (
        <Alert tone="error" live>
          {problem ? t(`${kind}.${problem}` as never) : t(`errors.${code}`)}
        </Alert>
      )}
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
