import { getTranslations } from "next-intl/server";
import { ComposerProvider } from "@/components/forum/composer-context";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CommentComposer } from "@/components/ideas/comments/comment-composer";
import { CommentView } from "@/components/ideas/comments/comment-view";
import { ButtonLink } from "@/components/ui/button";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { IdeaDiscussionView } from "@/lib/ideas/comments/discussion-view";

/**
 * An entry's discussion: the comments (a page at a time, `?dyskusja=N`),
 * then the comment form for those who may write, a sign-in link for
 * visitors, or why the entry takes no comments.
 */
export async function IdeaDiscussion({
  view,
  slug,
  locale,
}: {
  view: IdeaDiscussionView;
  slug: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "ideaDiscussion.comments" });
  const page = (number: number) => ({
    pathname: "/ideas/[slug]" as const,
    params: { slug },
    query: number > 1 ? { dyskusja: String(number) } : {},
    hash: "dyskusja",
  });
  // The messages the section's client components read (the form, the mention look-up, the comments' actions).
  return (
    <ClientMessages
      namespaces={["errors", "ui", "forms.errors", "actingAs", "forum.mention", "forum.flag.reasons", "ideaDiscussion"]}
    >
      <ComposerProvider>
        <section id="dyskusja" aria-labelledby="idea-discussion-heading" className="mt-8 scroll-mt-4">
          <h2 id="idea-discussion-heading" className="text-2xl font-bold">
            {t("heading")}
            {/* No count while there is none: the line below says so. */}
            {view.total > 0 && <span className="text-lg font-normal"> ({t("count", { count: view.total })})</span>}
          </h2>
          {view.comments.length === 0 ? (
            <p className="mt-2">{t("empty")}</p>
          ) : (
            <ol className="mt-2">
              {view.comments.map((comment) => (
                <CommentView
                  key={comment.id}
                  comment={comment}
                  slug={slug}
                  locale={locale}
                  canWrite={view.canWrite}
                  signedIn={view.signedIn}
                  moderates={view.moderates}
                />
              ))}
            </ol>
          )}
          {view.pages > 1 && (
            <nav aria-label={t("pages")} className="mt-4">
              <ul className="flex flex-wrap gap-2">
                {Array.from({ length: view.pages }, (_, index) => index + 1).map((number) => (
                  <li key={number}>
                    {number === view.page ? (
                      <span aria-current="page" className="inline-block min-h-11 px-3 py-2 font-bold">
                        <span className="sr-only">{t("currentPage", { page: number })}</span>
                        <span aria-hidden="true">{number}</span>
                      </span>
                    ) : (
                      <Link href={page(number)} className="inline-block min-h-11 px-3 py-2 underline">
                        <span className="sr-only">{t("page", { page: number })}</span>
                        <span aria-hidden="true">{number}</span>
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {view.closed === "ideaMerged" && <p className="mt-4 font-semibold">{t("closedMerged")}</p>}
          {view.closed === "ideaNotPublished" && <p className="mt-4 font-semibold">{t("closedNotPublished")}</p>}
          {view.writer && (
            <CommentComposer
              ideaId={view.ideaId}
              personName={view.writer.name}
              organisations={view.writer.organisations}
            />
          )}
          {!view.signedIn && !view.closed && (
            <p className="mt-4">
              <ButtonLink href={signInReturningTo({ pathname: "/ideas/[slug]", params: { slug } }, locale)}>
                {t("signIn")}
              </ButtonLink>
            </p>
          )}
        </section>
      </ComposerProvider>
    </ClientMessages>
  );
}
