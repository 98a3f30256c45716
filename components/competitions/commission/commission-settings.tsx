"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useCommissionAction } from "@/components/competitions/commission/use-commission-action";
import { activateCommissionAction, saveCommissionSettingsAction } from "@/lib/competitions/commission/actions";

export interface SettingsValues {
  actReference: string;
  divergencePercent: number;
  minVotingCards: number;
  passPercent: number | null;
  quorum: number | null;
}

/** The office's own rules for the commission (not law; printed in the protocol). */
export function CommissionSettings({ competitionId, values }: { competitionId: string; values: SettingsValues }) {
  const t = useTranslations("commission.settings");
  const id = useId();
  const { run, pending, refused, invalid, serverError } = useCommissionAction();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    setSaved(false);
    const done = await run(() =>
      saveCommissionSettingsAction({
        competitionId,
        actReference: field("actReference"),
        divergencePercent: field("divergencePercent"),
        minVotingCards: field("minVotingCards"),
        passPercent: field("passPercent"),
        quorum: field("quorum"),
      }),
    );
    if (done) setSaved(true);
  }

  const fields = [
    { name: "actReference", type: "text", value: values.actReference },
    { name: "divergencePercent", type: "number", value: values.divergencePercent, min: 1, max: 100 },
    { name: "minVotingCards", type: "number", value: values.minVotingCards, min: 1, max: 50 },
    { name: "passPercent", type: "number", value: values.passPercent ?? "", min: 1, max: 100 },
    { name: "quorum", type: "number", value: values.quorum ?? "", min: 1, max: 50 },
  ] as const;

  return (
    <form onSubmit={submit} noValidate className="mt-4 max-w-xl space-y-4">
      <FormStatus refused={refused} serverError={serverError} saved={saved && t("saved")} />
      {invalid && <Alert tone="error">{t("invalid")}</Alert>}
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={`${id}-${field.name}`} className="block font-semibold">
            {t(`${field.name}.label`)}
          </label>
          <p id={`${id}-${field.name}-hint`} className="text-slate-700">
            {t(`${field.name}.hint`)}
          </p>
          <input
            id={`${id}-${field.name}`}
            name={field.name}
            type={field.type}
            inputMode={field.type === "number" ? "numeric" : undefined}
            defaultValue={field.value}
            min={"min" in field ? field.min : undefined}
            max={"max" in field ? field.max : undefined}
            aria-describedby={`${id}-${field.name}-hint`}
            className={inputClassName}
          />
        </div>
      ))}
      <Button type="submit" busy={pending}>
        {t("save")}
      </Button>
    </form>
  );
}

/** FORMING → ACTIVE: from now on members declare and score. */
export function ActivateCommission({ competitionId }: { competitionId: string }) {
  const t = useTranslations("commission.settings");
  const { run, pending, refused, serverError } = useCommissionAction();
  return (
    <div className="mt-4">
      <FormStatus refused={refused} serverError={serverError} />
      <p>{t("activateHint")}</p>
      <Button className="mt-2" busy={pending} onClick={() => run(() => activateCommissionAction({ competitionId }))}>
        {t("activate")}
      </Button>
    </div>
  );
}
