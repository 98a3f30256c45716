"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { setIdeaSettingsAction } from "@/lib/ideas/actions";
import { ideaSettingsSchema, type IdeaSettingsInput } from "@/lib/ideas/schemas";

const fieldIds = { moderation: "ideas-moderation-PRE", mustAnswerOrganisations: "ideas-must-answer" };

/** The operator's choices for the board: pre- or post-moderation of new entries, and the must-answer threshold. */
export function IdeaSettingsForm({ defaultValues }: { defaultValues: IdeaSettingsInput }) {
  const t = useTranslations("ideas.settings");
  const { form, submit, pending, message, saved, status } = useActionForm(
    (input: IdeaSettingsInput) => setIdeaSettingsAction(input),
    ideaSettingsSchema,
    { defaultValues, fieldIds },
  );
  return (
    <form noValidate onSubmit={submit} className="mt-6 max-w-3xl">
      <FormStatus {...status} saved={saved && t("saved")} />
      <fieldset className="mb-5">
        <legend className="text-xl font-bold">{t("moderation")}</legend>
        {(["PRE", "POST"] as const).map((value) => (
          <div key={value} className="mt-2 flex items-start gap-3">
            <input
              id={`ideas-moderation-${value}`}
              type="radio"
              value={value}
              {...form.register("moderation")}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={`ideas-moderation-${value}`}>{t(value)}</label>
          </div>
        ))}
      </fieldset>
      <FormField
        id={fieldIds.mustAnswerOrganisations}
        name="mustAnswerOrganisations"
        label={t("mustAnswer")}
        hint={t("mustAnswerHint")}
        error={message("mustAnswerOrganisations")}
        required
      >
        {(props) => (
          <input
            {...props}
            {...form.register("mustAnswerOrganisations")}
            type="number"
            min={1}
            max={1000}
            inputMode="numeric"
            className={`${inputClassName} max-w-40`}
          />
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
