"use client";

import { useLocale, useTranslations } from "next-intl";
import { ReaderPage } from "@/components/layout/reader-page";
import { NotificationList } from "@/components/notifications/notification-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/lib/i18n/navigation";
import type { NotificationCentreAnswer } from "@/lib/notifications/centre-types";

type Centre = Extract<NotificationCentreAnswer, { signedIn: true }>;

/**
 * The reader's entries on the notification centre's page, which is one copy
 * for everyone (from the page cache, signed in too): asked for once the page
 * has loaded and after each mark.
 */
export function NotificationCentre({ page, basePath }: { page: number; basePath: string }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <ReaderPage<Centre>
      url={`/api/notifications/centre?locale=${locale}&page=${page}`}
      loadingLabel={t("notifications.list.loading")}
      signInLabel={t("notifications.list.signIn")}
      signInNext={basePath}
    >
      {(centre, reload) => (
        <>
          <p className="mt-4 max-w-3xl">
            {t("notifications.summary", { unread: centre.unread, total: centre.total, days: centre.retentionDays })}
          </p>
          <p className="mt-2">
            <Link href="/notifications/settings">{t("notifications.settingsLink")}</Link>
          </p>
          {centre.entries.length === 0 && centre.total > 0 ? (
            // A page past the end (an old link, a typed number): the entries are on the first pages.
            <div className="mt-6">
              <EmptyState
                title={t("notifications.list.pageEmpty")}
                action={<a href={basePath}>{t("notifications.list.firstPage")}</a>}
              />
            </div>
          ) : centre.entries.length === 0 ? (
            <div className="mt-6">
              <EmptyState title={t("notifications.empty")} hint={t("notifications.emptyHint")} />
            </div>
          ) : (
            <NotificationList entries={centre.entries} unread={centre.unread} onMarked={reload} />
          )}
          <Pagination page={centre.page} totalPages={centre.totalPages} href={(p) => `${basePath}?page=${p}`} />
        </>
      )}
    </ReaderPage>
  );
}
