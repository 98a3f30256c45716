"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { updateCompetitionParametersAction } from "@/lib/competitions/actions";
import {
  adminCapBases,
  competitionParametersSchema,
  confirmationChannels,
  type CompetitionParametersInput,
} from "@/lib/competitions/schemas";

const TEXT = [
  "minGrant",
  "maxGrant",
  "minOwnContributionBp",
  "minOwnFinancialBp",
  "maxAdminCostBp",
  "confirmationDueAt",
] as const;
const FLAGS = [
  "nonFinancialCounts",
  "resultsTableWaived",
  "jointOffersAllowed",
  "recipientPaymentsAllowed",
  "confirmationRequired",
] as const;
const fieldIds: Record<string, string> = Object.fromEntries(
  [...TEXT, ...FLAGS, "adminCapBase", "confirmationChannels"].map((field) => [field, `parameters-${field}`]),
);
const checkbox = "mt-1 h-6 w-6 shrink-0 accent-blue-800";

/** What every offer is checked against (defaults for the tasks) and how submission is confirmed (design L13). */
export function CompetitionParametersForm({
  competitionId,
  defaultValues,
}: {
  competitionId: string;
  defaultValues: CompetitionParametersInput;
}) {
  const t = useTranslations();
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    updateCompetitionParametersAction,
    competitionParametersSchema,
    { defaultValues, fieldIds, toInput: (fields) => ({ ...fields, competitionId }) },
  );
  const text = (name: (typeof TEXT)[number]) => (
    <FormField
      id={fieldIds[name]!}
      name={name}
      label={t(`competitionsAdmin.fields.${name}`)}
      hint={t(`competitionsAdmin.hints.${name}`)}
      error={message(name)}
    >
      {(props) => (
        <input
          {...props}
          {...form.register(name)}
          type={name === "confirmationDueAt" ? "datetime-local" : "text"}
          inputMode={name === "confirmationDueAt" ? undefined : "decimal"}
          className={`${inputClassName} max-w-64`}
        />
      )}
    </FormField>
  );
  const flag = (name: (typeof FLAGS)[number]) => (
    <div className="mb-4 flex items-start gap-3">
      <input id={fieldIds[name]} type="checkbox" {...form.register(name)} className={checkbox} />
      <label htmlFor={fieldIds[name]}>{t(`competitionsAdmin.fields.${name}`)}</label>
    </div>
  );
  return (
    <form noValidate className="mt-4 max-w-4xl" onSubmit={submit}>
      <FormStatus
        {...status}
        refused={refused && t(`competitionsAdmin.refusals.${refused}`)}
        saved={saved && t("competitionsAdmin.saved")}
      />
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("competitionsAdmin.grantsHeading")}</legend>
        {text("minGrant")}
        {text("maxGrant")}
        {text("minOwnContributionBp")}
        {text("minOwnFinancialBp")}
        {flag("nonFinancialCounts")}
        {text("maxAdminCostBp")}
        <FormField
          id={fieldIds.adminCapBase!}
          name="adminCapBase"
          label={t("competitionsAdmin.fields.adminCapBase")}
          error={message("adminCapBase")}
        >
          {(props) => (
            <select {...props} {...form.register("adminCapBase")} className={`${inputClassName} max-w-md`}>
              {adminCapBases.map((base) => (
                <option key={base} value={base}>
                  {t(`competitionsAdmin.capBases.${base}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {flag("resultsTableWaived")}
        {flag("jointOffersAllowed")}
        {flag("recipientPaymentsAllowed")}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("competitionsAdmin.confirmationHeading")}</legend>
        {flag("confirmationRequired")}
        {text("confirmationDueAt")}
        <fieldset id={fieldIds.confirmationChannels} tabIndex={-1} className="mb-5">
          <legend className="font-semibold">{t("competitionsAdmin.fields.confirmationChannels")}</legend>
          {message("confirmationChannels") && (
            <p className="font-semibold text-red-800">{message("confirmationChannels")}</p>
          )}
          {confirmationChannels.map((channel) => (
            <div key={channel} className="mt-2 flex items-start gap-3">
              <input
                id={`parameters-channel-${channel}`}
                type="checkbox"
                value={channel}
                {...form.register("confirmationChannels")}
                className={checkbox}
              />
              <label htmlFor={`parameters-channel-${channel}`}>
                {t(`competitionsAdmin.confirmationChannels.${channel}`)}
              </label>
            </div>
          ))}
        </fieldset>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t("competitionsAdmin.save")}
      </Button>
    </form>
  );
}
