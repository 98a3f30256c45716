import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IdeaModerationList } from "@/components/ideas/moderation-queue";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { ideaSettings } from "@/lib/ideas/mutations";
import { ideaModerationQueue, type QueuedIdea } from "@/lib/ideas/queries";
import { queueFiltersFrom } from "@/lib/moderation/queue";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ideas.moderation" });
  return pageTitle(locale, t("title"), "administration");
}

/** The moderators' ideas board: new entries waiting, changes to public ones, and the latest public entries to hide. */
export default async function IdeaModerationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "content.moderate");
  const [t, queue, settings] = await Promise.all([
    getTranslations({ locale }),
    ideaModerationQueue(queueFiltersFrom(await searchParams)),
    ideaSettings(),
  ]);
  const section = (key: "pending" | "changes" | "published", items: QueuedIdea[]) => (
    <section aria-labelledby={`ideas-${key}-heading`} className="mt-8">
      <h2 id={`ideas-${key}-heading`} className="text-2xl font-bold">
        {t(`ideas.moderation.sections.${key}`, { count: items.length })}
      </h2>
      <IdeaModerationList section={key} items={items} empty={t(`ideas.moderation.empty.${key}`)} />
    </section>
  );
  return (
    <ClientMessages namespaces={["ideas", "newsModeration", "forms.errors", "errors", "ui"]}>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("ideas.moderation.title") }]} />
      <h1 className="text-3xl font-bold">{t("ideas.moderation.title")}</h1>
      <p className="mt-4 max-w-3xl">
        {t(settings.ideaModeration === "PRE" ? "ideas.moderation.introPre" : "ideas.moderation.introPost")}
      </p>
      {section("pending", queue.pending)}
      {section("changes", queue.changes)}
      {section("published", queue.published)}
    </ClientMessages>
  );
}
