import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleForm } from "@/components/news/article-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { authorOptions } from "@/lib/news/authors";
import { topicOptions } from "@/lib/reference-data/topic-options";
import { notFound } from "next/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "newsAccount" });
  return pageTitle(locale, t("newTitle"), "news");
}

export default async function NewArticlePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "news.write");
  const [t, authors, options] = await Promise.all([
    getTranslations({ locale }),
    authorOptions(user),
    topicOptions(locale),
  ]);
  // Only people who write for an organisation, an institution or the platform have this page.
  if (authors.length === 0) notFound();
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "forms.errors",
        "forum",
        "news.kinds",
        "newsForm",
        "newsImages",
        "organisationDocuments.uploading",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("newsAccount.title"), href: "/account/news" },
            { label: t("newsAccount.newTitle") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("newsAccount.newTitle")}</h1>
        <p className="mt-4 max-w-3xl">{t("newsAccount.newIntro")}</p>
        <ArticleForm
          target={{ create: true }}
          authors={authors}
          options={options}
          defaultValues={{
            author: authors[0]!.value,
            kind: "NEWS",
            title: "",
            lead: "",
            body: "",
            eventStartsAt: "",
            eventEndsAt: "",
            eventPlace: "",
            sphereIds: [],
            territoryCodes: [],
          }}
        />
      </>
    </ClientMessages>
  );
}
