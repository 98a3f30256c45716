import { useTranslations } from "next-intl";

/** RSS and Atom links of the ideas board, narrowed as the list is (`query`: the filters' query string, or ""). */
export function IdeaFeedLinks({ query, locale }: { query: string; locale: string }) {
  const t = useTranslations("ideaDiscussion.feeds");
  const localeParam = `${query ? "&" : "?"}locale=${locale}`;
  return (
    <p className="mt-4 flex flex-wrap gap-x-4">
      <span>{query ? t("linksNarrowed") : t("links")}</span>
      <a href={`/api/ideas/rss${query}${localeParam}`} className="underline">
        {t("rss")}
      </a>
      <a href={`/api/ideas/atom${query}${localeParam}`} className="underline">
        {t("atom")}
      </a>
    </p>
  );
}
