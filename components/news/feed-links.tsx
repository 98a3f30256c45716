import { useTranslations } from "next-intl";

/** RSS and Atom links of the news, narrowed as the page is (`query` without search words or page). */
export function FeedLinks({ query, locale, narrowed }: { query: string; locale: string; narrowed: boolean }) {
  const t = useTranslations("news.feeds");
  const localeParam = `${query ? "&" : "?"}locale=${locale}`;
  return (
    <p className="mt-2 flex flex-wrap gap-x-4">
      <span>{narrowed ? t("subscribeNarrowed") : t("subscribe")}</span>
      <a href={`/api/news/rss${query}${localeParam}`} className="underline">
        {t("rss")}
      </a>
      <a href={`/api/news/atom${query}${localeParam}`} className="underline">
        {t("atom")}
      </a>
    </p>
  );
}
