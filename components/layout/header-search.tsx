import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The header's search box: a plain GET form opening the results page of the
 * one search (/szukaj?q=…), so it works without JavaScript. Below 1024 px it
 * is a full-width row of its own under the name and the menu button (above the
 * language and account, as it comes in the focus order). From 1024 px
 * the header's one row has no room for a field (its areas were fitted to the
 * width with German's longest labels; the container stops growing at 1280
 * px), so there only the magnifier shows: it submits the form without a
 * query, which opens the results page at its own search field. The label is
 * heard, not shown; the button is named by its hidden text. Both controls are
 * at least 32 px high (WCAG 2.5.8 asks 24).
 */
export function HeaderSearch() {
  const t = useTranslations("globalSearch");
  const locale = useLocale() as Locale;
  return (
    <form
      action={getPathname({ href: "/search", locale })}
      role="search"
      aria-label={t("boxLabel")}
      className="flex basis-full items-center lg:flex-none lg:basis-auto"
    >
      <label htmlFor="header-search-q" className="sr-only">
        {t("boxLabel")}
      </label>
      <input
        id="header-search-q"
        name="q"
        type="search"
        maxLength={200}
        className="min-h-8 w-full min-w-0 rounded-l border-2 border-r-0 border-slate-600 px-2 text-sm lg:hidden"
      />
      <button
        type="submit"
        className="inline-flex min-h-8 min-w-8 items-center justify-center rounded-r border-2 border-blue-800 bg-blue-800 px-2 text-white hover:bg-blue-900 lg:rounded"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        <span className="sr-only">{t("boxSubmit")}</span>
      </button>
    </form>
  );
}
