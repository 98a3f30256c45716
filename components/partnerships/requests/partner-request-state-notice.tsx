import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { PartnerRequestPageView } from "@/lib/partnerships/requests/page-view";

/**
 * Why a request is not public (to its party and the moderators: hidden or
 * refused, with the moderator's reason, or held for a moderator), that a
 * change waits for a moderator or was refused, and that a closed or expired
 * one takes no more interest (to the party, with its closing note when that
 * waits for a moderator): an expired one waits for its party to renew or
 * close it.
 */
export function PartnerRequestStateNotice({ view }: { view: PartnerRequestPageView }) {
  const t = useTranslations("partnerRequests.state");
  const format = useFormatter();
  const since = format.dateTime(view.statusChangedAt, { dateStyle: "long" });
  const withheld = view.visibility === "PENDING" ? "pending" : view.visibility === "REJECTED" ? "rejected" : "hidden";
  return (
    <>
      {view.withheld && (
        <Alert tone={withheld === "pending" ? "info" : "warning"} title={t(`${withheld}Title`)}>
          <p>{t(`${withheld}Body`)}</p>
          {view.withheld.reason && (
            <p className="mt-2">
              {t("reason")} <span lang="pl">{view.withheld.reason}</span>
            </p>
          )}
        </Alert>
      )}
      {view.change?.waiting && (
        <Alert tone="info" title={t("changeWaitingTitle")}>
          <p>{t("changeWaitingBody")}</p>
        </Alert>
      )}
      {view.change && !view.change.waiting && view.change.rejectedNote && (
        <Alert tone="warning" title={t("changeRejectedTitle")}>
          <p>{t("changeRejectedBody")}</p>
          <p className="mt-2">
            {t("reason")} <span lang="pl">{view.change.rejectedNote}</span>
          </p>
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
          {view.change?.heldClosingNote && (
            <>
              <p className="mt-2 font-semibold">{t("closingNoteWaitingTitle")}</p>
              <p>{t("closingNoteWaitingBody")}</p>
              <p className="mt-2 whitespace-pre-line" lang="pl">
                {view.change.heldClosingNote}
              </p>
            </>
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
