import { getFormatter, getTranslations } from "next-intl/server";
import { longDateTime } from "@/lib/i18n/date-time";

const base = (offerId: string, number: number) => `/api/offers/${offerId}/versions/${number}`;

/**
 * A submitted version's identity (its checksum, in full and short) and its two
 * PDFs, as plain links; and, when given (the office's page), the attachments
 * it was submitted with.
 */
export async function VersionDownloads({
  offerId,
  version,
  attachments,
}: {
  offerId: string;
  version: { number: number; checksum: string; shortChecksum: string; submittedAt: Date };
  attachments?: readonly { id: string; title: string; fileName: string }[];
}) {
  const t = await getTranslations("offerSubmission.confirmation");
  const format = await getFormatter();
  return (
    <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">{t("version")}</dt>
      <dd>{t("versionValue", { number: version.number, time: longDateTime(format, version.submittedAt) })}</dd>
      <dt className="font-semibold">{t("shortChecksum")}</dt>
      <dd>
        <code className="text-lg">{version.shortChecksum}</code>
      </dd>
      <dt className="font-semibold">{t("checksum")}</dt>
      <dd>
        <code className="break-all">{version.checksum}</code>
      </dd>
      <dt className="font-semibold">{t("downloads")}</dt>
      <dd className="flex flex-wrap gap-4">
        <a href={`${base(offerId, version.number)}/pdf`}>{t("offerPdf", { number: version.number })}</a>
        <a href={`${base(offerId, version.number)}/confirmation`}>{t("confirmationPdf")}</a>
      </dd>
      {attachments && attachments.length > 0 && (
        <>
          <dt className="font-semibold">{t("attachments")}</dt>
          <dd>
            <ul className="space-y-1">
              {attachments.map((attachment) => (
                <li key={attachment.id}>
                  <a href={`/api/offers/${offerId}/attachments/${attachment.id}`}>
                    {`${attachment.title} (${attachment.fileName})`}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
