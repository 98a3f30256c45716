import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FilterDisclosure } from "@/components/search/filter-disclosure";
import type { FilterChips } from "@/lib/search/filter-chips";

/**
 * The one shape of the platform's lists: the search form in a side column and
 * the results beside it, so on a desktop the first results are in the first
 * screen. Below 1024 px the form sits above the results in a closed native
 * disclosure (no script: it opens by keyboard and works before any JavaScript
 * loads; components/search/filter-disclosure.tsx closes it on submit); from
 * 1024 px it is always shown (app/globals.css, .list-filters), after a link
 * that skips its fields to the results.
 * The results column starts with the count (a status region, announced when
 * next/form swaps in new results) and the active filters as removable chips.
 */
export function ResultsWithFilters({
  id,
  filters,
  count,
  chips,
  heading,
  open = false,
  children,
}: {
  /** Prefix of the frame's element ids, unique on the page. */
  id: string;
  /** The list's search form. */
  filters: ReactNode;
  /** "Znaleziono 12 organizacji", with the list's own plural forms; none before anything is searched. */
  count?: string;
  chips: FilterChips;
  /** A heading above the results, for lists whose items have headings of the next level. */
  heading?: string;
  /** Open on narrow screens too: for a search page with nothing searched yet, whose form is all there is. */
  open?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("search");
  const Results = heading ? "section" : "div";
  return (
    <div className="mt-6 lg:grid lg:grid-cols-[20rem_minmax(0,1fr)] lg:items-start lg:gap-8">
      <FilterDisclosure
        resultsId={`${id}-results`}
        open={open}
        summary={chips.chips.length > 0 ? t("filtersChosen", { count: chips.chips.length }) : t("filters")}
      >
        <div className="mt-3 lg:mt-0">
          {/* Beside the results (from 1024 px) the form's fields come first in the tab order: a way past them.
              Below, the form is closed in the disclosure above the results, which is the way past it. */}
          <a
            href={`#${id}-results`}
            className="sr-only focus:not-sr-only focus:mb-3 focus:inline-block focus:rounded focus:bg-white focus:p-3 focus:font-semibold max-lg:hidden"
          >
            {t("skipToResults")}
          </a>
          {filters}
        </div>
      </FilterDisclosure>
      {/* A link to #<id>-results (a map's marker) moves the focus here, not to the page's top. */}
      <Results
        id={`${id}-results`}
        tabIndex={-1}
        aria-labelledby={heading ? `${id}-results-heading` : undefined}
        className="mt-6 min-w-0 scroll-mt-4 lg:mt-0"
      >
        {heading && (
          <h2 id={`${id}-results-heading`} className="text-2xl font-bold">
            {heading}
          </h2>
        )}
        {count !== undefined && (
          <p role="status" className="font-semibold">
            {count}
          </p>
        )}
        <ActiveFilterChips chips={chips} />
        {children}
      </Results>
    </div>
  );
}

/** Each chosen filter as a link that removes it, and one that removes them all when there are several. */
function ActiveFilterChips({ chips: { chips, clearHref } }: { chips: FilterChips }) {
  const t = useTranslations("search");
  if (chips.length === 0) return null;
  return (
    <nav aria-label={t("activeFilters")} className="mt-2 mb-4">
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => {
          const label = chip.field ? t("chip", { field: chip.field, value: chip.value }) : chip.value;
          return (
            <li key={chip.key}>
              <a
                href={chip.href}
                aria-label={t("removeFilter", { label })}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border-2 border-blue-800 px-3 no-underline hover:bg-blue-50"
              >
                {label}
                <span aria-hidden="true">×</span>
              </a>
            </li>
          );
        })}
        {clearHref && (
          <li>
            <a href={clearHref} className="inline-flex min-h-11 items-center px-3">
              {t("clearAll")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
