"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { correctAnswerAction } from "@/lib/consultations/answers/actions";
import { correctAnswerSchema, remarkDecisions, type CorrectAnswerInput } from "@/lib/consultations/answers/schemas";

/** Correcting a published answer: the new decision, its reason, and why it is corrected (kept with the record). */
export function CorrectionForm({
  consultationId,
  remarkId,
  number,
  current,
  onDone,
  onCancel,
}: {
  consultationId: string;
  remarkId: string;
  number: number;
  current: { decision: CorrectAnswerInput["decision"] | null; reason: string };
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations();
  const ids = {
    decision: `correct-${remarkId}-decision`,
    reason: `correct-${remarkId}-reason`,
    why: `correct-${remarkId}-why`,
  };
  const { form, submit, pending, message, status } = useActionForm(correctAnswerAction, correctAnswerSchema, {
    defaultValues: {
      consultationId,
      remarkId,
      decision: current.decision ?? undefined,
      reason: current.reason,
      why: "",
    },
    fieldIds: ids,
    onSuccess: onDone,
  });
  return (
    <form
      noValidate
      aria-label={t("corrections.formLabel", { number })}
      className="mt-3 border-l-4 border-amber-700 pl-3"
      onSubmit={submit}
    >
      <FormStatus {...status} />
      <fieldset className="mb-4">
        <legend className="font-semibold">{t("answers.decision")}</legend>
        {message("decision") && <p className="font-semibold text-red-800">{message("decision")}</p>}
        {remarkDecisions.map((value, index) => (
          <div key={value} className="mt-2 flex items-start gap-3">
            <input
              id={index === 0 ? ids.decision : `${ids.decision}-${value}`}
              type="radio"
              value={value}
              {...form.register("decision")}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={index === 0 ? ids.decision : `${ids.decision}-${value}`}>
              {t(`answers.decisions.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField id={ids.reason} name="reason" label={t("answers.reason")} error={message("reason")}>
        {(props) => <textarea {...props} {...form.register("reason")} rows={3} className={inputClassName} />}
      </FormField>
      <FormField
        id={ids.why}
        name="why"
        label={t("corrections.why")}
        hint={t("corrections.whyHint")}
        error={message("why")}
        required
      >
        {(props) => <textarea {...props} {...form.register("why")} rows={3} className={inputClassName} />}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {t("corrections.submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("remarks.cancel")}
        </Button>
      </div>
    </form>
  );
}
