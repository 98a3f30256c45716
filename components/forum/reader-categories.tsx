"use client";

// The forum's categories for whoever is reading. The page is the same for
// everyone (served from the page cache to signed-in people too) and lists the
// categories open to visitors; a signed-in reader's list, with the categories
// open to members, representatives or officials, is asked here after the page
// loads (/api/forum/categories, lib/forum/category-view.ts). Until the answer
// comes, the visitor's list stays and the invitation to sign in keeps its place
// unseen; without JavaScript, the invitation shows.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { ForumCategoryList } from "@/components/forum/category-list";
import { EmptyState } from "@/components/ui/empty-state";
import type { ForumCategoryView, ReaderCategories } from "@/lib/forum/category-view";

export function ForumReaderCategories({
  publicCategories,
  searchForm,
  signInHint,
}: {
  publicCategories: ForumCategoryView[];
  /** The search box, shown when there is something to search. */
  searchForm: ReactNode;
  /** What a visitor is told about signing in to read more. */
  signInHint: ReactNode;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const [answer, setAnswer] = useState<ReaderCategories | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/forum/categories?locale=${encodeURIComponent(locale)}`, {
      cache: "no-store",
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<ReaderCategories>) : null))
      .then((result) => result && setAnswer(result))
      .catch(() => {
        // Aborted on leaving the page, or offline: the visitor's list stays.
      });
    return () => controller.abort();
  }, [locale]);

  const categories = answer?.signedIn ? answer.categories : publicCategories;
  return (
    <>
      {answer === null ? (
        // Its place is kept while the answer comes, so a visitor's page does not jump when it appears.
        <>
          <div className="invisible">{signInHint}</div>
          <noscript>{signInHint}</noscript>
        </>
      ) : (
        !answer.signedIn && signInHint
      )}
      {categories.length > 0 && searchForm}
      {categories.length === 0 ? (
        <EmptyState title={t("forum.noCategories")} />
      ) : (
        <ForumCategoryList categories={categories} />
      )}
    </>
  );
}
