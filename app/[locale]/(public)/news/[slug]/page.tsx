import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { authorName } from "@/components/news/article-list";
import { TopicChips } from "@/components/forms/topic-chips";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { pageTitle, platformName, resolveLocale } from "@/lib/i18n/metadata";
import { mayWriteFor } from "@/lib/news/authors";
import { newsImagePath, renderArticleBody } from "@/lib/news/body";
import { articleBySlug, type NewsArticleView } from "@/lib/news/queries";
import { articleSocialMetadata, articleStructuredData } from "@/lib/news/structured-data";
import { isPublic } from "@/lib/news/workflow";
import { jsonForScript } from "@/lib/organisations/structured-data";
import { IdeaOrigins } from "@/components/ideas/outcomes/idea-origins";
import { ideasLeadingTo } from "@/lib/ideas/outcomes/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The article as this viewer may see it: everyone once public; before, its writers and the moderators. */
async function visibleArticle(slug: string): Promise<{ article: NewsArticleView; preview: boolean } | null> {
  const article = await articleBySlug(slug);
  if (!article) return null;
  if (isPublic(article, new Date())) return { article, preview: false };
  const user = await getCurrentUser();
  if (user && (can(user, "content.moderate") || (await mayWriteFor(user, article)))) return { article, preview: true };
  return null;
}

async function parts(article: NewsArticleView, locale: Locale) {
  const publisher = await platformName(locale);
  return {
    url: new URL(
      getPathname({ href: { pathname: "/news/[slug]", params: { slug: article.slug } }, locale }),
      env().APP_URL,
    ).toString(),
    origin: env().APP_URL,
    author: authorName(article, publisher),
    authorIsInstitution: article.institution !== null,
    publisher,
    locale,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const visible = await visibleArticle((await params).slug);
  if (!visible) return {};
  const social = visible.preview ? {} : articleSocialMetadata(visible.article, await parts(visible.article, locale));
  return {
    ...(await pageTitle(locale, visible.article.title, "news")),
    ...social,
    ...(visible.preview ? { robots: { index: false } } : {}),
  };
}

export default async function NewsArticlePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const visible = await visibleArticle((await params).slug);
  if (!visible) notFound();
  const { article, preview } = visible;
  const [t, format, info] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    parts(article, locale),
  ]);
  const scheduled = article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt > new Date();
  return (
    <article>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("news.title"), href: "/news" },
          { label: article.title },
        ]}
      />
      {preview && (
        <Alert tone="info">
          {scheduled
            ? t("newsArticle.previewScheduled", {
                date: format.dateTime(article.publishedAt!, { dateStyle: "long", timeStyle: "short" }),
              })
            : t("newsArticle.preview", { status: t(`news.statuses.${article.status}`) })}
        </Alert>
      )}
      {!preview && (
        <script
          // A data block: never run, so outside script-src and needing no nonce or hash.
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonForScript(articleStructuredData(article, info)) }}
        />
      )}
      <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{t(`news.kinds.${article.kind}`)}</p>
      <h1 className="mt-1 text-3xl font-bold" lang="pl">
        {article.title}
      </h1>
      <PolishContentNotice kind="article" />
      <p className="mt-2 text-slate-800">
        {article.publishedAt && (
          <time dateTime={article.publishedAt.toISOString()}>
            {format.dateTime(article.publishedAt, { dateStyle: "long", timeStyle: "short" })}
          </time>
        )}
        {" · "}
        {article.organisation ? (
          <Link
            href={{ pathname: "/organisations/[slug]", params: { slug: article.organisation.slug } }}
            className="underline"
          >
            {info.author}
          </Link>
        ) : article.institution ? (
          <Link
            href={{ pathname: "/institutions/[slug]", params: { slug: article.institution.slug } }}
            className="underline"
          >
            {info.author}
          </Link>
        ) : (
          info.author
        )}
      </p>
      <p className="mt-4 max-w-3xl text-lg font-semibold" lang="pl">
        {article.lead}
      </p>
      {article.coverImage && (
        // eslint-disable-next-line @next/next/no-img-element -- the platform's own re-encoded picture, served by its route
        <img
          src={newsImagePath(article.coverImage.id)}
          alt={article.coverImage.alt}
          width={article.coverImage.width}
          height={article.coverImage.height}
          className="mt-4 h-auto max-w-full rounded"
        />
      )}
      {article.eventStartsAt && (
        <section aria-labelledby="news-event-heading" className="mt-4 max-w-3xl rounded border-2 border-slate-300 p-4">
          <h2 id="news-event-heading" className="text-xl font-bold">
            {t("newsArticle.eventHeading")}
          </h2>
          <p className="mt-1">
            {article.eventEndsAt
              ? format.dateTimeRange(article.eventStartsAt, article.eventEndsAt, {
                  dateStyle: "long",
                  timeStyle: "short",
                })
              : format.dateTime(article.eventStartsAt, { dateStyle: "long", timeStyle: "short" })}
          </p>
          {article.eventPlace && <p className="mt-1">{article.eventPlace}</p>}
        </section>
      )}
      <div
        className="prose-user mt-6 max-w-3xl space-y-4"
        lang="pl"
        dangerouslySetInnerHTML={{ __html: renderArticleBody(article.body, article.images) }}
      />
      {article.attachments.length > 0 && (
        <section aria-labelledby="news-attachments-heading" className="mt-8">
          <h2 id="news-attachments-heading" className="text-2xl font-bold">
            {t("newsArticle.attachments")}
          </h2>
          <ul className="mt-2 space-y-1">
            {article.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a href={`/api/news/${article.id}/attachments/${attachment.id}`} className="underline">
                  {attachment.title}
                </a>{" "}
                <span className="text-slate-700">
                  ({attachment.file.kind.toUpperCase()},{" "}
                  {format.number(attachment.file.size / 1024, { maximumFractionDigits: 0 })} KB)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!preview && <IdeaOrigins ideas={await ideasLeadingTo({ newsArticleId: article.id })} />}
      <TopicChips
        list="/news"
        spheres={article.spheres.map((s) => s.sphere)}
        territories={article.territories.map((t) => t.territory)}
      />
    </article>
  );
}
