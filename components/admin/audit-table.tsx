import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { listAuditEvents } from "@/lib/audit/queries";
import { auditActions, type AuditAction } from "@/lib/audit/record";

type Events = Awaited<ReturnType<typeof listAuditEvents>>["events"];

/** Whether a stored action is one the log still names (older entries may carry retired ones). */
const isAuditAction = (action: string): action is AuditAction => (auditActions as readonly string[]).includes(action);

export function AuditTable({ events, total }: { events: Events; total: number }) {
  const t = useTranslations("auditLog");
  const format = useFormatter();
  if (events.length === 0) return <EmptyState title={t("empty")} hint={t("emptyHint")} />;
  return (
    <Table caption={t("caption", { total })}>
      <thead>
        <tr>
          <Th>{t("when")}</Th>
          <Th>{t("action")}</Th>
          <Th>{t("who")}</Th>
          <Th>{t("actingFor")}</Th>
          <Th>{t("ip")}</Th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <Td>
              <time dateTime={event.occurredAt.toISOString()}>
                {format.dateTime(event.occurredAt, { dateStyle: "short", timeStyle: "medium" })}
              </time>
            </Td>
            <Td>{isAuditAction(event.action) ? t(`actions.${event.action}`) : event.action}</Td>
            <Td>
              {!event.actor ? (
                t("nobody")
              ) : event.actor.deletedAt ? (
                t("deletedUser")
              ) : (
                <>
                  {event.actor.name}
                  <br />
                  <span className="text-sm text-slate-700">{event.actor.email}</span>
                </>
              )}
            </Td>
            <Td>{event.actingFor ?? "—"}</Td>
            <Td>{event.ipAddress ?? "—"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
