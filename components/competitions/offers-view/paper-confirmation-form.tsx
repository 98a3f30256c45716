"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AppErrorCode } from "@/lib/errors";
import { recordPaperConfirmationAction } from "@/lib/offers/confirmations/actions";
import { isRefused } from "@/lib/rule-errors/refusals";

/** Recording a confirmation that came on paper: the day it came and who signed it (one per line). */
export function PaperConfirmationForm({ offerId }: { offerId: string }) {
  const t = useTranslations("offerSubmission.office");
  const refusals = useTranslations("offerSubmission.refusals");
  const id = useId();
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const [dateError, setDateError] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    setDateError(false);
    setRefused(null);
    setServerError(null);
    const signers = String(form.get("signers") ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [name, ...rest] = line.split(",");
        return { name: name!.trim(), function: rest.join(",").trim() };
      });
    setPending(true);
    const result = await recordPaperConfirmationAction({
      offerId,
      receivedOn: String(form.get("receivedOn") ?? ""),
      signers,
    });
    setPending(false);
    if (result?.serverError) setServerError(result.serverError);
    else if (result?.validationErrors) setDateError(true);
    else if (isRefused(result?.data)) setRefused(refusals(result.data.refused));
    else setSaved(true);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 max-w-xl">
      <FormStatus refused={refused} serverError={serverError} />
      {saved && (
        <Alert tone="success" live>
          {t("paperRecorded")}
        </Alert>
      )}
      <label htmlFor={`${id}-day`} className="block font-semibold">
        {t("receivedOn")}
      </label>
      {dateError && (
        <p id={`${id}-day-error`} className="text-red-800">
          {t("receivedOnInvalid")}
        </p>
      )}
      <input
        id={`${id}-day`}
        name="receivedOn"
        type="date"
        required
        aria-invalid={dateError || undefined}
        aria-describedby={dateError ? `${id}-day-error` : undefined}
        className={inputClassName}
      />
      <label htmlFor={`${id}-signers`} className="mt-4 block font-semibold">
        {t("signers")}
      </label>
      <p id={`${id}-signers-hint`} className="text-slate-700">
        {t("signersHint")}
      </p>
      <textarea
        id={`${id}-signers`}
        name="signers"
        rows={3}
        aria-describedby={`${id}-signers-hint`}
        className={inputClassName}
      />
      <Button type="submit" busy={pending} className="mt-4">
        {t("recordPaper")}
      </Button>
    </form>
  );
}
