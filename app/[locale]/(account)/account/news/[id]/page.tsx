import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AttachmentManager } from "@/components/forms/attachment-manager";
import { ArticleForm } from "@/components/news/article-form";
import { PublicationPanel } from "@/components/news/publication-panel";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { mayWriteFor } from "@/lib/news/authors";
import { newsModerationMode } from "@/lib/news/mutations";
import { articleForEditing } from "@/lib/news/queries";
import { needsApproval } from "@/lib/news/workflow";
import { topicOptions } from "@/lib/reference-data/topic-options";
import { dateToPolishLocal } from "@/lib/time/polish-local";
import { RECORD_ID } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "newsAccount" });
  return pageTitle(locale, t("editTitle"), "news");
}

/** Editing an article: its fields and pictures, its documents, and where it stands. */
export default async function EditArticlePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "news.write");
  const { id } = await params;
  const article = RECORD_ID.test(id) ? await articleForEditing(id) : null;
  if (!article || !(await mayWriteFor(user, article))) notFound();
  const [t, options, mode] = await Promise.all([
    getTranslations({ locale }),
    topicOptions(locale),
    newsModerationMode(),
  ]);
  const local = (date: Date | null) => (date ? dateToPolishLocal(date) : "");
  const approval = needsApproval(article, mode);
  // The writer goes on from their change waiting for (or refused by) a moderator, not from the public state.
  const shown = article.pendingFields ?? {
    ...article,
    sphereIds: article.spheres.map((s) => s.sphereId),
    territoryCodes: article.territories.map((t) => t.territoryCode),
  };
  const cover = article.pendingCoverImageId ?? article.coverImageId;
  return (
    <ClientMessages
      namespaces={[
        "attachments",
        "errors",
        "forms.errors",
        "forum",
        "news.kinds",
        "news.statuses",
        "newsForm",
        "newsImages",
        "newsPublication",
        "organisationDocuments.fileHint",
        "organisationDocuments.uploading",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("newsAccount.title"), href: "/account/news" },
            { label: article.title },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("newsAccount.editTitle")}</h1>
        <p className="mt-2">
          <Link href={{ pathname: "/news/[slug]", params: { slug: article.slug } }} className="underline">
            {t("newsAccount.view")}
          </Link>
        </p>
        {article.status === "PUBLISHED" && article.changeStatus && (
          <Alert tone={article.changeStatus === "REJECTED" ? "error" : "info"}>
            {t(article.changeStatus === "REJECTED" ? "newsAccount.changeRejected" : "newsAccount.changeWaiting", {
              reason: article.changeNote ?? "",
            })}
          </Alert>
        )}
        <PublicationPanel
          articleId={article.id}
          status={article.status}
          publishedAt={article.publishedAt}
          moderationNote={article.moderationNote}
          needsApproval={approval}
        />
        <ArticleForm
          target={{ articleId: article.id }}
          authors={[]}
          options={options}
          returnsToModeration={article.status === "PUBLISHED" && approval}
          images={article.images.map(({ pending, ...image }) => ({
            ...image,
            cover: image.id === cover,
            waiting: pending,
          }))}
          defaultValues={{
            kind: shown.kind,
            title: shown.title,
            lead: shown.lead,
            body: shown.body,
            eventStartsAt: local(shown.eventStartsAt),
            eventEndsAt: local(shown.eventEndsAt),
            eventPlace: shown.eventPlace ?? "",
            sphereIds: shown.sphereIds,
            territoryCodes: shown.territoryCodes,
          }}
        />
        <AttachmentManager
          owner={{ articleId: article.id }}
          baseUrl={`/api/news/${article.id}/attachments`}
          heading={t("newsAccount.attachmentsHeading")}
          intro={t("newsAccount.attachmentsIntro")}
          changeable
          attachments={article.attachments.map((a) => ({
            id: a.id,
            title: a.pending ? t("newsAccount.attachmentWaiting", { title: a.title }) : a.title,
            format: a.file.kind,
            size: a.file.size,
          }))}
        />
      </>
    </ClientMessages>
  );
}
