"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { competitionWords, useCompetitionForm } from "@/components/competitions/public/use-competition-form";
import { Button } from "@/components/ui/button";
import { answerQuestionAction, askQuestionAction, declineQuestionAction } from "@/lib/competitions/questions/actions";
import {
  answerFormSchema,
  declineFormSchema,
  MAX_ANSWER,
  MAX_DECLINE_REASON,
  MAX_QUESTION,
  questionFormSchema,
} from "@/lib/competitions/questions/schemas";

type Option = { value: string; label: string };

/** Asking the office, for one of the organisations the person acts for, about the whole competition or one task. */
export function AskQuestionForm({
  competitionId,
  organisations,
  tasks,
}: {
  competitionId: string;
  organisations: Option[];
  tasks: Option[];
}) {
  const t = useTranslations("competitions.questions");
  const ids = { organisationId: "question-organisation", taskId: "question-task", body: "question-body" };
  const form = useCompetitionForm(
    competitionWords(t),
    questionFormSchema,
    { organisationId: organisations[0]?.value ?? "", taskId: "", body: "" },
    ids,
    (values) => askQuestionAction({ ...values, competitionId }),
  );
  return (
    <form onSubmit={form.submit} noValidate className="mt-4 max-w-2xl">
      <FormStatus {...form.status} saved={form.status.saved && t("asked")} />
      <FormField id={ids.organisationId} label={t("organisation")} error={form.message("organisationId")}>
        {(props) => (
          <select
            {...props}
            value={form.values.organisationId}
            onChange={(e) => form.set("organisationId", e.target.value)}
            className={inputClassName}
          >
            {organisations.map((o) => (
              <option key={o.value} value={o.value} lang="pl">
                {o.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {tasks.length > 1 && (
        <FormField id={ids.taskId} label={t("task")} error={form.message("taskId")}>
          {(props) => (
            <select
              {...props}
              value={form.values.taskId}
              onChange={(e) => form.set("taskId", e.target.value)}
              className={inputClassName}
            >
              <option value="">{t("wholeCompetition")}</option>
              {tasks.map((task) => (
                <option key={task.value} value={task.value} lang="pl">
                  {task.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id={ids.body} label={t("body")} hint={t("bodyHint")} error={form.message("body")} required>
        {(props) => (
          <textarea
            {...props}
            rows={6}
            maxLength={MAX_QUESTION}
            value={form.values.body}
            onChange={(e) => form.set("body", e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <Button type="submit" busy={form.pending}>
        {t("ask")}
      </Button>
    </form>
  );
}

/**
 * The official's answer to one waiting question, or its refusal with a reason, side by side. The
 * question's wording (`body`, the asker's) may be edited before it is published with the answer, to
 * remove what identifies the asker (equal treatment); the asker's own text is kept.
 */
export function DecideQuestionForms({ questionId, body }: { questionId: string; body: string }) {
  const t = useTranslations("competitions.questions");
  const answerIds = { body: `wording-${questionId}`, answer: `answer-${questionId}` };
  const declineIds = { reason: `decline-${questionId}` };
  const answer = useCompetitionForm(competitionWords(t), answerFormSchema, { body, answer: "" }, answerIds, (values) =>
    answerQuestionAction({ ...values, questionId }),
  );
  const decline = useCompetitionForm(competitionWords(t), declineFormSchema, { reason: "" }, declineIds, (values) =>
    declineQuestionAction({ ...values, questionId }),
  );
  return (
    <div className="mt-3 grid gap-4 lg:grid-cols-2">
      <form onSubmit={answer.submit} noValidate>
        <FormStatus {...answer.status} saved={answer.status.saved && t("answered")} />
        <FormField
          id={answerIds.body}
          label={t("publishedWording")}
          hint={t("publishedWordingHint")}
          error={answer.message("body")}
          required
        >
          {(props) => (
            <textarea
              {...props}
              rows={4}
              maxLength={MAX_QUESTION}
              value={answer.values.body}
              onChange={(e) => answer.set("body", e.target.value)}
              className={inputClassName}
            />
          )}
        </FormField>
        <FormField
          id={answerIds.answer}
          label={t("answer")}
          hint={t("answerHint")}
          error={answer.message("answer")}
          required
        >
          {(props) => (
            <textarea
              {...props}
              rows={5}
              maxLength={MAX_ANSWER}
              value={answer.values.answer}
              onChange={(e) => answer.set("answer", e.target.value)}
              className={inputClassName}
            />
          )}
        </FormField>
        <Button type="submit" busy={answer.pending}>
          {t("publishAnswer")}
        </Button>
      </form>
      <form onSubmit={decline.submit} noValidate>
        <FormStatus {...decline.status} saved={decline.status.saved && t("declined")} />
        <FormField id={declineIds.reason} label={t("declineReason")} error={decline.message("reason")} required>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              maxLength={MAX_DECLINE_REASON}
              value={decline.values.reason}
              onChange={(e) => decline.set("reason", e.target.value)}
              className={inputClassName}
            />
          )}
        </FormField>
        <Button type="submit" variant="secondary" busy={decline.pending}>
          {t("decline")}
        </Button>
      </form>
    </div>
  );
}
