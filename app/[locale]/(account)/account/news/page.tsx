import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/redirects";
import { Link } from "@/lib/i18n/navigation";
import { platformName, resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { authorOptions } from "@/lib/news/authors";
import { listWritableArticles } from "@/lib/news/queries";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("newsAccount", "news");

/** The articles of everyone the person writes for, with where each stands. */
export default async function AccountNewsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "news.write");
  const [t, format, articles, authors, platform] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    listWritableArticles(user),
    authorOptions(user),
    platformName(locale),
  ]);
  const now = new Date();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("account.title"), href: "/account" },
          { label: t("newsAccount.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("newsAccount.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("newsAccount.intro")}</p>
      {authors.length === 0 ? (
        <p className="mt-4 max-w-3xl">{t("newsAccount.noAuthors")}</p>
      ) : (
        <p className="mt-4">
          <ButtonLink href="/account/news/new">{t("newsAccount.new")}</ButtonLink>
        </p>
      )}
      {articles.length === 0 ? (
        <EmptyState title={t("newsAccount.empty")} />
      ) : (
        <Table caption={t("newsAccount.tableCaption")}>
          <thead>
            <tr>
              <Th>{t("newsAccount.columns.title")}</Th>
              <Th>{t("newsAccount.columns.author")}</Th>
              <Th>{t("newsAccount.columns.status")}</Th>
              <Th>{t("newsAccount.columns.updated")}</Th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <Td>
                  <Link href={{ pathname: "/account/news/[id]", params: { id: article.id } }} className="underline">
                    {article.title}
                  </Link>
                </Td>
                <Td>
                  {article.organisation?.name ??
                    article.institution?.officeName ??
                    article.institution?.name ??
                    platform}
                </Td>
                <Td>
                  {article.status === "PUBLISHED" && article.publishedAt && article.publishedAt > now
                    ? t("newsPublication.scheduledFor", {
                        date: format.dateTime(article.publishedAt, { dateStyle: "medium", timeStyle: "short" }),
                      })
                    : t(`news.statuses.${article.status}`)}
                  {article.moderationNote && (article.status === "REJECTED" || article.status === "UNPUBLISHED") && (
                    <span className="block text-sm">{t("newsAccount.reason", { reason: article.moderationNote })}</span>
                  )}
                  {/* A change to a published article waits (or was refused) while the approved version stays public. */}
                  {article.changeStatus === "PENDING" && (
                    <span className="block text-sm font-semibold">{t("newsAccount.listChangeWaiting")}</span>
                  )}
                  {article.changeStatus === "REJECTED" && (
                    <span className="block text-sm font-semibold">{t("newsAccount.listChangeRejected")}</span>
                  )}
                </Td>
                <Td>{format.dateTime(article.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
