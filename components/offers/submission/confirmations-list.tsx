import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { ConfirmationChannel, ConfirmationStatus } from "@/lib/generated/prisma/enums";
import { longDateTime } from "@/lib/i18n/date-time";

type Confirmation = {
  id: string;
  channel: ConfirmationChannel;
  status: ConfirmationStatus;
  receivedAt: Date;
  decisionReason: string | null;
  fileId: string | null;
  fileName: string | null;
};

/** The confirmations a version received, with their status and the office's reason for a rejection. */
export async function ConfirmationsList({
  offerId,
  number,
  confirmations,
}: {
  offerId: string;
  number: number;
  confirmations: Confirmation[];
}) {
  const t = await getTranslations("offerSubmission.confirmation");
  const format = await getFormatter();
  if (confirmations.length === 0) return <p className="mt-2">{t("noConfirmations", { number })}</p>;
  return (
    <Table caption={t("confirmationsCaption", { number })} stacked>
      <thead>
        <tr>
          <Th>{t("channel")}</Th>
          <Th>{t("received")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("file")}</Th>
        </tr>
      </thead>
      <tbody>
        {confirmations.map((c) => (
          <tr key={c.id}>
            <Td label={t("channel")}>{t(`channels.${c.channel}`)}</Td>
            <Td label={t("received")}>{longDateTime(format, c.receivedAt)}</Td>
            <Td label={t("status")}>
              {t(`statuses.${c.status}`)}
              {c.decisionReason && <span className="block">{t("reason", { reason: c.decisionReason })}</span>}
            </Td>
            <Td label={t("file")}>
              {c.fileId ? <a href={`/api/offers/${offerId}/confirmations/${c.id}`}>{c.fileName}</a> : "—"}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
