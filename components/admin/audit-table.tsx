import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { listAuditEvents } from "@/lib/audit/queries";

type Events = Awaited<ReturnType<typeof listAuditEvents>>["events"];

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
            <Td>{t.has(`actions.${event.action}` as never) ? t(`actions.${event.action}` as never) : event.action}</Td>
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
