"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { verifyEmailAction } from "@/lib/accounts/actions";

// A button rather than verifying on page load: mail scanners open links, and
// must not use up a single-use link before the person does.
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations();
  const { execute, isPending, result } = useAction(verifyEmailAction);
  const done = useRef<HTMLHeadingElement>(null);
  const verified = result.data?.verified === true;

  useEffect(() => {
    if (verified) done.current?.focus();
  }, [verified]);

  if (verified) {
    return (
      <section aria-labelledby="verify-done">
        <h2 id="verify-done" ref={done} tabIndex={-1} className="text-2xl font-bold">
          {t("verifyEmail.doneTitle")}
        </h2>
        <p className="my-2">{t("verifyEmail.doneText")}</p>
        <ButtonLink href="/sign-in">{t("verifyEmail.signIn")}</ButtonLink>
      </section>
    );
  }
  const code = result.serverError;
  const linkProblem = code === "LINK_INVALID" || code === "LINK_EXPIRED" || code === "LINK_USED" ? code : null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        execute({ token });
      }}
    >
      {code && (
        <Alert tone="error" live>
          {linkProblem ? t(`verifyEmail.${linkProblem}`) : t(`errors.${code}`)}
        </Alert>
      )}
      {result.validationErrors && (
        <Alert tone="error" live>
          {t("verifyEmail.LINK_INVALID")}
        </Alert>
      )}
      <p className="mb-4">{t("verifyEmail.intro")}</p>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("verifyEmail.confirming") : t("verifyEmail.confirm")}
      </Button>
    </form>
  );
}
