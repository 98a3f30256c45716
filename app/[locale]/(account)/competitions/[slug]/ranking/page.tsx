import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RankingSections } from "@/components/competitions/ranking/ranking-view";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { rankingView } from "@/lib/competitions/evaluation/ranking-view";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ task?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "evaluation.ranking" });
  return pageTitle(locale, t("title"));
}

/** One task's ranking for the commission's chair and secretary, its members, and the office's officials. */
export default async function CompetitionRankingPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug } = await params;
  const raw = (await searchParams).task;
  const task = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 20);
  const view = await rankingView(slug, user, task);
  if (!view) notFound();
  const t = await getTranslations({ locale });
  return (
    <ClientMessages namespaces={["evaluation.ranking", "errors", "forms.errors", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: view.competition.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
            { label: t("evaluation.ranking.title") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("evaluation.ranking.heading", { title: view.competition.title })}</h1>
        <RankingSections view={view} locale={locale} />
      </>
    </ClientMessages>
  );
}
