import { useTranslations } from "next-intl";
import { directoryQuery, type DirectoryFilters } from "@/lib/directory/filters";
import type { ActiveFilter } from "@/lib/directory/labels";

/** The chosen criteria, each a link that removes it, and one that clears them all. */
export function ActiveFilters({
  path,
  filters,
  active,
}: {
  path: string;
  filters: DirectoryFilters;
  active: ActiveFilter[];
}) {
  const t = useTranslations("directory");
  if (active.length === 0) return null;
  return (
    <nav aria-labelledby="active-filters-heading" className="my-4">
      <h2 id="active-filters-heading" className="text-base font-semibold">
        {t("activeFilters")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {active.map(({ key, label }) => (
          <li key={key}>
            <a
              href={`${path}${directoryQuery(filters, { [key]: undefined })}`}
              aria-label={t("removeFilter", { label })}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border-2 border-blue-800 px-3 no-underline hover:bg-blue-50"
            >
              {label}
              <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        <li>
          <a href={path} className="inline-flex min-h-11 items-center px-3">
            {t("clear")}
          </a>
        </li>
      </ul>
    </nav>
  );
}
