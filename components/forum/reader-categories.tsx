"use client";

// The forum's categories for whoever is reading. The page is the same for
// everyone (served from the page cache to signed-in people too) and lists the
// categories open to visitors; a signed-in reader's list, with the categories
// open to members, representatives or officials, is asked here after the page
// loads (/api/forum/categories, lib/forum/category-view.ts). Until the answer
// comes, the visitor's list stays and the invitation to sign in keeps its place
// unseen; without JavaScript, the invitation shows.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ForumCategoryList } from "@/components/forum/category-list";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
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
  const { answer, failed, reload } = useReaderAnswer<ReaderCategories>(
    `/api/forum/categories?locale=${encodeURIComponent(locale)}`,
  );

  const categories = answer?.signedIn ? answer.categories : publicCategories;
  return (
    <>
      {failed && answer === null && <ReaderAnswerFailed retry={reload} />}
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
