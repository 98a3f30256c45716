// The forum's categories as a list: rendered on the server with the
// categories open to visitors, and in the browser with those the signed-in
// reader may read (components/forum/reader-categories.tsx).
import { useFormatter, useTranslations } from "next-intl";
import type { ForumCategoryView } from "@/lib/forum/category-view";
import { Link } from "@/lib/i18n/navigation";

export function ForumCategoryList({ categories }: { categories: ForumCategoryView[] }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <ul className="mt-6 max-w-4xl space-y-4">
      {categories.map((category) => (
        <li key={category.id} className="rounded border-2 border-slate-300 p-4">
          <h2 className="text-xl font-bold" lang={category.nameIsPolish ? "pl" : undefined}>
            <Link
              href={{ pathname: "/forum/categories/[slug]", params: { slug: category.slug } }}
              className="underline"
            >
              {category.name}
            </Link>
          </h2>
          <p className="mt-1" lang={category.descriptionIsPolish ? "pl" : undefined}>
            {category.description}
          </p>
          <p className="mt-2 text-slate-700">
            {t(`forum.access.${category.access}`)}
            {category.openToPublic && ` · ${t("forum.openToPublic")}`} ·{" "}
            {t("forum.categoryStats", { threads: category.threadCount, posts: category.postCount })}
            {category.lastPostAt &&
              ` · ${t("forum.lastPost", { when: format.dateTime(new Date(category.lastPostAt), { dateStyle: "medium", timeStyle: "short" }) })}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
