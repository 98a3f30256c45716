"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { answerSmallGrantRemarkAction } from "@/lib/small-grants/actions";
import { answerRemarkSchema, type AnswerRemarkInput } from "@/lib/small-grants/schemas";

/** The office's public answer to one remark; an answer given can be corrected until the decision. */
export function AnswerForm({ remarkId, answer }: { remarkId: string; answer: string | null }) {
  const t = useTranslations("smallGrants.office");
  const fieldIds = { answer: `sg-answer-${remarkId}` };
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    (input: AnswerRemarkInput) => answerSmallGrantRemarkAction(input),
    answerRemarkSchema,
    { defaultValues: { remarkId, answer: answer ?? "" }, fieldIds },
  );
  return (
    <form noValidate onSubmit={submit} className="mt-2">
      <FormStatus {...status} saved={saved && t("answerSaved")} refused={refused && t(`refusals.${refused}`)} />
      <FormField
        id={fieldIds.answer}
        name="answer"
        label={t(answer ? "answerEditLabel" : "answerLabel")}
        error={message("answer")}
        required
      >
        {(props) => <textarea {...props} {...form.register("answer")} rows={3} className={inputClassName} />}
      </FormField>
      <Button type="submit" variant="secondary" busy={pending}>
        {t(answer ? "answerCorrect" : "answerSend")}
      </Button>
    </form>
  );
}
