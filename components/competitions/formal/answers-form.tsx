"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useRun } from "@/components/competitions/formal/use-run";
import { inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { markFormallyCompleteAction, saveFormalAnswersAction } from "@/lib/competitions/formal/actions";
import { formalAnswers, MAX_NOTE, type FormalAnswerValue } from "@/lib/competitions/formal/schemas";

export type AnswerItem = {
  id: string;
  label: string;
  suggestion: "MET" | "NOT_MET" | null;
  answer: FormalAnswerValue | null;
  note: string;
};

/**
 * One offer's checklist: each item answered by the official, starting from
 * the platform's suggestion where it has one (said beside the item, never
 * saved on its own); saved together, then the offer may be marked complete.
 * `decided`: the check is over, the answers are shown only.
 */
export function AnswersForm({ offerId, items, decided }: { offerId: string; items: AnswerItem[]; decided: boolean }) {
  const t = useTranslations("competitionFormal.offer");
  const answerText = useTranslations("competitionFormal.answers");
  const id = useId();
  const save = useRun();
  const complete = useRun();
  const [answers, setAnswers] = useState<Record<string, FormalAnswerValue | null>>(() =>
    Object.fromEntries(items.map((item) => [item.id, item.answer ?? item.suggestion])),
  );
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries(items.map((item) => [item.id, item.note])),
  );
  const unanswered = items.filter((item) => !answers[item.id]);

  const payload = () =>
    items.flatMap((item) => {
      const answer = answers[item.id];
      return answer ? [{ itemId: item.id, answer, note: notes[item.id] || undefined }] : [];
    });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const answered = payload();
        if (answered.length > 0) void save.run(() => saveFormalAnswersAction({ offerId, answers: answered }));
      }}
    >
      <FormStatus
        saved={save.done && t("saved")}
        refused={save.refused ?? complete.refused}
        serverError={save.serverError ?? complete.serverError}
      />
      <ol className="space-y-4">
        {items.map((item, index) => (
          <li key={item.id}>
            <fieldset className="border-l-4 border-slate-300 pl-3" disabled={decided}>
              <legend className="font-semibold">
                {index + 1}. {item.label}
              </legend>
              {item.suggestion && (
                <p className="text-slate-700">{t("suggestion", { answer: answerText(item.suggestion) })}</p>
              )}
              <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                {formalAnswers.map((value) => (
                  <label key={value} className="inline-flex items-center gap-2">
                    <input
                      type="radio"
                      name={`${id}-${item.id}`}
                      value={value}
                      checked={answers[item.id] === value}
                      onChange={() => setAnswers((current) => ({ ...current, [item.id]: value }))}
                    />
                    {answerText(value)}
                  </label>
                ))}
              </div>
              <label htmlFor={`${id}-${item.id}-note`} className="mt-2 block">
                {t("note")}
              </label>
              <input
                id={`${id}-${item.id}-note`}
                value={notes[item.id] ?? ""}
                maxLength={MAX_NOTE}
                onChange={(event) => setNotes((current) => ({ ...current, [item.id]: event.target.value }))}
                className={inputClassName}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      {!decided && (
        <div className="mt-4 flex flex-wrap gap-3">
          <Button type="submit" busy={save.pending}>
            {t("saveAnswers")}
          </Button>
          <Button
            variant="secondary"
            busy={complete.pending || save.pending}
            onClick={() =>
              void (async () => {
                // What is on the screen is what the office decides on: saved first, then marked.
                const answered = payload();
                if (
                  answered.length > 0 &&
                  !(await save.run(() => saveFormalAnswersAction({ offerId, answers: answered })))
                )
                  return;
                await complete.run(() => markFormallyCompleteAction({ offerId }));
              })()
            }
          >
            {t("markComplete")}
          </Button>
        </div>
      )}
      {!decided && unanswered.length > 0 && <p className="mt-2">{t("unanswered", { count: unanswered.length })}</p>}
    </form>
  );
}
