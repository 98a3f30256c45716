"use client";

import { useLocale, useTranslations } from "next-intl";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { NotificationList } from "@/components/notifications/notification-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/lib/i18n/navigation";
import type { NotificationCentreAnswer } from "@/lib/notifications/centre-types";

/**
 * The reader's entries on the notification centre's page, which is one copy
 * for everyone (from the page cache, signed in too): asked for once the page
 * has loaded and after each mark. The frame is a screen high from the first
 * paint, so the footer is below the fold and nothing moves when the entries
 * come.
 */
export function NotificationCentre({ page, basePath }: { page: number; basePath: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const { answer, failed, reload } = useReaderAnswer<NotificationCentreAnswer>(
    `/api/notifications/centre?locale=${locale}&page=${page}`,
  );
  const frame = "min-h-screen";
  if (!answer) return <div className={frame}>{failed && <ReaderAnswerFailed retry={reload} />}</div>;
  if (!answer.signedIn)
    return (
      <div className={frame}>
        <p className="mt-4">
          <Link href={{ pathname: "/sign-in", query: { next: basePath } }} className="underline">
            {t("notifications.list.signIn")}
          </Link>
        </p>
      </div>
    );
  return (
    <div className={frame}>
      <p className="mt-4 max-w-3xl">
        {t("notifications.summary", { unread: answer.unread, total: answer.total, days: answer.retentionDays })}
      </p>
      <p className="mt-2">
        <Link href="/notifications/settings">{t("notifications.settingsLink")}</Link>
      </p>
      {answer.entries.length === 0 ? (
        <div className="mt-6">
          <EmptyState title={t("notifications.empty")} hint={t("notifications.emptyHint")} />
        </div>
      ) : (
        <NotificationList entries={answer.entries} unread={answer.unread} onMarked={reload} />
      )}
      <Pagination page={answer.page} totalPages={answer.totalPages} href={(p) => `${basePath}?page=${p}`} />
    </div>
  );
}
