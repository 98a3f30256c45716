import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** On an organisation's or an office's page: its news (and their feed) and its documents in the library. */
export function AuthorLinks({ param, id }: { param: "organisation" | "institution"; id: string }) {
  const t = useTranslations("news.authorLinks");
  const locale = useLocale();
  return (
    <p className="mt-6 flex flex-wrap gap-x-4 gap-y-1">
      <Link href={{ pathname: "/news", query: { [param]: id } }} className="underline">
        {t("news")}
      </Link>
      <a href={`/api/news/rss?${param}=${id}&locale=${locale}`} className="underline">
        {t("feed")}
      </a>
      <Link href={{ pathname: "/library", query: { [param]: id } }} className="underline">
        {t("library")}
      </Link>
    </p>
  );
}
