import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CommentQueue } from "@/components/ideas/comments/comment-queue";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { plainExcerpt, wholePlainText } from "@/lib/forum/excerpt";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { commentModerationQueue } from "@/lib/ideas/comments/queries";
import { queueFiltersFrom } from "@/lib/moderation/queue";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ideaDiscussion.moderation" });
  return pageTitle(locale, t("title"), "administration");
}

/** The moderators' queue of the ideas board's discussions: held and flagged comments, decided one by one or many at once. */
export default async function IdeaCommentsModerationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "content.moderate");
  const [t, queue] = await Promise.all([
    getTranslations({ locale }),
    commentModerationQueue(queueFiltersFrom(await searchParams)),
  ]);
  return (
    <ClientMessages namespaces={["errors", "ui", "forms.errors", "forum.flag.reasons", "ideaDiscussion"]}>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("ideaDiscussion.moderation.title") }]} />
      <h1 className="text-3xl font-bold">{t("ideaDiscussion.moderation.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("ideaDiscussion.moderation.intro")}</p>
      <CommentQueue
        empty={t("ideaDiscussion.moderation.empty")}
        items={queue.map((comment) => ({
          id: comment.id,
          shown: comment.shown,
          number: comment.number,
          // A held edit: the moderator decides on the new wording (the earlier one stays shown meanwhile).
          excerpt: plainExcerpt(comment.pendingBody ?? comment.body, 400),
          wholeText: wholePlainText(comment.pendingBody ?? comment.body, 400),
          createdAt: comment.createdAt,
          held: comment.heldAt !== null || comment.pendingBody !== null,
          hidden: comment.hiddenAt !== null,
          author: comment.author?.name ?? null,
          idea: { slug: comment.idea.slug, title: comment.idea.title },
          flags: comment.flags.map((flag) => ({ reason: flag.reason, note: flag.note })),
        }))}
      />
    </ClientMessages>
  );
}
