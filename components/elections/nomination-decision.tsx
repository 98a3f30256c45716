"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { decideNominationAction } from "@/lib/elections/nominations/actions";
import { decideNominationSchema, NOMINATION_DECISIONS } from "@/lib/elections/nominations/schemas";

/** The commission's formal decision on one nomination: accepted, or rejected with a reason. */
export function NominationDecision({
  nominationId,
  candidateName,
  canAccept,
}: {
  nominationId: string;
  candidateName: string;
  canAccept: boolean;
}) {
  const t = useTranslations();
  const ids = { decision: `decide-${nominationId}-decision`, reason: `decide-${nominationId}-reason` };
  const { form, submit, pending, message, refused, status } = useActionForm(
    decideNominationAction,
    decideNominationSchema,
    {
      defaultValues: { nominationId, decision: canAccept ? undefined : "REJECTED", reason: "" },
      fieldIds: ids,
    },
  );
  return (
    <form
      noValidate
      aria-label={t("nominationCheck.formLabel", { name: candidateName })}
      className="mt-3"
      onSubmit={submit}
    >
      <FormStatus {...status} refused={refused && t(`nominations.refusals.${refused}`)} />
      <fieldset className="mb-3">
        <legend className="font-semibold">{t("nominationCheck.decision")}</legend>
        {message("decision") && <p className="font-semibold text-red-800">{message("decision")}</p>}
        {NOMINATION_DECISIONS.filter((value) => canAccept || value === "REJECTED").map((value, index) => (
          <div key={value} className="mt-2 flex items-start gap-3">
            <input
              id={index === 0 ? ids.decision : `${ids.decision}-${value}`}
              type="radio"
              value={value}
              {...form.register("decision")}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={index === 0 ? ids.decision : `${ids.decision}-${value}`}>
              {t(`nominationCheck.decisions.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField
        id={ids.reason}
        name="reason"
        label={t("nominationCheck.reason")}
        hint={t("nominationCheck.reasonHint")}
        error={message("reason")}
      >
        {(props) => <textarea {...props} {...form.register("reason")} rows={3} className={inputClassName} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {t("nominationCheck.save")}
        <span className="sr-only"> {candidateName}</span>
      </Button>
    </form>
  );
}
