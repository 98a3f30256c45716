import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NotificationCentre } from "@/components/notifications/notification-centre";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getPathname } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("notifications", "notifications");

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1) });

/**
 * The notification centre: one copy for everyone (SHARED in
 * lib/http/page-cache.ts), served from the page cache signed in too; the
 * reader's entries are asked for by the browser (NotificationCentre), so the
 * page reads no session.
 */
export default async function NotificationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { page } = pageSchema.parse(await searchParams);
  const t = await getTranslations({ locale });
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("notifications.title") }]} />
      <h1 className="text-3xl font-bold">{t("notifications.title")}</h1>
      <ClientMessages
        namespaces={[
          "notifications.summary",
          "notifications.settingsLink",
          "notifications.empty",
          "notifications.emptyHint",
          "notifications.list",
          "ui",
          "errors.retry",
        ]}
      >
        <NotificationCentre page={page} basePath={getPathname({ href: "/notifications", locale })} />
      </ClientMessages>
    </>
  );
}
