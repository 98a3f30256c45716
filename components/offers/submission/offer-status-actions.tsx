"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import type { AppErrorCode } from "@/lib/errors";
import { useRouter } from "@/lib/i18n/navigation";
import { reopenOfferAction, withdrawOfferAction } from "@/lib/offers/submission/actions";
import { isRefused } from "@/lib/rule-errors/refusals";

/**
 * Withdrawing the submitted offer, or reopening it as a draft to change and
 * submit again: both only before the deadline by the server's clock, each
 * after a second click that says what it does.
 */
export function OfferStatusActions({
  offerId,
  mayWithdraw,
  mayReopen,
}: {
  offerId: string;
  mayWithdraw: boolean;
  mayReopen: boolean;
}) {
  const t = useTranslations("offerSubmission.confirmation");
  const refusals = useTranslations("offerSubmission.refusals");
  const router = useRouter();
  const [confirming, setConfirming] = useState<"withdraw" | "reopen" | null>(null);
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);

  async function run(which: "withdraw" | "reopen") {
    setPending(true);
    setRefused(null);
    setServerError(null);
    const result = await (which === "withdraw" ? withdrawOfferAction : reopenOfferAction)({ offerId });
    setPending(false);
    setConfirming(null);
    if (result?.serverError) setServerError(result.serverError);
    else if (isRefused(result?.data)) setRefused(refusals(result.data.refused));
    else if (which === "reopen") router.push({ pathname: "/offers/[id]", params: { id: offerId } });
  }

  return (
    <div className="mt-4">
      <FormStatus refused={refused} serverError={serverError} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-4">
          <p className="w-full">{t(`${confirming}Confirm`)}</p>
          <Button variant="danger" busy={pending} onClick={() => void run(confirming)}>
            {t(`${confirming}Yes`)}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(null)}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-4">
          {mayReopen && (
            <Button variant="secondary" onClick={() => setConfirming("reopen")}>
              {t("reopen")}
            </Button>
          )}
          {mayWithdraw && (
            <Button variant="danger" onClick={() => setConfirming("withdraw")}>
              {t("withdraw")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
