import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForumSearchForm } from "@/components/forum/search-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentUser } from "@/lib/auth/session";
import { readableCategories } from "@/lib/forum/queries";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { isFallback, pickLocalized } from "@/lib/settings/localized";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "forum" });
  return pageTitle(locale, t("title"));
}

/** The forum's categories this person (or visitor) may read. */
export default async function ForumPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const [t, format, categories] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    readableCategories(user),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("forum.title") }]} />
      <h1 className="text-3xl font-bold">{t("forum.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("forum.intro")}</p>
      {!user && (
        <p className="mt-2 max-w-3xl">
          {t("forum.signInToRead")}{" "}
          <Link
            href={{ pathname: "/sign-in", query: { next: getPathname({ href: "/forum", locale }) } }}
            className="underline"
          >
            {t("forum.signIn")}
          </Link>
        </p>
      )}
      {categories.length > 0 && <ForumSearchForm locale={locale} />}
      {categories.length === 0 ? (
        <EmptyState title={t("forum.noCategories")} />
      ) : (
        <ul className="mt-6 max-w-4xl space-y-4">
          {categories.map((category) => (
            <li key={category.id} className="rounded border-2 border-slate-300 p-4">
              <h2 className="text-xl font-bold" lang={isFallback(category.name, locale) ? "pl" : undefined}>
                <Link
                  href={{ pathname: "/forum/categories/[slug]", params: { slug: category.slug } }}
                  className="underline"
                >
                  {pickLocalized(category.name, locale)}
                </Link>
              </h2>
              <p className="mt-1" lang={isFallback(category.description, locale) ? "pl" : undefined}>
                {pickLocalized(category.description, locale)}
              </p>
              <p className="mt-2 text-slate-700">
                {t(`forum.access.${category.access}`)}
                {category.openToPublic && ` · ${t("forum.openToPublic")}`} ·{" "}
                {t("forum.categoryStats", { threads: category.threadCount, posts: category.postCount })}
                {category.lastPostAt &&
                  ` · ${t("forum.lastPost", { when: format.dateTime(category.lastPostAt, { dateStyle: "medium", timeStyle: "short" }) })}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
