"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { flagCommentAction } from "@/lib/ideas/comments/actions";

const REASONS = ["SPAM", "OFF_TOPIC", "OFFENSIVE", "ILLEGAL", "OTHER"] as const;

/**
 * A reader reports a comment to the moderators with one of the forum's
 * reasons (their words are the forum's) and an optional note; `onClose`
 * hands focus back to what opened it.
 */
export function CommentFlag({
  commentId,
  number,
  onClose,
}: {
  commentId: string;
  number: number;
  onClose: () => void;
}) {
  const t = useTranslations("ideaDiscussion.flag");
  const tr = useTranslations();
  const id = useId().replace(/:/g, "");
  const [reason, setReason] = useState<(typeof REASONS)[number] | "">("");
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const flag = useAction(flagCommentAction);
  const data = flag.result.data;
  const refused = data && "refused" in data ? data.refused : null;
  useEffect(() => first.current?.focus(), []);

  if (data && "flagged" in data)
    return (
      <p role="status" className="mt-2">
        {t("thanks")}
      </p>
    );
  return (
    <form
      noValidate
      aria-label={t("formLabel", { number })}
      className="mt-3 w-full rounded border-2 border-slate-300 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason) return setMissing(true);
        setMissing(false);
        flag.execute({ commentId, reason, note });
      }}
    >
      <FormStatus refused={refused && t(`refusals.${refused}`)} serverError={flag.result.serverError} />
      <fieldset
        className={missing ? "border-l-4 border-red-800 pl-3" : ""}
        aria-describedby={missing ? `${id}-reason-error` : undefined}
      >
        <legend className="font-semibold">{t("reason")}</legend>
        {missing && (
          <p id={`${id}-reason-error`} className="font-semibold text-red-800">
            {tr("forms.errors.ideaCommentFlagReasonRequired")}
          </p>
        )}
        {REASONS.map((value, index) => (
          <div key={value} className="mt-1 flex items-center gap-3">
            <input
              ref={index === 0 ? first : undefined}
              id={`${id}-${value}`}
              type="radio"
              name={`${id}-reason`}
              value={value}
              checked={reason === value}
              onChange={() => setReason(value)}
              className="h-5 w-5"
            />
            <label htmlFor={`${id}-${value}`}>{tr(`forum.flag.reasons.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <FormField id={`${id}-note`} name="note" label={t("note")}>
        {(props) => (
          <textarea
            {...props}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={2}
            maxLength={500}
            className={inputClassName}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={flag.isPending}>
          {t("submit")}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {tr("ideaDiscussion.comments.cancel")}
        </Button>
      </div>
    </form>
  );
}
