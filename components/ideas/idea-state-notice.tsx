import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { IdeaPageView } from "@/lib/ideas/page-view";

/**
 * Why an entry is not public (waiting for a moderator, rejected or hidden,
 * with the moderator's reason), told to its writer and the moderators, and the
 * writer's change waiting for a moderator or refused; or, to a writer whose
 * entry was published the moment they sent it, that it is public now.
 */
export function IdeaStateNotice({ view, justSent = false }: { view: IdeaPageView; justSent?: boolean }) {
  const t = useTranslations("ideas.state");
  const format = useFormatter();
  return (
    <>
      {/* Sent a moment ago and public at once (post-moderation): the writer is told what happens next. */}
      {justSent && view.visibility === "PUBLISHED" && view.viewer.mayEdit && (
        <Alert tone="success" title={t("PUBLISHED_NOW.title")}>
          <p>{t(view.addresseeOnPlatform ? "PUBLISHED_NOW.body" : "PUBLISHED_NOW.bodyOfficeAbsent")}</p>
        </Alert>
      )}
      {view.withheld && (
        <Alert
          tone={view.withheld.visibility === "PENDING" ? "info" : "warning"}
          title={t(`${view.withheld.visibility}.title`)}
        >
          <p>{t(`${view.withheld.visibility}.body`)}</p>
          {view.withheld.reason && (
            <p className="mt-2">
              {t("reason")} <span lang="pl">{view.withheld.reason}</span>
            </p>
          )}
        </Alert>
      )}
      {view.changeWaiting && (
        <Alert tone="info" title={t("changeWaiting")}>
          {view.changeWaiting.since && (
            <p>
              {t("changeWaitingSince", {
                date: format.dateTime(view.changeWaiting.since, { dateStyle: "long", timeStyle: "short" }),
              })}
            </p>
          )}
        </Alert>
      )}
      {view.changeRefusedNote && (
        <Alert tone="warning" title={t("changeRefused")}>
          <p lang="pl">{view.changeRefusedNote}</p>
        </Alert>
      )}
    </>
  );
}
