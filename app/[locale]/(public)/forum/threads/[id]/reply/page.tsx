import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PostComposer } from "@/components/forum/post-composer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { readableThread } from "@/lib/forum/thread-page-view";
import { replyStanding } from "@/lib/forum/thread-viewer";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { pickLocalized } from "@/lib/settings/localized";
import { isRecordId } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "forum" });
  return pageTitle(locale, t("replyHeading"), "forum");
}

/**
 * Replying to a thread on a page of its own, rendered for the signed-in
 * reader: the thread's page is the same for everyone and its reply form comes
 * with the browser's answer about the reader, so without JavaScript the page
 * links here (components/forum/thread-viewer.tsx).
 */
export default async function ReplyPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "forum.post");
  const { id } = await params;
  const thread = isRecordId(id) ? await readableThread(user, id) : null;
  if (!thread) notFound();
  const [t, standing] = await Promise.all([getTranslations({ locale }), replyStanding(user, thread)]);
  const threadHref = { pathname: "/forum/threads/[id]" as const, params: { id } };
  return (
    <ClientMessages namespaces={["actingAs", "errors", "forms.errors", "forum", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("forum.title"), href: "/forum" },
          {
            label: pickLocalized(thread.category.name, locale),
            href: { pathname: "/forum/categories/[slug]", params: { slug: thread.category.slug } },
          },
          { label: thread.title, href: threadHref },
          { label: t("forum.replyHeading") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("forum.replyHeading")}</h1>
      {thread.locked ? (
        <Alert tone="info">{t("forum.lockedNotice")}</Alert>
      ) : standing.suspension ? (
        <Alert tone="info">
          {t("forum.suspendedNotice", { until: standing.suspension.until, reason: standing.suspension.reason })}
        </Alert>
      ) : standing.mayReply ? (
        <PostComposer
          target={{ kind: "reply", threadId: thread.id, categoryId: thread.categoryId }}
          personName={standing.personName}
          organisations={standing.organisations}
        />
      ) : (
        standing.readOnly && (
          <Alert tone="info">{t("forum.readOnly", { access: t(`forum.access.${standing.readOnly}`) })}</Alert>
        )
      )}
    </ClientMessages>
  );
}
