import { useFormatter, useTranslations } from "next-intl";
import { AnswerForm } from "@/components/ideas/answers/answer-form";
import { Link } from "@/lib/i18n/navigation";
import type { AnswersSectionView } from "@/lib/ideas/answers/queries";
import { renderMarkdown } from "@/lib/text/markdown";

/**
 * The addressee's answers on the entry page: where its clock stands (due,
 * overdue, the office must answer), each answer with its office, date, the
 * status it set and, for an acceptance, the plan; and the answer form for
 * those who may answer.
 */
export function AnswersSection({ view }: { view: AnswersSectionView }) {
  const t = useTranslations("ideaAnswers.answers");
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "Europe/Warsaw" });
  const clock = view.clock;
  return (
    <section aria-labelledby="idea-answers-heading" className="my-8">
      <h2 id="idea-answers-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {view.mustAnswer && (
        <p className="my-2 border-l-4 border-amber-700 bg-amber-50 p-3 font-semibold">
          {t("mustAnswer", { count: view.mustAnswerThreshold })}
        </p>
      )}
      {clock.kind === "running" && <p>{t("dueBy", { date: date(clock.dueAt) })}</p>}
      {clock.kind === "overdue" && (
        <p className="my-2 border-l-4 border-red-800 bg-red-50 p-3 font-semibold">
          {t("overdue", { date: date(clock.dueAt), days: clock.daysOver })}
        </p>
      )}
      {clock.kind === "answered" && !clock.onTime && <p>{t("answeredLate")}</p>}
      {view.answers.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ol className="mt-4 space-y-6">
          {view.answers.map((answer) => (
            <li key={answer.id} id={`answer-${answer.id}`} className="border-l-4 border-blue-800 pl-4">
              <p className="font-semibold">
                {answer.office ?? t("platform")}
                {", "}
                <time dateTime={answer.createdAt.toISOString()}>{date(answer.createdAt)}</time>
              </p>
              <p>
                {answer.fromStatus === answer.toStatus
                  ? t("furtherAnswerIn", { status: t(`statuses.${answer.toStatus}`) })
                  : t("change", { from: t(`statuses.${answer.fromStatus}`), to: t(`statuses.${answer.toStatus}`) })}
              </p>
              {answer.mergedInto && (
                <p>
                  {t("mergedInto")}{" "}
                  <Link href={{ pathname: "/ideas/[slug]", params: { slug: answer.mergedInto.slug } }}>
                    {answer.mergedInto.title}
                  </Link>
                </p>
              )}
              <div
                className="prose mt-2 max-w-none"
                // Sanitised by renderMarkdown (lib/text/markdown.ts).
                dangerouslySetInnerHTML={{ __html: renderMarkdown(answer.body, 4) }}
              />
              {answer.plannedAction && (
                <dl className="mt-2">
                  <dt className="font-semibold">{t("plannedAction")}</dt>
                  <dd>{answer.plannedAction}</dd>
                  {answer.plannedBy && (
                    <>
                      <dt className="font-semibold">{t("plannedBy")}</dt>
                      <dd>
                        <time dateTime={answer.plannedBy}>{date(new Date(`${answer.plannedBy}T12:00:00Z`))}</time>
                      </dd>
                    </>
                  )}
                </dl>
              )}
            </li>
          ))}
        </ol>
      )}
      {/* Keyed by what the form was written against, so a refreshed page starts a fresh form. */}
      {view.form && <AnswerForm key={`${view.form.status}-${view.answers.length}`} view={view.form} />}
    </section>
  );
}
