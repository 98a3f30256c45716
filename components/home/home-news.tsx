import { useTranslations } from "next-intl";
import { ArticleList } from "@/components/news/article-list";
import { Link } from "@/lib/i18n/navigation";
import type { NewsCard } from "@/lib/news/queries";

/** The home page's news: what the moderators feature, then the latest. */
export function HomeNews({
  featured,
  latest,
  platform,
}: {
  featured: NewsCard[];
  latest: NewsCard[];
  platform: string;
}) {
  const t = useTranslations("home");
  return (
    <section aria-labelledby="home-news-heading" className="mt-10">
      <h2 id="home-news-heading" className="text-2xl font-bold">
        {t("news")}
      </h2>
      {featured.length === 0 && latest.length === 0 ? (
        <p className="mt-2">{t("noNews")}</p>
      ) : (
        <>
          {featured.length > 0 && <ArticleList items={featured} platform={platform} featured />}
          {latest.length > 0 && <ArticleList items={latest} platform={platform} />}
        </>
      )}
      <p className="mt-4">
        <Link href="/news" className="underline">
          {t("allNews")}
        </Link>
      </p>
    </section>
  );
}
