import { useFormatter, useLocale, useTranslations } from "next-intl";
import { day, percent } from "@/components/competitions/public/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { CompetitionPageView } from "@/lib/competitions/page-view";
import type { Locale } from "@/lib/i18n/locales";
import { formatPln } from "@/lib/offers/calc/money";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { renderMarkdown } from "@/lib/text/markdown";

/**
 * The kinds of task, each with its own pool, form and limits (a task's own
 * limits override the competition's), and the tasks of the same kind funded
 * this and last year with their costs and grants (art. 13 ust. 2 pkt 1, 2, 7).
 */
export function CompetitionTasks({ competition }: { competition: CompetitionPageView }) {
  const t = useTranslations("competitions.page");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const pln = (grosze: number) => formatPln(grosze, locale);
  return (
    <section aria-labelledby="tasks-heading" className="mt-8 max-w-4xl">
      <h2 id="tasks-heading" className="text-2xl font-bold">
        {t("tasks")}
      </h2>
      <p className="mt-2">{t("totalPool", { amount: pln(competition.totalPool) })}</p>
      <ol className="mt-4 space-y-6">
        {competition.tasks.map((task) => {
          const minGrant = task.minGrant ?? competition.minGrant;
          const maxGrant = task.maxGrant ?? competition.maxGrant;
          const ownBp = task.minOwnContributionBp ?? competition.minOwnContributionBp;
          const adminBp = task.maxAdminCostBp ?? competition.maxAdminCostBp;
          return (
            <li key={task.id} className="rounded border-2 border-slate-300 p-4">
              <h3 className="text-xl font-bold break-words" lang="pl">
                {t("taskNumber", { number: task.number })} {task.kindName}
              </h3>
              {task.description && (
                <div
                  className="prose-user mt-2 space-y-2"
                  lang="pl"
                  dangerouslySetInnerHTML={{ __html: renderMarkdown(task.description, 4) }}
                />
              )}
              <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("taskSphere")}</dt>
                <dd>
                  {task.sphere.code}. {sphereName(task.sphere, locale)}
                </dd>
                <dt className="font-semibold">{t("taskForm")}</dt>
                <dd>{t(`taskForms.${task.form}`)}</dd>
                <dt className="font-semibold">{t("taskPool")}</dt>
                <dd>{pln(task.pool)}</dd>
                {(minGrant !== null || maxGrant !== null) && (
                  <>
                    <dt className="font-semibold">{t("taskGrant")}</dt>
                    <dd>
                      {minGrant !== null && maxGrant !== null
                        ? t("grantRange", { min: pln(minGrant), max: pln(maxGrant) })
                        : minGrant !== null
                          ? t("grantFrom", { min: pln(minGrant) })
                          : t("grantUpTo", { max: pln(maxGrant!) })}
                    </dd>
                  </>
                )}
                {ownBp !== null && task.form === "SUPPORT" && (
                  <>
                    <dt className="font-semibold">{t("minOwnContribution")}</dt>
                    <dd>{percent(format, ownBp)}</dd>
                  </>
                )}
                {adminBp !== null && (
                  <>
                    <dt className="font-semibold">{t("maxAdminCost")}</dt>
                    <dd>{t(`adminCapBase.${competition.adminCapBase}`, { share: percent(format, adminBp) })}</dd>
                  </>
                )}
                {task.startsOn && task.endsOn && (
                  <>
                    <dt className="font-semibold">{t("taskDates")}</dt>
                    <dd>
                      {day(format, task.startsOn)} – {day(format, task.endsOn)}
                    </dd>
                  </>
                )}
              </dl>
              {task.history.length > 0 ? (
                <Table caption={t("historyCaption", { number: task.number })}>
                  <thead>
                    <tr>
                      <Th>{t("historyYear")}</Th>
                      <Th>{t("historyLabel")}</Th>
                      <Th>{t("historyCosts")}</Th>
                      <Th>{t("historyGrants")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {task.history.map((row) => (
                      <tr key={row.id}>
                        <Td>{row.year}</Td>
                        <Td>
                          <span lang="pl">{row.label}</span>
                          {row.computed && <span className="block text-sm">{t("historyComputed")}</span>}
                        </Td>
                        <Td>{pln(row.costs)}</Td>
                        <Td>{pln(row.grants)}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : (
                <p className="mt-3 text-slate-800">{t("historyNone")}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
