import { useTranslations } from "next-intl";

/** Page numbers to show: the first, the last and two around the current one; null marks a gap. */
export function pageWindow(page: number, totalPages: number): (number | null)[] {
  const pages = new Set([1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages));
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) result.push(null);
    result.push(p);
  });
  return result;
}

/** Links to the pages of a list; `href(page)` builds each page's URL (query string included). */
export function Pagination({
  page,
  totalPages,
  href,
}: {
  page: number;
  totalPages: number;
  href: (page: number) => string;
}) {
  const t = useTranslations("ui");
  if (totalPages <= 1) return null;
  const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-slate-400 px-3";
  return (
    <nav aria-label={t("pagination")} className="my-6">
      <p className="sr-only">{t("pageOf", { page, total: totalPages })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev" className={linkClass}>
              <span aria-hidden="true">‹&nbsp;</span>
              {t("previousPage")}
            </a>
          </li>
        )}
        {pageWindow(page, totalPages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              <a
                href={href(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={p === page ? t("currentPage", { page: p }) : t("pageNumber", { page: p })}
                className={`${linkClass} ${p === page ? "bg-blue-800 font-semibold text-white" : ""}`}
              >
                {p}
              </a>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <a href={href(page + 1)} rel="next" className={linkClass}>
              {t("nextPage")}
              <span aria-hidden="true">&nbsp;›</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
