"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useErrorText } from "@/components/forms/error-text";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { suspendUserAction } from "@/lib/forum/actions";

const PERIODS = [1, 7, 30, 365] as const;

/** A moderator suspends a post's author from writing, for a period and a reason the person is shown. */
export function SuspendAuthor({ userId, name, idPrefix }: { userId: string; name: string; idPrefix: string }) {
  const t = useTranslations("forum.moderation");
  const tr = useTranslations();
  const errorText = useErrorText();
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState<number>(7);
  const [reason, setReason] = useState("");
  const suspend = useAction(suspendUserAction);
  const problem = (suspend.result.validationErrors as { reason?: { _errors?: string[] } } | undefined)?.reason
    ?._errors?.[0];
  if (suspend.result.data)
    return (
      <p role="status" className="mt-2 font-semibold">
        {t("suspended", {
          name,
          until: format.dateTime(new Date(suspend.result.data.suspendedUntil), {
            dateStyle: "medium",
            timeStyle: "short",
          }),
        })}
      </p>
    );
  if (!open)
    return (
      <Button variant="secondary" className="mt-2 ml-3" onClick={() => setOpen(true)}>
        {t("suspend", { name })}
      </Button>
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
