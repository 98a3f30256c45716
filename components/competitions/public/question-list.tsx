import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { longDateTime } from "@/lib/i18n/date-time";

type Question = {
  id: string;
  body: string;
  answer?: string | null;
  answeredAt?: Date | null;
  createdAt: Date;
  task: { number: string; kindName: string } | null;
  organisation?: { name: string } | null;
  status?: string;
  declineReason?: string | null;
  /** The asker's own text, when the office published an edited wording (shown to the asker only). */
  originalBody?: string | null;
};

/** Questions as a list: the task they concern, the question, and its answer or decline reason when there is one. */
export function QuestionList({
  questions,
  showOrganisation = false,
  children,
}: {
  questions: Question[];
  showOrganisation?: boolean;
  /** Per question, what follows it (the official's answer forms). */
  children?: (id: string) => ReactNode;
}) {
  const t = useTranslations("competitions.questions");
  const format = useFormatter();
  return (
    <ol className="mt-4 space-y-4">
      {questions.map((q) => (
        <li key={q.id} id={`question-${q.id}`} className="rounded border-2 border-slate-300 p-4">
          <p className="text-sm text-slate-800">
            {q.task ? t("aboutTask", { number: q.task.number }) : t("aboutCompetition")}
            {" · "}
            {t("askedAt", { when: longDateTime(format, q.createdAt) })}
            {showOrganisation && q.organisation && (
              <>
                {" · "}
                <span lang="pl">{q.organisation.name}</span>
              </>
            )}
          </p>
          <h3 className="mt-2 font-semibold">{t("question")}</h3>
          <p className="break-words whitespace-pre-line" lang="pl">
            {q.body}
          </p>
          {q.originalBody && (
            <>
              <h3 className="mt-3 font-semibold">{t("yourWording")}</h3>
              <p className="break-words whitespace-pre-line" lang="pl">
                {q.originalBody}
              </p>
            </>
          )}
          {q.answer && (
            <>
              <h3 className="mt-3 font-semibold">
                {t("answerOf", { when: q.answeredAt ? longDateTime(format, q.answeredAt) : "" })}
              </h3>
              <p className="break-words whitespace-pre-line" lang="pl">
                {q.answer}
              </p>
            </>
          )}
          {q.status === "PENDING" && <p className="mt-2 font-semibold">{t("pending")}</p>}
          {q.status === "DECLINED" && (
            <p className="mt-2">
              <strong>{t("declinedBecause")}</strong> <span lang="pl">{q.declineReason}</span>
            </p>
          )}
          {children?.(q.id)}
        </li>
      ))}
    </ol>
  );
}
