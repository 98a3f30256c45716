// A forum category as its list shows it, in the reader's language: the same
// shape whether the server renders the list (the visitor's categories) or the
// browser does (the signed-in reader's, from /api/forum/categories).
import type { ForumAccess } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { isFallback, pickLocalized } from "@/lib/settings/localized";

export type ForumCategoryView = {
  id: string;
  slug: string;
  name: string;
  /** The name shown is the Polish one (marked lang="pl"). */
  nameIsPolish: boolean;
  description: string;
  descriptionIsPolish: boolean;
  access: ForumAccess;
  openToPublic: boolean;
  threadCount: number;
  postCount: number;
  /** ISO date and time, or null before the first post. */
  lastPostAt: string | null;
};

export type ReaderCategories = { signedIn: false } | { signedIn: true; categories: ForumCategoryView[] };

type CategoryRecord = {
  id: string;
  slug: string;
  name: unknown;
  description: unknown;
  access: ForumAccess;
  openToPublic: boolean;
  threadCount: number;
  postCount: number;
  lastPostAt: Date | null;
};

export function forumCategoryView(category: CategoryRecord, locale: Locale): ForumCategoryView {
  return {
    id: category.id,
    slug: category.slug,
    name: pickLocalized(category.name, locale),
    nameIsPolish: isFallback(category.name, locale),
    description: pickLocalized(category.description, locale),
    descriptionIsPolish: isFallback(category.description, locale),
    access: category.access,
    openToPublic: category.openToPublic,
    threadCount: category.threadCount,
    postCount: category.postCount,
    lastPostAt: category.lastPostAt?.toISOString() ?? null,
  };
}
