"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { proposeAmountAction } from "@/lib/competitions/evaluation/actions";
import { proposalObject, type ProposalInput } from "@/lib/competitions/evaluation/schemas";
import { parsePln, plnDecimal } from "@/lib/offers/calc/money";

/** Złoty as a person types them in Polish ("12500,50"), from grosze. */
const typed = (grosze: number | null) => (grosze === null ? "" : plnDecimal(grosze).replace(".", ","));

/**
 * The chair's proposal for one offer: the amount (the pool above follows as
 * it is typed), why it is lower than requested, the recommendation and the
 * commission's opinion. The server checks the pool again under the task's lock.
 */
export function ProposalForm({
  offerId,
  revision,
  requested,
  proposed,
  cutReason,
  opinion,
  recommended,
  onAmountChange,
}: {
  offerId: string;
  revision: number;
  requested: number;
  proposed: number | null;
  cutReason: string;
  opinion: string;
  recommended: boolean | null;
  onAmountChange: (offerId: string, grosze: number | null) => void;
}) {
  const t = useTranslations("evaluation.ranking");
  const [belowMinGrant, setBelowMinGrant] = useState(false);
  const fieldIds = {
    amount: `proposal-${offerId}-amount`,
    cutReason: `proposal-${offerId}-cut`,
    recommended: `proposal-${offerId}-recommended`,
    opinion: `proposal-${offerId}-opinion`,
  };
  const defaults: ProposalInput = {
    amount: typed(proposed),
    cutReason,
    opinion,
    recommended: recommended === null ? "" : recommended ? "yes" : "no",
  };
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    proposeAmountAction,
    proposalObject,
    {
      defaultValues: defaults,
      fieldIds,
      toInput: (fields) => ({ ...fields, offerId, revision }),
      onSuccess: (data) => setBelowMinGrant(data.belowMinGrant),
    },
  );
  const amountText = form.watch("amount");
  useEffect(() => {
    if (amountText.trim() === "") return onAmountChange(offerId, null);
    const parsed = parsePln(amountText);
    if (parsed.ok) onAmountChange(offerId, parsed.value);
  }, [amountText, offerId, onAmountChange]);
  const parsed = amountText.trim() === "" ? null : parsePln(amountText);
  const cut = parsed?.ok === true && parsed.value < requested;
  return (
    <form noValidate className="mt-3" onSubmit={submit}>
      <FormStatus
        {...status}
        saved={saved && (belowMinGrant ? t("proposal.savedBelowMinGrant") : t("proposal.saved"))}
        refused={refused && t(`refusals.${refused}`)}
      />
      <FormField
        id={fieldIds.amount}
        name="amount"
        label={t("proposal.amount")}
        hint={t("proposal.amountHint")}
        error={message("amount")}
      >
        {(props) => (
          <input {...props} {...form.register("amount")} inputMode="decimal" className={`${inputClassName} max-w-64`} />
        )}
      </FormField>
      <FormField
        id={fieldIds.cutReason}
        name="cutReason"
        label={t("proposal.cutReason")}
        hint={t("proposal.cutReasonHint")}
        error={message("cutReason")}
        required={cut}
      >
        {(props) => <textarea {...props} {...form.register("cutReason")} rows={2} className={inputClassName} />}
      </FormField>
      <FormField
        id={fieldIds.recommended}
        name="recommended"
        label={t("proposal.recommended")}
        error={message("recommended")}
      >
        {(props) => (
          <select {...props} {...form.register("recommended")} className={`${inputClassName} max-w-64`}>
            <option value="">{t("proposal.recommendedNone")}</option>
            <option value="yes">{t("proposal.recommendedYes")}</option>
            <option value="no">{t("proposal.recommendedNo")}</option>
          </select>
        )}
      </FormField>
      <FormField id={fieldIds.opinion} name="opinion" label={t("proposal.opinion")} error={message("opinion")}>
        {(props) => <textarea {...props} {...form.register("opinion")} rows={3} className={inputClassName} />}
      </FormField>
      <Button type="submit" busy={pending}>
        {t("proposal.save")}
      </Button>
    </form>
  );
}
