import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import {
  PartnerRequestModerationList,
  type PartnerRequestQueueSection,
} from "@/components/partnerships/requests/moderation-queue";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { queueFiltersFrom } from "@/lib/moderation/queue";
import { partnerRequestModerationQueue, type QueuedPartnerRequest } from "@/lib/partnerships/requests/moderation-queue";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnerRequestModeration.queue" });
  return pageTitle(locale, t("title"), "administration");
}

/** The moderators' partner requests: held new requests, held changes, and requests to look at. */
export default async function PartnerRequestModerationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "content.moderate");
  const [t, queue] = await Promise.all([
    getTranslations({ locale }),
    partnerRequestModerationQueue(queueFiltersFrom(await searchParams)),
  ]);
  const section = (key: PartnerRequestQueueSection, items: QueuedPartnerRequest[]) => (
    <section aria-labelledby={`partner-requests-${key}-heading`} className="mt-8">
      <h2 id={`partner-requests-${key}-heading`} className="text-2xl font-bold">
        {t(`partnerRequestModeration.queue.sections.${key}`, { count: items.length })}
      </h2>
      <PartnerRequestModerationList
        section={key}
        items={items}
        empty={t(`partnerRequestModeration.queue.empty.${key}`)}
      />
    </section>
  );
  return (
    <ClientMessages
      namespaces={["partnerRequestModeration", "partnerRequestForm", "newsModeration", "forms.errors", "errors", "ui"]}
    >
      <Breadcrumbs
        items={[{ label: t("nav.home"), href: "/" }, { label: t("partnerRequestModeration.queue.title") }]}
      />
      <h1 className="text-3xl font-bold">{t("partnerRequestModeration.queue.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("partnerRequestModeration.queue.intro")}</p>
      {section("held", queue.held)}
      {section("changes", queue.changes)}
      {section("review", queue.review)}
    </ClientMessages>
  );
}
