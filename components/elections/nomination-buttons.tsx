"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { recommendAction, withdrawNominationAction } from "@/lib/elections/nominations/actions";

/** A recommending organisation's answer to a request, given by its representative. */
export function RecommendationButtons({
  nominationId,
  organisationId,
  candidateName,
}: {
  nominationId: string;
  organisationId: string;
  candidateName: string;
}) {
  const t = useTranslations("nominations");
  const recommend = useAction(recommendAction);
  const refused = recommend.result.data && "refused" in recommend.result.data ? recommend.result.data.refused : null;
  return (
    <div className="mt-2">
      <FormStatus refused={refused && t(`refusals.${refused}`)} serverError={recommend.result.serverError} />
      <div className="flex flex-wrap gap-3">
        <Button
          disabled={recommend.isPending}
          onClick={() => recommend.execute({ nominationId, organisationId, confirm: true })}
        >
          {t("recommend")}
          <span className="sr-only"> {candidateName}</span>
        </Button>
        <Button
          variant="secondary"
          disabled={recommend.isPending}
          onClick={() => recommend.execute({ nominationId, organisationId, confirm: false })}
        >
          {t("declineRecommendation")}
          <span className="sr-only"> {candidateName}</span>
        </Button>
      </div>
    </div>
  );
}

/** The nominating organisation takes its nomination back, after confirming. */
export function WithdrawNominationButton({
  nominationId,
  candidateName,
}: {
  nominationId: string;
  candidateName: string;
}) {
  const t = useTranslations("nominations");
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const withdraw = useAction(withdrawNominationAction);
  const refused = withdraw.result.data && "refused" in withdraw.result.data ? withdraw.result.data.refused : null;
  return (
    <div className="mt-2">
      <FormStatus refused={refused && t(`refusals.${refused}`)} serverError={withdraw.result.serverError} />
      {confirming ? (
        <div
          role="group"
          aria-label={t("withdrawConfirm", { name: candidateName })}
          className="border-l-4 border-red-800 pl-3"
        >
          <p className="font-semibold">{t("withdrawConfirm", { name: candidateName })}</p>
          <div className="mt-2 flex flex-wrap gap-3">
            <Button
              ref={confirmRef}
              variant="danger"
              disabled={withdraw.isPending}
              onClick={() => withdraw.execute({ nominationId })}
            >
              {t("withdrawYes")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("withdrawNo")}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setConfirming(true);
            setTimeout(() => confirmRef.current?.focus(), 0);
          }}
        >
          {t("withdraw")}
          <span className="sr-only"> {candidateName}</span>
        </Button>
      )}
    </div>
  );
}
