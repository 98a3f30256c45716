"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { setPartnershipSettingsAction } from "@/lib/partnerships/settings/actions";
import {
  partnershipSettingsSchema,
  weightFields,
  type PartnershipSettingsInput,
} from "@/lib/partnerships/settings/schemas";

const fieldIds = {
  weightSpheres: "partner-weight-spheres",
  weightDistance: "partner-weight-distance",
  weightComplementarity: "partner-weight-complementarity",
  weightTrackRecord: "partner-weight-track-record",
  weightReciprocity: "partner-weight-reciprocity",
  exposurePenalty: "partner-exposure-penalty",
  dailyInterestLimit: "partner-daily-interest-limit",
  maxReplyDays: "partner-max-reply-days",
};

/** The administrators' weights of the fit score and the rules of partner requests. */
export function ScoreSettingsForm({
  defaultValues,
  since,
}: {
  defaultValues: PartnershipSettingsInput;
  since: string;
}) {
  const t = useTranslations("partnershipSettings");
  const { form, submit, pending, message, saved, status } = useActionForm(
    (input: PartnershipSettingsInput) => setPartnershipSettingsAction(input),
    partnershipSettingsSchema,
    { defaultValues, fieldIds },
  );
  const number = (field: keyof typeof fieldIds, label: string, hint?: string, integer = false) => (
    <FormField key={field} id={fieldIds[field]} name={field} label={label} hint={hint} error={message(field)} required>
      {(props) => (
        <input
          {...props}
          {...form.register(field)}
          type="text"
          inputMode={integer ? "numeric" : "decimal"}
          className={`${inputClassName} max-w-40`}
        />
      )}
    </FormField>
  );
  return (
    <form noValidate onSubmit={submit} className="mt-6 max-w-3xl">
      <FormStatus {...status} saved={saved && t("saved")} />
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("weights")}</legend>
        <p className="mt-2 mb-4">{t("weightsHint")}</p>
        {weightFields.map((field) => number(field, t(field)))}
        {number("exposurePenalty", t("exposurePenalty"), t("exposurePenaltyHint"))}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("rules")}</legend>
        {number("dailyInterestLimit", t("dailyInterestLimit"), undefined, true)}
        {number("maxReplyDays", t("maxReplyDays"), `${t("maxReplyDaysHint")} ${since}`, true)}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
