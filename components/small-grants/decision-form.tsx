"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { decideSmallGrantAction } from "@/lib/small-grants/actions";
import { decideSchema, type DecideInput } from "@/lib/small-grants/schemas";

/**
 * The decision after the remark window: accepted with the amount granted (at
 * most the amount asked, prefilled with it) or refused with a reason the
 * applicant reads.
 */
export function DecisionForm({ caseId, requested }: { caseId: string; requested: string }) {
  const t = useTranslations("smallGrants.office");
  const fieldIds = {
    decision: `sg-decision-${caseId}`,
    amount: `sg-amount-${caseId}`,
    reason: `sg-reason-${caseId}`,
  };
  const { form, submit, pending, message, refused, status } = useActionForm(
    (input: DecideInput) => decideSmallGrantAction(input),
    decideSchema,
    { defaultValues: { caseId, decision: "ACCEPTED", amount: requested, reason: "" }, fieldIds },
  );
  const decision = form.watch("decision");
  return (
    <form noValidate onSubmit={submit} className="mt-3 max-w-xl">
      <FormStatus {...status} refused={refused && t(`refusals.${refused}`)} />
      <fieldset className="mb-5">
        <legend className="font-semibold">{t("decisionLegend")}</legend>
        {(["ACCEPTED", "REFUSED"] as const).map((value, index) => (
          <div key={value} className="mt-2 flex items-start gap-3">
            <input
              id={index === 0 ? fieldIds.decision : `${fieldIds.decision}-refused`}
              type="radio"
              value={value}
              {...form.register("decision")}
              className="mt-1 h-6 w-6 accent-blue-800"
            />
            <label htmlFor={index === 0 ? fieldIds.decision : `${fieldIds.decision}-refused`}>
              {t(`decisions.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {decision === "ACCEPTED" && (
        <FormField
          id={fieldIds.amount}
          name="amount"
          label={t("amountLabel")}
          hint={t("amountHint")}
          error={message("amount")}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register("amount")}
              type="text"
              inputMode="decimal"
              className={`${inputClassName} max-w-60`}
            />
          )}
        </FormField>
      )}
      <FormField
        id={fieldIds.reason}
        name="reason"
        label={t("reasonLabel")}
        hint={t(decision === "REFUSED" ? "reasonRequiredHint" : "reasonOptionalHint")}
        error={message("reason")}
        required={decision === "REFUSED"}
      >
        {(props) => <textarea {...props} {...form.register("reason")} rows={3} className={inputClassName} />}
      </FormField>
      <Button type="submit" busy={pending}>
        {t("decide")}
      </Button>
    </form>
  );
}
