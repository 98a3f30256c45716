"use client";

// The office's own settings of the decision stage, until the results are out:
// days to accept a grant, days the office means to answer a reasons request
// in (the statute sets none), and whether the results list unfunded offers.
import { useTranslations } from "next-intl";
import { checkboxClassName, CheckboxField } from "@/components/forms/checkbox-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { competitionWords, useCompetitionForm } from "@/components/competitions/public/use-competition-form";
import { Button } from "@/components/ui/button";
import { saveDecisionSettingsAction } from "@/lib/competitions/decision/actions";
import { settingsObject } from "@/lib/competitions/decision/schemas";

export function SettingsForm({
  competitionId,
  current,
}: {
  competitionId: string;
  current: { acceptanceDays: number; reasonsAnswerDays: number; resultsListUnfunded: boolean };
}) {
  const t = useTranslations("competitionDecision");
  const ids = {
    acceptanceDays: "settings-acceptance",
    reasonsAnswerDays: "settings-answer",
    resultsListUnfunded: "settings-unfunded",
  };
  const { values, set, submit, pending, message, status } = useCompetitionForm(
    competitionWords(t),
    settingsObject,
    {
      acceptanceDays: String(current.acceptanceDays),
      reasonsAnswerDays: String(current.reasonsAnswerDays),
      resultsListUnfunded: current.resultsListUnfunded,
    },
    ids,
    (fields) => saveDecisionSettingsAction({ ...fields, competitionId }),
    "keep",
  );
  return (
    <form noValidate onSubmit={submit} className="mt-2 max-w-3xl">
      <FormStatus {...status} saved={status.saved && t("settings.saved")} />
      {(["acceptanceDays", "reasonsAnswerDays"] as const).map((name) => (
        <FormField
          key={name}
          id={ids[name]}
          name={name}
          label={t(`settings.${name}`)}
          hint={t(`settings.${name}Hint`)}
          error={message(name)}
          required
        >
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={values[name]}
              onChange={(e) => set(name, e.target.value)}
              className={`${inputClassName} max-w-24`}
            />
          )}
        </FormField>
      ))}
      <CheckboxField id={ids.resultsListUnfunded} label={t("settings.resultsListUnfunded")}>
        {(props) => (
          <input
            {...props}
            required={false}
            type="checkbox"
            checked={values.resultsListUnfunded}
            onChange={(e) => set("resultsListUnfunded", e.target.checked)}
            className={checkboxClassName}
          />
        )}
      </CheckboxField>
      <Button type="submit" variant="secondary" busy={pending}>
        {t("settings.submit")}
      </Button>
    </form>
  );
}
