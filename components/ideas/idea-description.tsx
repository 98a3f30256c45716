import { useFormatter, useTranslations } from "next-intl";
import type { IdeaPageView } from "@/lib/ideas/page-view";

/** The description as written (sanitised Markdown with the entry's own pictures), and a task proposal's fields. */
export function IdeaDescription({ view }: { view: IdeaPageView }) {
  const t = useTranslations("ideas");
  const format = useFormatter();
  return (
    <>
      <section aria-labelledby="idea-description-heading" className="mt-6">
        <h2 id="idea-description-heading" className="text-2xl font-bold">
          {t("description")}
        </h2>
        <div
          className="prose-user mt-2 max-w-3xl space-y-4 break-words"
          lang="pl"
          dangerouslySetInnerHTML={{ __html: view.bodyHtml }}
        />
      </section>
      {view.task && (
        <section aria-labelledby="idea-task-heading" className="mt-6 max-w-3xl rounded border-2 border-slate-300 p-4">
          <h2 id="idea-task-heading" className="text-2xl font-bold">
            {t("task.heading")}
          </h2>
          <p className="mt-1 text-slate-800">{t("task.law")}</p>
          <dl className="mt-3 space-y-3">
            {(
              [
                ["scope", view.task.scope],
                ["placeAndTime", view.task.placeAndTime],
                ["expectedResults", view.task.expectedResults],
              ] as const
            ).map(([field, value]) => (
              <div key={field}>
                <dt className="font-semibold">{t(`task.${field}`)}</dt>
                <dd className="break-words whitespace-pre-line" lang="pl">
                  {value}
                </dd>
              </div>
            ))}
            <div>
              <dt className="font-semibold">{t("task.estimatedCost")}</dt>
              <dd>
                {view.task.estimatedCost !== null &&
                  format.number(view.task.estimatedCost, { style: "currency", currency: "PLN" })}
              </dd>
            </div>
          </dl>
        </section>
      )}
    </>
  );
}
