import { useFormatter, useTranslations } from "next-intl";
import { useWhen } from "@/components/consultations/use-when";
import type { ConsultationPageView } from "@/lib/consultations/page-view";

/** The published report (sprawozdanie) to download, as PDF and DOCX. */
export function ConsultationReportLinks({
  consultationId,
  report,
}: {
  consultationId: string;
  report: NonNullable<ConsultationPageView["report"]>;
}) {
  const t = useTranslations("consultationPage");
  const format = useFormatter();
  const when = useWhen();
  const kilobytes = (bytes: number) => format.number(bytes / 1024, { maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="report-heading" className="mt-8 max-w-3xl border-2 border-purple-800 p-4">
      <h2 id="report-heading" className="text-2xl font-bold">
        {t("reportHeading")}
      </h2>
      <p className="mt-2">{t("reportPublished", { when: when(report.publishedAt) })}</p>
      <p className="mt-2 flex flex-wrap gap-4">
        <a href={`/api/consultations/${consultationId}/report?format=pdf`} className="underline">
          {t("reportPdf", { size: kilobytes(report.pdfSize) })}
        </a>
        <a href={`/api/consultations/${consultationId}/report?format=docx`} className="underline">
          {t("reportDocx", { size: kilobytes(report.docxSize) })}
        </a>
      </p>
    </section>
  );
}
