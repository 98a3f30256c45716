import { useLocale, useTranslations } from "next-intl";
import { directoryQuery, type DirectoryFilters } from "@/lib/directory/filters";

/** Links to the current search as files, and to the open data API. */
export function DirectoryDownloads({ filters }: { filters: DirectoryFilters }) {
  const t = useTranslations("directory");
  const locale = useLocale();
  const query = directoryQuery(filters, { sort: filters.sort });
  const href = (format: "csv" | "xlsx") =>
    `/api/v1/organisations/export${query ? `${query}&` : "?"}format=${format}&locale=${locale}`;
  return (
    <section aria-labelledby="directory-downloads-heading" className="my-4 rounded border-2 border-slate-300 p-4">
      <h2 id="directory-downloads-heading" className="text-lg font-bold">
        {t("exportHeading")}
      </h2>
      <p className="text-sm text-slate-700">{t("exportHint")}</p>
      <ul className="mt-2 flex flex-wrap gap-4">
        <li>
          <a href={href("csv")} className="inline-flex min-h-11 items-center" download>
            {t("exportCsv")}
          </a>
        </li>
        <li>
          <a href={href("xlsx")} className="inline-flex min-h-11 items-center" download>
            {t("exportXlsx")}
          </a>
        </li>
        <li>
          <a href="/api/v1/openapi.json" className="inline-flex min-h-11 items-center">
            {t("apiLink")}
          </a>
        </li>
      </ul>
    </section>
  );
}
