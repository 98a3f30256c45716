import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { NotificationList } from "@/components/notifications/notification-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/redirects";
import { env } from "@/lib/env";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { notificationCentre } from "@/lib/notifications/centre";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("notifications", "notifications");

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1) });

export default async function NotificationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "notifications.read");
  const { page } = pageSchema.parse(await searchParams);
  const [t, centre] = await Promise.all([getTranslations({ locale }), notificationCentre(user, page, locale)]);
  const basePath = getPathname({ href: "/notifications", locale });
  // No client messages: the list's only client parts get their words as props.
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("notifications.title") }]} />
      <h1 className="text-3xl font-bold">{t("notifications.title")}</h1>
      <p className="mt-4 max-w-3xl">
        {t("notifications.summary", {
          unread: centre.unread,
          total: centre.total,
          days: env().NOTIFICATION_RETENTION_DAYS,
        })}
      </p>
      <p className="mt-2">
        <Link href="/notifications/settings">{t("notifications.settingsLink")}</Link>
      </p>
      {centre.entries.length === 0 ? (
        <EmptyState title={t("notifications.empty")} hint={t("notifications.emptyHint")} />
      ) : (
        <NotificationList entries={centre.entries} unread={centre.unread} />
      )}
      <Pagination page={page} totalPages={centre.totalPages} href={(p) => `${basePath}?page=${p}`} />
    </>
  );
}
