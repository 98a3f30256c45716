import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NewsModerationList, type ModeratedArticle } from "@/components/news/moderation-queue";
import { NewsModerationSetting } from "@/components/news/moderation-setting";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/redirects";
import { queueFiltersFrom } from "@/lib/moderation/queue";
import { platformName, resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { newsModerationQueue, type QueuedArticle } from "@/lib/news/queries";
import { newsModerationMode } from "@/lib/news/mutations";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("newsModeration", "administration");

/** The moderators' news: what waits for approval, what to review after publication, and the latest to feature or take down. */
export default async function NewsModerationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "content.moderate");
  const [t, queue, mode, platform] = await Promise.all([
    getTranslations({ locale }),
    newsModerationQueue(queueFiltersFrom(await searchParams)),
    newsModerationMode(),
    platformName(locale),
  ]);
  const now = new Date();
  const view = (article: QueuedArticle): ModeratedArticle => ({
    id: article.id,
    shown: article.version,
    slug: article.slug,
    title: article.title,
    lead: article.lead,
    author: article.organisation?.name ?? article.institution?.officeName ?? article.institution?.name ?? platform,
    writer: article.author?.name ?? null,
    date:
      article.status === "PENDING"
        ? article.submittedAt
        : article.changeStatus === "PENDING"
          ? article.changeSubmittedAt
          : article.publishedAt,
    // A change to a published article: shown in full, as it would replace the public state.
    change: article.change,
    publishAt: article.publishAt,
    scheduledFor:
      article.status === "PUBLISHED" && article.publishedAt && article.publishedAt > now ? article.publishedAt : null,
    featured: article.featuredAt !== null,
  });
  const section = (key: "pending" | "toReview" | "published", items: QueuedArticle[]) => (
    <section aria-labelledby={`news-${key}-heading`} className="mt-8">
      <h2 id={`news-${key}-heading`} className="text-2xl font-bold">
        {t(`newsModeration.sections.${key}`, { count: items.length })}
      </h2>
      <NewsModerationList section={key} items={items.map(view)} empty={t(`newsModeration.empty.${key}`)} />
    </section>
  );
  return (
    <ClientMessages
      namespaces={[
        "attachments",
        "errors",
        "forms.errors",
        "news.kinds",
        "newsModeration",
        "newsPublication.scheduledFor",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("newsModeration.title") }]} />
        <h1 className="text-3xl font-bold">{t("newsModeration.title")}</h1>
        <p className="mt-4 max-w-3xl">{t(mode === "PRE" ? "newsModeration.introPre" : "newsModeration.introPost")}</p>
        {can(user, "news.configure") && <NewsModerationSetting mode={mode} />}
        {section("pending", queue.pending)}
        {(mode === "POST" || queue.toReview.length > 0) && section("toReview", queue.toReview)}
        {section("published", queue.published)}
      </>
    </ClientMessages>
  );
}
