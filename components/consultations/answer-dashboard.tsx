"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useErrorText } from "@/components/forms/error-text";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { CorrectionForm } from "@/components/consultations/correction-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { answerRemarksAction } from "@/lib/consultations/answers/actions";
import { answerRemarksSchema, remarkDecisions } from "@/lib/consultations/answers/schemas";

export type RemarkToAnswer = {
  id: string;
  /** The report's Lp.; null for a withdrawn remark, which has none and cannot be answered. */
  number: number | null;
  unitLabel: string | null;
  by: string;
  currentWording: string | null;
  proposedWording: string | null;
  justification: string | null;
  decision: (typeof remarkDecisions)[number] | null;
  decisionReason: string | null;
  createdAt: Date;
};

const FORM_ID = "answer-form";
const ids = { remarkIds: "answer-selection", decision: "answer-decision", reason: "answer-reason" };

/** The officials' worklist: pick one remark or several similar ones, give the decision and its reason. */
export function AnswerDashboard({
  consultationId,
  remarks,
  canAnswer,
  canCorrect,
}: {
  consultationId: string;
  remarks: RemarkToAnswer[];
  canAnswer: boolean;
  canCorrect: boolean;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const errorText = useErrorText();
  const [selected, setSelected] = useState<string[]>([]);
  const [decision, setDecision] = useState<string>("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Partial<Record<keyof typeof ids, string>>>({});
  const [done, setDone] = useState<number | null>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [corrected, setCorrected] = useState(false);
  const answer = useAction(answerRemarksAction);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const message = (field: keyof typeof ids) => (errors[field] ? errorText.field(errors[field]) : undefined);
  const summary = (Object.keys(ids) as (keyof typeof ids)[]).flatMap((field) =>
    errors[field] ? [{ fieldId: ids[field], message: message(field)! }] : [],
  );
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => (on ? [...new Set([...current, id])] : current.filter((x) => x !== id)));

  async function submit() {
    setDone(null);
    const input = { consultationId, remarkIds: selected, decision, reason };
    const parsed = answerRemarksSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    const response = await answer.executeAsync(parsed.data);
    if (response?.data) {
      setDone(response.data.answered);
      setSelected([]);
      setReason("");
      setDecision("");
    }
  }

  // The confirmation stays when the last remark of the list was answered and the form went away with it.
  const saved = done !== null && (
    <Alert tone="success" live>
      {t("answers.saved", { count: done })}
    </Alert>
  );
  return (
    <>
      {remarks.length === 0 && saved}
      {canAnswer && remarks.length > 0 && (
        <section aria-labelledby="answer-heading" className="mt-6 max-w-4xl border-2 border-blue-800 p-4">
          <h2 id="answer-heading" ref={formHeading} tabIndex={-1} className="text-xl font-bold">
            {t("answers.formHeading", { count: selected.length })}
          </h2>
          <p className="mt-1">{t("answers.formIntro")}</p>
          {saved}
          <FormStatus serverError={answer.result.serverError} serverErrorTexts={{ CONFLICT: t("answers.frozen") }} />
          <form
            id={FORM_ID}
            noValidate
            className="mt-3"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <ErrorSummary errors={summary} />
            <p id={ids.remarkIds} tabIndex={-1} className={errors.remarkIds ? "font-semibold text-red-800" : ""}>
              {selected.length === 0
                ? t("answers.noneSelected")
                : t("answers.selected", {
                    count: selected.length,
                    numbers: remarks
                      .filter((r) => selected.includes(r.id))
                      .map((r) => r.number)
                      .join(", "),
                  })}
            </p>
            <fieldset className="mt-3" aria-describedby={errors.decision ? `${ids.decision}-error` : undefined}>
              <legend className="font-semibold">{t("answers.decision")}</legend>
              {errors.decision && (
                <p id={`${ids.decision}-error`} className="font-semibold text-red-800">
                  {message("decision")}
                </p>
              )}
              {remarkDecisions.map((value, index) => (
                <div key={value} className="mt-2 flex items-start gap-3">
                  <input
                    id={index === 0 ? ids.decision : `${ids.decision}-${value}`}
                    type="radio"
                    name="decision"
                    value={value}
                    checked={decision === value}
                    onChange={() => setDecision(value)}
                    className="mt-1 h-5 w-5"
                  />
                  <label htmlFor={index === 0 ? ids.decision : `${ids.decision}-${value}`}>
                    {t(`answers.decisions.${value}`)}
                  </label>
                </div>
              ))}
            </fieldset>
            <div className="mt-4">
              <FormField
                id={ids.reason}
                name="reason"
                label={t("answers.reason")}
                hint={t("answers.reasonHint")}
                error={message("reason")}
              >
                {(props) => (
                  <textarea
                    {...props}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    rows={4}
                    className={inputClassName}
                  />
                )}
              </FormField>
            </div>
            <Button type="submit" disabled={answer.isPending}>
              {t("answers.submit")}
            </Button>
          </form>
        </section>
      )}
      {corrected && (
        <Alert tone="success" live>
          {t("corrections.saved")}
        </Alert>
      )}
      {remarks.length > 0 && (
        <ol className="mt-6 max-w-4xl space-y-4">
          {remarks.map((remark) => (
            <li
              key={remark.id}
              id={`remark-${remark.id}`}
              className="scroll-mt-4 rounded border-2 border-slate-300 p-3 target:border-blue-800"
            >
              <div className="flex flex-wrap items-start gap-3">
                {canAnswer && remark.number !== null && (
                  <input
                    id={`select-${remark.id}`}
                    type="checkbox"
                    checked={selected.includes(remark.id)}
                    onChange={(event) => toggle(remark.id, event.target.checked)}
                    className="mt-1 h-5 w-5"
                    aria-label={t("answers.select", { number: remark.number })}
                  />
                )}
                <div className="flex-1">
                  <h3 className="font-bold">
                    {remark.number === null
                      ? t("answers.withdrawnHeading", { unit: remark.unitLabel ?? t("remarks.general") })
                      : t("answers.remarkHeading", {
                          number: remark.number,
                          unit: remark.unitLabel ?? t("remarks.general"),
                        })}
                  </h3>
                  <p className="text-sm text-slate-700">
                    {remark.by} · {format.dateTime(remark.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </p>
                  {remark.currentWording && (
                    <p className="mt-1 whitespace-pre-line">
                      <span className="font-semibold">{t("remarks.currentWording")}: </span>
                      {remark.currentWording}
                    </p>
                  )}
                  {remark.proposedWording && (
                    <p className="mt-1 whitespace-pre-line">
                      <span className="font-semibold">{t("remarks.proposedWording")}: </span>
                      {remark.proposedWording}
                    </p>
                  )}
                  {remark.justification && (
                    <p className="mt-1 whitespace-pre-line">
                      <span className="font-semibold">{t("remarks.justification")}: </span>
                      {remark.justification}
                    </p>
                  )}
                  <p className="mt-2 font-semibold">
                    {remark.decision ? t(`answers.decisions.${remark.decision}`) : t("answers.unanswered")}
                    {remark.decisionReason && <span className="font-normal"> – {remark.decisionReason}</span>}
                  </p>
                  {canCorrect && remark.number !== null && correcting !== remark.id && (
                    <Button variant="secondary" className="mt-2" onClick={() => setCorrecting(remark.id)}>
                      {t("corrections.open")}
                      <span className="sr-only"> {t("corrections.number", { number: remark.number })}</span>
                    </Button>
                  )}
                  {canCorrect && remark.number !== null && correcting === remark.id && (
                    <CorrectionForm
                      consultationId={consultationId}
                      remarkId={remark.id}
                      number={remark.number}
                      current={{ decision: remark.decision, reason: remark.decisionReason ?? "" }}
                      onDone={() => {
                        setCorrecting(null);
                        setCorrected(true);
                      }}
                      onCancel={() => setCorrecting(null)}
                    />
                  )}
                  {canAnswer && remark.number !== null && (
                    <Button
                      variant="secondary"
                      className="mt-2"
                      onClick={() => {
                        setSelected([remark.id]);
                        setDone(null);
                        formHeading.current?.focus();
                      }}
                    >
                      {remark.decision ? t("answers.change") : t("answers.answerThis")}
                      <span className="sr-only"> {t("answers.number", { number: remark.number })}</span>
                    </Button>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
