import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { PartnerRequestPageView } from "@/lib/partnerships/requests/page-view";

/**
 * Why a request is hidden (to its party and the moderators, with the
 * moderator's reason), and that a closed or expired one takes no more
 * interest: an expired one waits for its party to renew or close it.
 */
export function PartnerRequestStateNotice({ view }: { view: PartnerRequestPageView }) {
  const t = useTranslations("partnerRequests.state");
  const format = useFormatter();
  const since = format.dateTime(view.statusChangedAt, { dateStyle: "long" });
  return (
    <>
      {view.withheld && (
        <Alert tone="warning" title={t("hiddenTitle")}>
          <p>{t("hiddenBody")}</p>
          {view.withheld.reason && (
            <p className="mt-2">
              {t("reason")} <span lang="pl">{view.withheld.reason}</span>
            </p>
          )}
        </Alert>
      )}
      {view.status === "CLOSED" && (
        <Alert tone="info" title={t("closedTitle", { date: since })}>
          <p>{t("closedBody")}</p>
          {view.closingNote && (
            <p className="mt-2 whitespace-pre-line" lang="pl">
              {view.closingNote}
            </p>
          )}
        </Alert>
      )}
      {view.status === "EXPIRED" && (
        <Alert tone="warning" title={t("expiredTitle", { date: since })}>
          <p>{view.viewer.ofParty ? t("expiredBodyParty") : t("expiredBody")}</p>
        </Alert>
      )}
    </>
  );
}
