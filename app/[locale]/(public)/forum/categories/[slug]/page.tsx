import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { WatchButton } from "@/components/forum/watch-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignInToRead } from "@/components/forum/sign-in-to-read";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { mayWrite } from "@/lib/forum/access";
import { pageParam } from "@/lib/forum/page-params";
import { categoryForReader, threadsIn } from "@/lib/forum/queries";
import { isWatching } from "@/lib/forum/watching";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { pickLocalized } from "@/lib/settings/localized";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { category } = await categoryForReader(await getCurrentUser(), (await params).slug);
  return category ? pageTitle(locale, pickLocalized(category.name, locale), "forum") : {};
}

/** A category's threads: pinned first, then the most recently active, with what the reader has not read yet. */
export default async function ForumCategoryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const { slug } = await params;
  const { category, exists } = await categoryForReader(user, slug);
  const t = await getTranslations({ locale });
  const here = getPathname({ href: { pathname: "/forum/categories/[slug]", params: { slug } }, locale });
  if (!category) {
    if (!exists || user) notFound();
    return <SignInToRead next={here} locale={locale} />;
  }
  const page = pageParam((await searchParams).strona);
  const [format, listing, watching] = await Promise.all([
    getFormatter({ locale }),
    threadsIn(user, category.id, page),
    user ? isWatching(user.id, "ForumCategory", category.id) : false,
  ]);
  const name = pickLocalized(category.name, locale);
  return (
    <>
      <Breadcrumbs
        items={[{ label: t("nav.home"), href: "/" }, { label: t("forum.title"), href: "/forum" }, { label: name }]}
      />
      <h1 className="text-3xl font-bold">{name}</h1>
      <p className="mt-2 max-w-3xl">{pickLocalized(category.description, locale)}</p>
      <p className="mt-2 text-slate-700">{t(`forum.access.${category.access}`)}</p>
      {user && (
        <ClientMessages namespaces={["errors", "forms.errors", "forum", "ui"]}>
          <WatchButton type="ForumCategory" id={category.id} watching={watching} />
        </ClientMessages>
      )}
      {mayWrite(user, category) ? (
        <p className="mt-4">
          <ButtonLink href={{ pathname: "/forum/categories/[slug]/new", params: { slug } }}>
            {t("forum.newThread")}
          </ButtonLink>
        </p>
      ) : (
        <p className="mt-4">
          {user ? (
            t("forum.readOnly", { access: t(`forum.access.${category.access}`) })
          ) : (
            <Link href={{ pathname: "/sign-in", query: { next: here } }} className="underline">
              {t("forum.signInToWrite")}
            </Link>
          )}
        </p>
      )}
      <h2 className="mt-8 text-2xl font-bold">{t("forum.threadsHeading", { count: listing.total })}</h2>
      {listing.threads.length === 0 ? (
        <EmptyState title={t("forum.noThreads")} />
      ) : (
        <ul className="mt-4 max-w-4xl divide-y-2 divide-slate-200 border-y-2 border-slate-200">
          {listing.threads.map((thread) => (
            <li key={thread.id} className="py-3">
              <h3 className="text-lg font-bold">
                <Link href={{ pathname: "/forum/threads/[id]", params: { id: thread.id } }} className="underline">
                  {thread.title}
                </Link>
              </h3>
              <p className="mt-1 flex flex-wrap gap-x-3 text-slate-700">
                {thread.pinned && <span className="font-semibold text-slate-900">{t("forum.pinned")}</span>}
                {thread.locked && <span className="font-semibold text-slate-900">{t("forum.locked")}</span>}
                <span>
                  {t("forum.startedBy", {
                    author:
                      thread.organisation?.name ??
                      (thread.author && !thread.author.deletedAt ? thread.author.name : t("forum.deletedUser")),
                  })}
                </span>
                <span>{t("forum.posts", { count: thread.postCount })}</span>
                <span>
                  {t("forum.lastPost", {
                    when: format.dateTime(thread.lastPostAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </span>
                {thread.lastRead !== null && thread.unread > 0 && (
                  <Link
                    href={{
                      pathname: "/forum/threads/[id]",
                      params: { id: thread.id },
                      query: { wpis: String(thread.lastRead + 1) },
                    }}
                    className="font-semibold text-blue-900 underline"
                  >
                    {thread.lastRead === 0 ? t("forum.newThreadBadge") : t("forum.unread", { count: thread.unread })}
                    <span className="sr-only">: {thread.title}</span>
                  </Link>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} totalPages={listing.totalPages} href={(p) => `${here}?strona=${p}`} />
    </>
  );
}
