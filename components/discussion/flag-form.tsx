"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { idInput, type AreaAction } from "@/components/discussion/area-action";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import type { Refused } from "@/lib/rule-errors/refusals";

const REASONS = ["SPAM", "OFF_TOPIC", "OFFENSIVE", "ILLEGAL", "OTHER"] as const;
type Reason = (typeof REASONS)[number];

/** The words of the area's flag form: its translator of the namespace that holds these keys. */
type FlagWords = (key: "thanks" | "formLabel" | "reason" | "note" | "submit", values?: { number: number }) => string;

/**
 * A reader flags a post or comment for the moderators, with one of the
 * forum's reasons (every discussion uses their words) and an optional note.
 * What opened it gets focus back through `onClose`. The area gives its
 * action and the name of its id's field, its words, and the texts that are its own.
 */
export function FlagForm<IdField extends string, Refusal extends string>({
  id: itemId,
  idField,
  number,
  onClose,
  flag: flagAction,
  words: t,
  refusalText,
  reasonRequired,
  cancel,
}: {
  id: string;
  /** What the area's action calls the item's id (`postId`, `commentId`). */
  idField: IdField;
  number: number;
  onClose: () => void;
  flag: AreaAction<Record<IdField, string> & { reason: Reason; note: string }, { flagged: true } | Refused<Refusal>>;
  words: FlagWords;
  refusalText: (refusal: Refusal) => string;
  /** What is said when no reason was chosen (the area's schema says it the same way). */
  reasonRequired: string;
  cancel: string;
}) {
  const tr = useTranslations();
  const id = useId().replace(/:/g, "");
  const [reason, setReason] = useState<Reason | "">("");
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const flag = useAction(flagAction);
  const data = flag.result.data;
  const refused = data && "refused" in data ? data.refused : null;
  useEffect(() => first.current?.focus(), []);

  if (data && "flagged" in data) return <FocusedStatus text={t("thanks")} />;
  return (
    <form
      noValidate
      aria-label={t("formLabel", { number })}
      className="mt-3 w-full rounded border-2 border-slate-300 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason) return setMissing(true);
        setMissing(false);
        flag.execute({ ...idInput(idField, itemId), reason, note });
      }}
    >
      <FormStatus refused={refused && refusalText(refused)} serverError={flag.result.serverError} />
      <fieldset
        className={missing ? "border-l-4 border-red-800 pl-3" : ""}
        aria-describedby={missing ? `${id}-reason-error` : undefined}
      >
        <legend className="font-semibold">{t("reason")}</legend>
        {missing && (
          <p id={`${id}-reason-error`} className="font-semibold text-red-800">
            {reasonRequired}
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
        <Button type="submit" busy={flag.isPending}>
          {t("submit")}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {cancel}
        </Button>
      </div>
    </form>
  );
}

/** The thanks that takes the place of the form, and of its focus (lost with the form otherwise). */
function FocusedStatus({ text }: { text: string }) {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => status.current?.focus(), []);
  return (
    <p ref={status} tabIndex={-1} role="status" className="mt-2">
      {text}
    </p>
  );
}
