"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useRun } from "@/components/competitions/formal/use-run";
import { inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { rejectFormallyAction } from "@/lib/competitions/formal/actions";
import { MAX_REASON } from "@/lib/competitions/formal/schemas";

/** Rejecting the offer on formal grounds: the reason is required, and it is what the applicants read. */
export function RejectForm({ offerId }: { offerId: string }) {
  const t = useTranslations("competitionFormal.offer");
  const id = useId();
  const reject = useRun();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const error = missing || reject.invalid;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() === "") {
          setMissing(true);
          document.getElementById(`${id}-reason`)?.focus();
          return;
        }
        setMissing(false);
        void reject.run(() => rejectFormallyAction({ offerId, reason }));
      }}
    >
      <FormStatus refused={reject.refused} serverError={reject.serverError} />
      <label htmlFor={`${id}-reason`} className="block font-semibold">
        {t("rejectReason")}
      </label>
      {error && (
        <p id={`${id}-error`} className="text-red-800">
          {t("rejectReasonRequired")}
        </p>
      )}
      <textarea
        id={`${id}-reason`}
        value={reason}
        rows={3}
        maxLength={MAX_REASON}
        onChange={(event) => setReason(event.target.value)}
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClassName}
      />
      <Button type="submit" variant="danger" className="mt-2" busy={reject.pending}>
        {t("reject")}
      </Button>
    </form>
  );
}
