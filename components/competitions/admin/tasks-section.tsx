import { useFormatter, useTranslations } from "next-intl";
import { HistoryRowForm } from "@/components/competitions/admin/history-row-form";
import { RemoveButton } from "@/components/competitions/admin/remove-button";
import { TaskForm } from "@/components/competitions/admin/task-form";
import { Table, Td, Th } from "@/components/ui/table";
import { removeHistoryRowAction, removeTaskAction } from "@/lib/competitions/actions";
import { amountText } from "@/lib/competitions/amount-text";
import { taskDefaults } from "@/lib/competitions/edit-view";
import type { AnnouncementRecord } from "@/lib/competitions/queries";

/** The draft's tasks, each with its form and its pkt 7 rows, then the form for a new task. */
export function TasksSection({
  competition,
  spheres,
  years,
}: {
  competition: AnnouncementRecord;
  spheres: { id: string; label: string }[];
  years: [number, number];
}) {
  const t = useTranslations("competitionsAdmin");
  const format = useFormatter();
  const pln = (grosze: bigint) => format.number(Number(grosze) / 100, { style: "currency", currency: "PLN" });
  const competitionId = competition.id;
  return (
    <section aria-labelledby="tasks" className="mt-10">
      <h2 id="tasks" className="text-2xl font-bold" tabIndex={-1}>
        {t("tasksHeading")}
      </h2>
      <p className="mt-2 max-w-3xl">{t("tasksIntro")}</p>
      {competition.tasks.length === 0 && <p className="mt-3">{t("noTasks")}</p>}
      {competition.tasks.map((task) => (
        <article key={task.id} aria-labelledby={`task-${task.id}`} className="mt-6 border-2 border-slate-700 p-4">
          <h3 id={`task-${task.id}`} className="text-xl font-bold">
            {t("taskHeading", { number: task.number, kind: task.kindName })}
          </h3>
          <TaskForm
            competitionId={competitionId}
            taskId={task.id}
            defaultValues={taskDefaults(task, 0)}
            spheres={spheres}
          />
          <div className="mt-3">
            <RemoveButton
              remove={removeTaskAction.bind(null, { competitionId, taskId: task.id })}
              what={t("taskHeading", { number: task.number, kind: task.kindName })}
            />
          </div>
          <h4 className="mt-6 text-lg font-bold">{t("historyHeading", { years: `${years[1]}–${years[0]}` })}</h4>
          <p className="mt-1 max-w-3xl">{t("historyIntro")}</p>
          {task.history.length === 0 ? (
            <p className="mt-2">{t("historyNone")}</p>
          ) : (
            <Table caption={t("historyHeading", { years: `${years[1]}–${years[0]}` })}>
              <thead>
                <tr>
                  <Th>{t("historyFields.year")}</Th>
                  <Th>{t("historyFields.label")}</Th>
                  <Th>{t("historyFields.costs")}</Th>
                  <Th>{t("historyFields.grants")}</Th>
                  <Th>{t("state")}</Th>
                </tr>
              </thead>
              <tbody>
                {task.history.map((row) => (
                  <tr key={row.id}>
                    <Td>{row.year}</Td>
                    <Th scope="row">{row.label}</Th>
                    <Td>{pln(row.costs)}</Td>
                    <Td>{pln(row.grants)}</Td>
                    <Td>{row.computed ? t("historyComputed") : t("historyEdited")}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {task.history.map((row) => (
            <div key={row.id} className="mt-2">
              <HistoryRowForm
                competitionId={competitionId}
                taskId={task.id}
                rowId={row.id}
                defaultValues={{
                  year: String(row.year),
                  label: row.label,
                  costs: amountText(row.costs),
                  grants: amountText(row.grants),
                }}
              />
              <RemoveButton
                remove={removeHistoryRowAction.bind(null, { competitionId, rowId: row.id })}
                what={`${row.year} ${row.label}`}
              />
            </div>
          ))}
          <HistoryRowForm
            key={`new-${task.history.length}`}
            competitionId={competitionId}
            taskId={task.id}
            defaultValues={{ year: String(years[1]), label: task.kindName, costs: "", grants: "" }}
          />
        </article>
      ))}
      <section aria-labelledby="new-task" className="mt-6 border-2 border-dashed border-slate-700 p-4">
        <h3 id="new-task" className="text-xl font-bold">
          {t("addTaskHeading")}
        </h3>
        {/* A fresh form (with the next number) once the added task is on the page. */}
        <TaskForm
          key={competition.tasks.length}
          competitionId={competitionId}
          defaultValues={taskDefaults(null, competition.tasks.length + 1)}
          spheres={spheres}
        />
      </section>
    </section>
  );
}
