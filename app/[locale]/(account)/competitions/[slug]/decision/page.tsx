import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import {
  PublicationSection,
  SettingsSection,
  TaskDecisionSection,
} from "@/components/competitions/decision/decision-sections";
import { ReasonsList } from "@/components/competitions/decision/reasons-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { decisionPageView } from "@/lib/competitions/decision/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "competitionDecision" });
  return pageTitle(locale, t("title"));
}

/** The office's decision on each task, the results' publication and the reasons requests (its officials only). */
export default async function CompetitionDecisionPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug } = await params;
  const view = await decisionPageView(slug, user);
  if (!view) notFound();
  const t = await getTranslations({ locale });
  return (
    <ClientMessages namespaces={["competitionDecision", "errors", "forms.errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: view.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
          { label: t("competitionDecision.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t("competitionDecision.heading")} <span lang="pl">{view.title}</span>
      </h1>
      {!view.deadlinePassed && <Alert tone="info">{t("competitionDecision.deadlineNotPassed")}</Alert>}
      {view.deadlinePassed && !view.commissionClosed && !view.resultsPublishedAt && (
        <Alert tone="warning">{t("competitionDecision.commissionOpen")}</Alert>
      )}
      {view.tasks.map((task) => (
        <TaskDecisionSection key={task.id} view={view} task={task} />
      ))}
      <PublicationSection view={view} />
      <SettingsSection view={view} />
      <ReasonsList view={view} />
    </ClientMessages>
  );
}
