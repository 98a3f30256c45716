import { getTranslations } from "next-intl/server";
import { inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

/**
 * The forum's search box: a plain GET form, so it works before any script
 * loads. `framed`: drawn as the other lists' search forms are, in the search
 * page's filter column (components/search/results-with-filters.tsx), where
 * the field is named differently from the page's h1 ("Szukaj na forum"), not
 * the same words twice in a row.
 */
export async function ForumSearchForm({
  locale,
  q = "",
  framed = false,
}: {
  locale: Locale;
  q?: string;
  framed?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "forum.search" });
  return (
    <form
      method="get"
      action={getPathname({ href: "/forum/search", locale })}
      role="search"
      aria-label={t("label")}
      className={`flex flex-wrap items-end gap-3 ${framed ? "rounded border-2 border-slate-300 p-4" : "mt-4"}`}
    >
      <div>
        <label htmlFor="forum-q" className="block font-semibold">
          {t(framed ? "framedLabel" : "label")}
        </label>
        <p id="forum-q-hint" className="text-slate-700">
          {t("hint")}
        </p>
        <input
          id="forum-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          aria-describedby="forum-q-hint"
          className={`${inputClassName} mt-1`}
        />
      </div>
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}
