import { useTranslations } from "next-intl";

/** RSS and Atom links of the open requests, narrowed as the list is (`query`: the filters' query string, or ""). */
export function PartnerRequestFeedLinks({ query, locale }: { query: string; locale: string }) {
  const t = useTranslations("partnerRequestFeeds");
  const localeParam = `${query ? "&" : "?"}locale=${locale}`;
  return (
    <p className="mt-4 flex flex-wrap gap-x-4">
      <span>{query ? t("linksNarrowed") : t("links")}</span>
      <a href={`/api/partnerships/rss${query}${localeParam}`} className="underline">
        {t("rss")}
      </a>
      <a href={`/api/partnerships/atom${query}${localeParam}`} className="underline">
        {t("atom")}
      </a>
    </p>
  );
}
