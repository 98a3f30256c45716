import { useFormatter, useTranslations } from "next-intl";
import type { ConsultationPageView } from "@/lib/consultations/page-view";

/** The consultation's documents to download, with their type and size. */
export function ConsultationAttachments({
  consultationId,
  attachments,
}: {
  consultationId: string;
  attachments: ConsultationPageView["attachments"];
}) {
  const t = useTranslations("attachments");
  const format = useFormatter();
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments-heading" className="mt-8 max-w-3xl">
      <h2 id="attachments-heading" className="text-2xl font-bold">
        {t("publicHeading")}
      </h2>
      <ul className="mt-2 space-y-1">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <a
              href={`/api/consultations/${consultationId}/attachments/${attachment.id}`}
              className="underline"
              download
            >
              {attachment.title}
            </a>{" "}
            <span className="text-slate-700">
              ({attachment.file.kind.toUpperCase()},{" "}
              {format.number(attachment.file.size / 1024, { maximumFractionDigits: 0 })} KB)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
