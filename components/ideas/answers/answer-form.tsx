"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { answerIdeaAction, answerPlatformIdeaAction } from "@/lib/ideas/answers/actions";
import type { AnswerFormView } from "@/lib/ideas/answers/queries";
import { answerFormSchema, type AnswerFormInput } from "@/lib/ideas/answers/schemas";

const fieldIds = {
  toStatus: "idea-answer-status",
  body: "idea-answer-body",
  plannedAction: "idea-answer-planned-action",
  plannedBy: "idea-answer-planned-by",
  mergeInto: "idea-answer-merge-into",
};

/**
 * The addressee's answer: the status it sets (the current one for a further
 * answer), the public text, and the details the chosen status needs: what is
 * planned and by when for an acceptance, the entry it goes into for a merge.
 */
export function AnswerForm({ view }: { view: AnswerFormView }) {
  const t = useTranslations("ideaAnswers.answers");
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    async (values: AnswerFormInput) =>
      view.channel === "institution"
        ? answerIdeaAction({ ...values, ideaId: view.ideaId })
        : answerPlatformIdeaAction({ ...values, ideaId: view.ideaId }),
    answerFormSchema,
    {
      defaultValues: {
        shownStatus: view.status,
        // No change of status unless the official chooses one: a clarification must not move the entry by accident.
        toStatus: view.status,
        body: "",
        plannedAction: "",
        plannedBy: "",
        mergeInto: "",
      },
      fieldIds,
    },
  );
  const [toStatus, shownStatus] = useWatch({ control: form.control, name: ["toStatus", "shownStatus"] });
  const moves = toStatus !== shownStatus;

  return (
    <form noValidate onSubmit={submit} aria-labelledby="idea-answer-form-heading" className="mt-6 border-t pt-4">
      <h3 id="idea-answer-form-heading" className="text-lg font-semibold">
        {t("formHeading")}
      </h3>
      <FormStatus {...status} saved={saved && t("saved")} refused={refused && t(`refusals.${refused}`)} />
      <input type="hidden" {...form.register("shownStatus")} />
      <fieldset className="mb-5" id={fieldIds.toStatus}>
        <legend className="font-semibold">{t("statusLegend", { status: t(`statuses.${view.status}`) })}</legend>
        {view.choices.map((choice) => (
          <div key={choice} className="mt-2 flex items-start gap-3">
            <input
              id={`${fieldIds.toStatus}-${choice}`}
              type="radio"
              value={choice}
              {...form.register("toStatus")}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={`${fieldIds.toStatus}-${choice}`}>
              {choice === view.status ? t("furtherAnswer") : t(`statusChoices.${choice}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField
        id={fieldIds.body}
        name="body"
        label={toStatus === "NOT_TAKEN_UP" ? t("reason") : t("body")}
        hint={t("bodyHint")}
        error={message("body")}
        required
      >
        {(props) => <textarea {...props} {...form.register("body")} rows={6} className={inputClassName} />}
      </FormField>
      {toStatus === "ACCEPTED" && (
        <>
          <FormField
            id={fieldIds.plannedAction}
            name="plannedAction"
            label={t("plannedAction")}
            hint={t("plannedActionHint")}
            error={message("plannedAction")}
            required={moves}
          >
            {(props) => <textarea {...props} {...form.register("plannedAction")} rows={3} className={inputClassName} />}
          </FormField>
          <FormField
            id={fieldIds.plannedBy}
            name="plannedBy"
            label={t("plannedBy")}
            error={message("plannedBy")}
            required={moves}
          >
            {(props) => <input {...props} type="date" {...form.register("plannedBy")} className={inputClassName} />}
          </FormField>
        </>
      )}
      {toStatus === "MERGED" && moves && (
        <FormField
          id={fieldIds.mergeInto}
          name="mergeInto"
          label={t("mergeInto")}
          hint={t("mergeIntoHint")}
          error={message("mergeInto")}
          required
        >
          {(props) => <input {...props} type="text" {...form.register("mergeInto")} className={inputClassName} />}
        </FormField>
      )}
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
