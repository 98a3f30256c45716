import { useTranslations } from "next-intl";

/**
 * The office's entries as CSV or XLSX, on the office's page beside its
 * accountability figures; shown only to those who may export them (the
 * office's officials and the administrators: permission ideas.export).
 */
export function OfficeExportLinks({ institutionId, locale }: { institutionId: string; locale: string }) {
  const t = useTranslations("ideaDiscussion.export");
  const href = (format: "csv" | "xlsx") =>
    `/api/ideas/export?${new URLSearchParams({ institutionId, format, locale }).toString()}`;
  return (
    <section aria-labelledby="office-ideas-export-heading" className="mt-6">
      <h3 id="office-ideas-export-heading" className="text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mt-1">{t("officeHint")}</p>
      <p className="mt-2 flex flex-wrap gap-x-4">
        <a href={href("csv")} className="underline">
          {t("csv")}
        </a>
        <a href={href("xlsx")} className="underline">
          {t("xlsx")}
        </a>
      </p>
    </section>
  );
}
