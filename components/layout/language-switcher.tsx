"use client";

import { useLocale, useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { useAppPathname } from "@/lib/i18n/current-pathname";
import { Link, runtimeHref } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/locales";

/**
 * Links to the current page in each language. Plain links: they work without
 * JavaScript, by keyboard, and each names its language in that language (with
 * its own `lang`, so screen readers pronounce it right). The code is shown, to
 * keep the header to one row, and the name is heard after it.
 */
export function LanguageSwitcher() {
  const t = useTranslations();
  const current = useLocale();
  const pathname = useAppPathname();
  const params = useParams();
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
                href={runtimeHref({ pathname, params })}
                locale={locale}
                lang={locale}
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
