import { getFormatter, getTranslations } from "next-intl/server";
import { longDateTime } from "@/lib/i18n/date-time";

/** The version a member reads (number, checksum) and its files, through the commission's routes (the gate again). */
export async function CommissionOfferFiles({
  competitionId,
  offerId,
  version,
  attachments,
}: {
  competitionId: string;
  offerId: string;
  version: { number: number; shortChecksum: string; submittedAt: Date };
  attachments: readonly { id: string; title: string; fileName: string }[];
}) {
  const t = await getTranslations("commission.offer");
  const format = await getFormatter();
  const base = `/api/commission/${competitionId}/offers/${offerId}`;
  return (
    <section aria-labelledby="files" className="mt-8">
      <h2 id="files" className="text-2xl font-semibold">
        {t("filesHeading")}
      </h2>
      <p className="mt-2">
        {t("version", {
          number: version.number,
          short: version.shortChecksum,
          time: longDateTime(format, version.submittedAt),
        })}
      </p>
      <ul className="mt-2 space-y-1">
        <li>
          <a href={`${base}/pdf`}>{t("pdf", { number: version.number })}</a>
        </li>
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <a href={`${base}/attachments/${attachment.id}`}>{`${attachment.title} (${attachment.fileName})`}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
