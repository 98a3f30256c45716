"use client";

import { useTranslations } from "next-intl";
import { useId, type FormEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useCommissionAction } from "@/components/competitions/commission/use-commission-action";
import { declareAction } from "@/lib/competitions/commission/actions";
import type { KnownTie } from "@/lib/competitions/commission/exclusion";

const GROUNDS = ["g1", "g2", "g3", "g4", "g5"] as const;

/**
 * The declaration before the offer is shown (art. 24 k.p.a. through art. 15
 * ust. 2d): the statement, then "no conflict" or "I must be excluded". A tie
 * the platform knows is said first, and "no conflict" is not offered then.
 */
export function DeclarationForm({
  competitionId,
  offerId,
  tie,
}: {
  competitionId: string;
  offerId: string;
  tie: KnownTie | null;
}) {
  const t = useTranslations("commission.declaration");
  const id = useId();
  const { run, pending, refused, invalid, serverError } = useCommissionAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = new FormData(event.currentTarget);
    await run(() =>
      declareAction({
        competitionId,
        offerId,
        conflict: submitter?.value === "conflict",
        statementRead: (form.get("statementRead") === "on") as true,
      }),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 max-w-3xl" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <FormStatus refused={refused} serverError={serverError} />
      {invalid && <Alert tone="error">{t("statementRequired")}</Alert>}
      {tie && <Alert tone="warning">{t(`tie.${tie}`)}</Alert>}
      <p className="mt-2">{t("intro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {GROUNDS.map((ground) => (
          <li key={ground}>{t(`grounds.${ground}`)}</li>
        ))}
      </ul>
      <p className="mt-2">{t("closing")}</p>
      <div className="mt-4 flex items-start gap-2">
        <input id={`${id}-read`} name="statementRead" type="checkbox" className="mt-1 h-5 w-5" />
        <label htmlFor={`${id}-read`}>{t("statementRead")}</label>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        {!tie && (
          <Button type="submit" name="decision" value="none" busy={pending}>
            {t("noConflict")}
          </Button>
        )}
        <Button type="submit" name="decision" value="conflict" variant="secondary" busy={pending}>
          {t("conflict")}
        </Button>
      </div>
    </form>
  );
}

/** After reading: a member who finds a conflict declares it; their card is voided and the offer closes to them. */
export function LaterConflict({ competitionId, offerId }: { competitionId: string; offerId: string }) {
  const t = useTranslations("commission.declaration");
  const { run, pending, refused, serverError } = useCommissionAction();
  return (
    <details className="mt-8">
      <summary className="cursor-pointer font-semibold">{t("laterHeading")}</summary>
      <p className="mt-2">{t("laterHint")}</p>
      <FormStatus refused={refused} serverError={serverError} />
      <Button
        variant="danger"
        className="mt-2"
        busy={pending}
        onClick={() => run(() => declareAction({ competitionId, offerId, conflict: true, statementRead: true }))}
      >
        {t("laterConfirm")}
      </Button>
    </details>
  );
}
