import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForumReaderCategories } from "@/components/forum/reader-categories";
import { ForumSearchForm } from "@/components/forum/search-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { forumCategoryView } from "@/lib/forum/category-view";
import { readableCategories } from "@/lib/forum/queries";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "forum" });
  return pageTitle(locale, t("title"), "forum");
}

/**
 * The forum's categories. The page is the same for everyone (lib/http/page-cache.ts, SHARED) and lists
 * those open to visitors; a signed-in reader's own list comes from the browser (components/forum/reader-categories.tsx).
 */
export default async function ForumPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, categories] = await Promise.all([getTranslations({ locale }), readableCategories(null)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("forum.title") }]} />
      <h1 className="text-3xl font-bold">{t("forum.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("forum.intro")}</p>
      <ClientMessages
        namespaces={[
          "forum.access",
          "forum.openToPublic",
          "forum.categoryStats",
          "forum.lastPost",
          "forum.noCategories",
          "ui.readerAnswerFailed",
          "errors.retry",
        ]}
      >
        <ForumReaderCategories
          publicCategories={categories.map((category) => forumCategoryView(category, locale))}
          searchForm={<ForumSearchForm locale={locale} />}
          signInHint={
            <p className="mt-2 max-w-3xl">
              {t("forum.signInToRead")}{" "}
              <Link
                href={{ pathname: "/sign-in", query: { next: getPathname({ href: "/forum", locale }) } }}
                className="underline"
              >
                {t("forum.signIn")}
              </Link>
            </p>
          }
        />
      </ClientMessages>
    </>
  );
}
