"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { answerSmallGrantRemarkAction } from "@/lib/small-grants/actions";
import { answerRemarkSchema, type AnswerRemarkInput } from "@/lib/small-grants/schemas";

/**
 * The office's public answer to one remark; an answer given can be corrected
 * until the decision. A correction is optional, so its form waits behind a
 * "Correct the answer" button (UX review F-D1: open under every answered
 * remark and marked "required", it read as something the office still owed):
 * opening it puts the focus in the text, Cancel or Escape closes it and gives
 * the focus back to the button, and a saved answer or correction is
 * announced there.
 */
export function AnswerForm({ remarkId, answer }: { remarkId: string; answer: string | null }) {
  const t = useTranslations("smallGrants.office");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // A first answer saved, the page comes back with it and the form gives way to the button: the focus goes there.
  useEffect(() => {
    if (saved && answer !== null) toggle.current?.focus();
  }, [saved, answer]);
  if (answer === null) return <AnswerFields remarkId={remarkId} answer={null} onSaved={() => setSaved(true)} />;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className="mt-2">
      <Button
        ref={toggle}
        variant="secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          setSaved(false);
          setOpen(!open);
        }}
      >
        {t("answerCorrectOpen")}
      </Button>
      {saved && (
        <Alert tone="success" live>
          {t("answerSaved")}
        </Alert>
      )}
      {open && (
        <div id={panelId}>
          <AnswerFields
            remarkId={remarkId}
            answer={answer}
            onCancel={close}
            onSaved={() => {
              setSaved(true);
              close();
            }}
          />
        </div>
      )}
    </div>
  );
}

function AnswerFields({
  remarkId,
  answer,
  onCancel,
  onSaved,
}: {
  remarkId: string;
  answer: string | null;
  /** Given for a correction: the form is in a disclosure that it closes. */
  onCancel?: () => void;
  onSaved: () => void;
}) {
  const t = useTranslations("smallGrants.office");
  const fieldIds = { answer: `sg-answer-${remarkId}` };
  const correcting = answer !== null;
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    (input: AnswerRemarkInput) => answerSmallGrantRemarkAction(input),
    answerRemarkSchema,
    { defaultValues: { remarkId, answer: answer ?? "" }, fieldIds, onSuccess: () => onSaved() },
  );
  // Opened by its button: the text to correct is where the focus goes.
  useEffect(() => {
    if (correcting) document.getElementById(fieldIds.answer)?.focus();
  }, [correcting, fieldIds.answer]);
  return (
    <form
      noValidate
      onSubmit={submit}
      className="mt-2"
      onKeyDown={(event) => {
        if (event.key === "Escape" && onCancel) onCancel();
      }}
    >
      <FormStatus {...status} saved={saved && t("answerSaved")} refused={refused && t(`refusals.${refused}`)} />
      <FormField
        id={fieldIds.answer}
        name="answer"
        label={t(correcting ? "answerEditLabel" : "answerLabel")}
        error={message("answer")}
        // A correction starts from the answer given: nothing to demand, and "(required)" read as a duty.
        required={!correcting}
      >
        {(props) => <textarea {...props} {...form.register("answer")} rows={3} className={inputClassName} />}
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" busy={pending}>
          {t(correcting ? "answerCorrect" : "answerSend")}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t("answerCorrectCancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
