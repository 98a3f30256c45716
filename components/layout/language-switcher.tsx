"use client";

import { useLocale, useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { useReducer, useSyncExternalStore } from "react";
import { useAppPathname } from "@/lib/i18n/current-pathname";
import { Link, runtimeHref } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/locales";

/**
 * Links to the current page in each language. Plain links: they work without
 * JavaScript, by keyboard, and each names its language in that language (with
 * its own `lang`, so screen readers pronounce it right). The code is shown, to
 * keep the header to one row, and the name is heard after it.
 *
 * The links keep the page's query (a search, the filters), so switching the
 * language shows the same results. The header is the same for everyone on
 * the cached pages, so the query is read in the browser (useSearchParams
 * would also make the static pages render on the client); without
 * JavaScript the links lead to the page without it.
 */
export function LanguageSwitcher() {
  const t = useTranslations();
  const current = useLocale();
  const pathname = useAppPathname();
  const params = useParams();
  const [query, reread] = useLocationQuery();
  return (
    <nav aria-label={t("layout.languageSwitcher")}>
      <ul className="flex gap-1">
        {locales.map((locale) => {
          const name = t(`languages.${locale}`);
          const isCurrent = locale === current;
          return (
            <li key={locale}>
              <Link
                // Pathnames with dynamic segments need their params to be rebuilt.
                href={runtimeHref({ pathname, params, query })}
                locale={locale}
                lang={locale}
                onFocus={reread}
                onPointerEnter={reread}
                hrefLang={locale}
                aria-current={isCurrent ? "true" : undefined}
                className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-sm font-semibold no-underline lg:min-w-0 lg:px-1.5 ${
                  isCurrent ? "bg-blue-800 text-white" : "text-blue-900 hover:underline"
                }`}
              >
                {locale.toUpperCase()}
                <span className="sr-only"> {name}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

/**
 * The address's query, as next-intl's href takes it (a repeated key as a
 * list); none on the server and before hydration. The router tells of a new
 * pathname (a re-render, which reads the query again) but not of a new query
 * on the same page (a filter form's results): `reread`, called as a link is
 * pointed at or focused, reads it again before the link is followed.
 */
function useLocationQuery(): [Record<string, string | string[]>, () => void] {
  const [, reread] = useReducer((count: number) => count + 1, 0);
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const known = query[key];
    query[key] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
  }
  return [query, reread];
}
