"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { SuccessPanel } from "@/components/forms/success-panel";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { unsubscribeAction } from "@/lib/notifications/actions";

/** A button, not an action on opening: mail scanners open links. */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("unsubscribe");
  const { execute, isPending, result } = useAction(unsubscribeAction);
  if (result.data) {
    return (
      <SuccessPanel id="unsubscribed" title={t("doneTitle")}>
        <p className="my-2">{t("doneText")}</p>
        <ButtonLink href="/notifications/settings" variant="secondary">
          {t("toSettings")}
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
      {result.serverError && (
        <Alert tone="error" live>
          {t("invalid")}
        </Alert>
      )}
      <Button type="submit" disabled={isPending}>
        {t("confirm")}
      </Button>
    </form>
  );
}
