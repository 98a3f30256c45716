import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ModerationQueue } from "@/components/forum/moderation-queue";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { plainExcerpt, wholePlainText } from "@/lib/forum/excerpt";
import { moderationQueue } from "@/lib/forum/queries";
import { queueFiltersFrom } from "@/lib/moderation/queue";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("forumModeration", "administration");

/** The moderators' queue: every flagged post, decided one by one or many at once. */
export default async function ForumModerationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "content.moderate");
  const [t, queue] = await Promise.all([
    getTranslations({ locale }),
    moderationQueue(queueFiltersFrom(await searchParams)),
  ]);
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "forum", "ui"]}>
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("forumModeration.title") }]} />
        <h1 className="text-3xl font-bold">{t("forumModeration.title")}</h1>
        <p className="mt-4 max-w-3xl">{t("forumModeration.intro")}</p>
        <ModerationQueue
          empty={t("forumModeration.empty")}
          items={queue.map((post) => ({
            id: post.id,
            shown: post.shown,
            number: post.number,
            // A held edit: the moderator decides on the new wording (the earlier one stays shown meanwhile).
            excerpt: plainExcerpt(post.pendingBody ?? post.body, 400),
            wholeText: wholePlainText(post.pendingBody ?? post.body, 400),
            createdAt: post.createdAt,
            hidden: post.hiddenAt !== null,
            held: post.heldAt !== null || post.pendingBody !== null,
            author: post.author
              ? {
                  id: post.author.id,
                  name: post.author.name,
                  createdAt: post.author.createdAt,
                  suspendedUntil: post.author.forumSuspensions[0]?.until ?? null,
                }
              : null,
            thread: post.thread,
            flags: post.flags.map((flag) => ({ reason: flag.reason, note: flag.note })),
          }))}
        />
      </>
    </ClientMessages>
  );
}
