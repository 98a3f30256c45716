"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import type { AppErrorCode } from "@/lib/errors";
import { decideConfirmationAction } from "@/lib/offers/confirmations/actions";
import { isRefused } from "@/lib/rule-errors/refusals";

/** Accepting or rejecting (with the reason the applicants are told) one uploaded confirmation. */
export function ConfirmationDecision({ confirmationId }: { confirmationId: string }) {
  const t = useTranslations("offerSubmission.office");
  const refusals = useTranslations("offerSubmission.refusals");
  const id = useId();
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [reasonError, setReasonError] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);

  async function decide(accept: boolean) {
    setReasonError(false);
    setRefused(null);
    setServerError(null);
    if (!accept && reason.trim() === "") {
      setReasonError(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setPending(true);
    const result = await decideConfirmationAction({ confirmationId, accept, reason });
    setPending(false);
    if (result?.serverError) setServerError(result.serverError);
    else if (result?.validationErrors) setReasonError(true);
    else if (isRefused(result?.data)) setRefused(refusals(result.data.refused));
  }

  return (
    <div className="mt-2">
      <FormStatus refused={refused} serverError={serverError} />
      <label htmlFor={`${id}-reason`} className="block font-semibold">
        {t("reason")}
      </label>
      {reasonError && (
        <p id={`${id}-error`} className="text-red-800">
          {t("reasonRequired")}
        </p>
      )}
      <textarea
        id={`${id}-reason`}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        maxLength={2000}
        rows={2}
        aria-invalid={reasonError || undefined}
        aria-describedby={reasonError ? `${id}-error` : undefined}
        className={inputClassName}
      />
      <div className="mt-2 flex flex-wrap gap-3">
        <Button busy={pending} onClick={() => void decide(true)}>
          {t("accept")}
        </Button>
        <Button variant="danger" busy={pending} onClick={() => void decide(false)}>
          {t("reject")}
        </Button>
      </div>
    </div>
  );
}
