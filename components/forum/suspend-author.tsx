"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useErrorText } from "@/components/forms/error-text";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { useDecisions } from "@/components/forms/use-decisions";
import { LiftSuspension } from "@/components/forum/lift-suspension";
import { Button } from "@/components/ui/button";
import { liftSuspensionAction, suspendUserAction } from "@/lib/forum/actions";

const PERIODS = [1, 7, 30, 365] as const;

/**
 * A moderator suspends a post's author from writing, for a period and a
 * reason the person is shown; a suspension in force (`suspendedUntil`, or one
 * just made here) is said, and may be lifted early.
 */
export function SuspendAuthor({
  userId,
  name,
  suspendedUntil = null,
  idPrefix,
}: {
  userId: string;
  name: string;
  suspendedUntil?: Date | null;
  idPrefix: string;
}) {
  const t = useTranslations("forum.moderation");
  const tr = useTranslations();
  const errorText = useErrorText();
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState<number>(7);
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState<Date | null>(suspendedUntil);
  const suspend = useAction(suspendUserAction, {
    onSuccess: ({ data }) => {
      if (data) setUntil(new Date(data.suspendedUntil));
    },
  });
  const lift = useAction(liftSuspensionAction);
  const { decide, alerts } = useDecisions("forum.refusals");
  const problem = (suspend.result.validationErrors as { reason?: { _errors?: string[] } } | undefined)?.reason
    ?._errors?.[0];
  const justSuspended = until !== null && suspend.result.data !== undefined;
  const suspension = until && (
    <>
      <p role="status" className="mt-2 font-semibold">
        {t("suspended", { name, until: format.dateTime(until, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      <LiftSuspension
        name={name}
        pending={lift.isPending}
        onLift={() =>
          void decide(
            async () => {
              const response = await lift.executeAsync({ userId });
              if (response?.data) {
                setUntil(null);
                suspend.reset();
              }
              return response;
            },
            t("lifted", { name }),
          )
        }
      />
    </>
  );
  if (justSuspended)
    return (
      <>
        {alerts}
        {suspension}
      </>
    );
  if (!open)
    return (
      <>
        {alerts}
        {suspension}
        <Button variant="secondary" className="mt-2 ml-3" onClick={() => setOpen(true)}>
          {t("suspend", { name })}
        </Button>
      </>
    );
  return (
    <form
      noValidate
      aria-label={t("suspend", { name })}
      className="mt-3 rounded border-2 border-slate-300 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        suspend.execute({ userId, days, reason });
      }}
    >
      <FormStatus serverError={suspend.result.serverError} />
      <label htmlFor={`${idPrefix}-days`} className="block font-semibold">
        {t("suspendFor")}
      </label>
      <select
        id={`${idPrefix}-days`}
        value={days}
        onChange={(event) => setDays(Number(event.target.value))}
        className={`${inputClassName} mt-1`}
      >
        {PERIODS.map((period) => (
          <option key={period} value={period}>
            {t("days", { count: period })}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-reason`} className="mt-3 block font-semibold">
        {t("suspendReason")}
      </label>
      <FieldHintAndError id={`${idPrefix}-reason`} error={problem ? errorText.field(problem) : undefined} />
      <input
        id={`${idPrefix}-reason`}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        maxLength={500}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${idPrefix}-reason-error` : undefined}
        className={`${inputClassName} mt-1`}
      />
      <div className="mt-3 flex flex-wrap gap-3">
        <Button type="submit" variant="danger" disabled={suspend.isPending}>
          {t("suspendSubmit")}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {tr("forum.cancel")}
        </Button>
      </div>
    </form>
  );
}
