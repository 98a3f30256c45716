import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BlockedWordsForm } from "@/components/forum/blocked-words-form";
import { CategoryForm } from "@/components/forum/category-form";
import { CategoryOrder } from "@/components/forum/category-order";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePermission } from "@/lib/auth/redirects";
import { allCategories, blockedWordPatterns } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { localizedTextSchema } from "@/lib/settings/localized";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("forumAdmin", "administration");

const texts = (value: unknown) => {
  const parsed = localizedTextSchema.parse(value);
  return { pl: parsed.pl, en: parsed.en ?? "", de: parsed.de ?? "" };
};

/** Administrators manage the forum's categories: names in three languages, order, who reads and writes. */
export default async function ForumAdminPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "forum.manage");
  const [t, categories, patterns] = await Promise.all([
    getTranslations({ locale }),
    allCategories(),
    blockedWordPatterns(),
  ]);
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "forum.access", "forumAdmin", "languages", "ui"]}>
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("forumAdmin.title") }]} />
        <h1 className="text-3xl font-bold">{t("forumAdmin.title")}</h1>
        <p className="mt-4 max-w-3xl">{t("forumAdmin.intro")}</p>
        <h2 className="mt-8 text-2xl font-bold">{t("forumAdmin.listHeading")}</h2>
        {categories.length === 0 ? (
          <EmptyState title={t("forumAdmin.empty")} />
        ) : (
          <ol className="mt-4 max-w-4xl space-y-4">
            {categories.map((category, index) => {
              const name = texts(category.name);
              return (
                <li key={category.id} className="rounded border-2 border-slate-300 p-4">
                  <h3 className="text-xl font-bold" lang="pl">
                    <Link
                      href={{ pathname: "/forum/categories/[slug]", params: { slug: category.slug } }}
                      className="underline"
                    >
                      {name.pl}
                    </Link>
                  </h3>
                  <p className="mt-1 text-slate-700">
                    {t(`forum.access.${category.access}`)}
                    {category.openToPublic && ` · ${t("forum.openToPublic")}`} ·{" "}
                    {t("forum.categoryStats", { threads: category.threadCount, posts: category.postCount })}
                  </p>
                  <div className="mt-3">
                    <CategoryOrder
                      categoryId={category.id}
                      name={name.pl}
                      first={index === 0}
                      last={index === categories.length - 1}
                    />
                  </div>
                  <details className="mt-3">
                    <summary className="cursor-pointer font-semibold underline">
                      {t("forumAdmin.edit", { name: name.pl })}
                    </summary>
                    <CategoryForm
                      categoryId={category.id}
                      idPrefix={`category-${category.id}`}
                      defaultValues={{
                        name,
                        description: texts(category.description),
                        access: category.access,
                        openToPublic: category.openToPublic,
                      }}
                    />
                  </details>
                </li>
              );
            })}
          </ol>
        )}
        <h2 className="mt-10 text-2xl font-bold">{t("forumAdmin.createHeading")}</h2>
        <CategoryForm idPrefix="new-category" />
        <div className="mt-10">
          <BlockedWordsForm patterns={patterns} />
        </div>
      </>
    </ClientMessages>
  );
}
