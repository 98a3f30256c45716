"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import {
  acceptCoApplicationAction,
  declineCoApplicationAction,
  leaveCoApplicationAction,
} from "@/lib/offers/co-applicants/actions";
import { ACCEPTED_PARAM, ANSWERED_PARAM } from "@/lib/offers/co-applicants/notice-params";

type Outcome = { data?: unknown; serverError?: string } | undefined;

/**
 * The answer's outcome: a refusal in words, else done. The page the person
 * lands on then says what happened (the draft after accepting, "Moje oferty"
 * after declining or withdrawing), told by a query parameter.
 */
function useOutcome() {
  const t = useTranslations("offerEditor.invitation");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<Outcome>): Promise<boolean> => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    const refused = (result?.data as { refused?: string } | undefined)?.refused;
    if (refused) setMessage(t(`refusals.${refused}` as "refusals.OFFER_NOT_DRAFT"));
    else if (result?.serverError) setMessage(t("failed"));
    else return true;
    return false;
  };
  const alert = message && (
    <Alert tone="error" live>
      {message}
    </Alert>
  );
  return { run, busy, alert };
}

/** Accept or decline the invitation, for the invited organisation's owners and editors. */
export function InvitationAnswer({ offerId, organisationId }: { offerId: string; organisationId: string }) {
  const t = useTranslations("offerEditor.invitation");
  const router = useRouter();
  const { run, busy, alert } = useOutcome();
  const input = { offerId, organisationId };
  return (
    <div className="mt-4">
      <div className="flex flex-wrap gap-3">
        <Button
          disabled={busy}
          onClick={async () => {
            if (await run(() => acceptCoApplicationAction(input)))
              router.replace({
                pathname: "/offers/[id]",
                params: { id: offerId },
                query: { [ACCEPTED_PARAM]: organisationId },
              });
          }}
        >
          {t("accept")}
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={async () => {
            if (!window.confirm(t("confirmDecline"))) return;
            // Declined, the offer is no longer this organisation's: back to its offers.
            if (await run(() => declineCoApplicationAction(input)))
              router.push({ pathname: "/offers", query: { [ANSWERED_PARAM]: offerId } });
          }}
        >
          {t("decline")}
        </Button>
      </div>
      {alert}
    </div>
  );
}

/** A co-applicant that accepted takes its organisation out of the draft (the confirmation names it). */
export function LeaveOfferButton({
  offerId,
  organisationId,
  organisationName,
}: {
  offerId: string;
  organisationId: string;
  organisationName: string;
}) {
  const t = useTranslations("offerEditor.invitation");
  const router = useRouter();
  const { run, busy, alert } = useOutcome();
  return (
    <div className="mt-4">
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          if (!window.confirm(t("confirmLeave", { name: organisationName }))) return;
          if (await run(() => leaveCoApplicationAction({ offerId, organisationId })))
            router.push({ pathname: "/offers", query: { [ANSWERED_PARAM]: offerId } });
        }}
      >
        {t("leave")}
      </Button>
      {alert}
    </div>
  );
}
