"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AppErrorCode } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { useRouter } from "@/lib/i18n/navigation";
import { submitOfferAction } from "@/lib/offers/submission/actions";
import { submitSmallGrantOfferAction } from "@/lib/small-grants/actions";
import type { SubmitRefusal } from "@/lib/offers/submission/mutations";
import type { SmallGrantSubmitRefusal } from "@/lib/small-grants/submission";
import { isRefused } from "@/lib/rule-errors/refusals";

/**
 * The submit button with what a submission answers: the checks' errors in
 * words (the server's, on the document as stored), a refusal (the deadline
 * passed by the server's clock, the draft changed since the page was loaded)
 * or, once submitted, the confirmation page with the checksum. A small-grant
 * offer (art. 19a) goes to the office's intake through its own action, and
 * then back to the offer, which shows it as received.
 */
export function SubmitOfferForm({
  offerId,
  revisions,
  smallGrant = false,
}: {
  offerId: string;
  revisions: Record<string, number>;
  smallGrant?: boolean;
}) {
  const t = useTranslations("offerSubmission.submit");
  const refusals = useTranslations("offerSubmission.refusals");
  const locale = useLocale();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<SubmitRefusal | SmallGrantSubmitRefusal | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setRefused(null);
    setProblems([]);
    setServerError(null);
    const input = { offerId, revisions, locale: isLocale(locale) ? locale : ("pl" as const) };
    const result = smallGrant ? await submitSmallGrantOfferAction(input) : await submitOfferAction(input);
    setPending(false);
    const errors = result?.validationErrors as Record<string, { _errors?: string[] }> | undefined;
    if (errors) {
      setProblems(Object.values(errors).flatMap((e) => e._errors ?? []));
      return;
    }
    if (result?.serverError) {
      setServerError(result.serverError);
      return;
    }
    if (isRefused(result?.data)) {
      setRefused(result.data.refused);
      return;
    }
    router.push({ pathname: smallGrant ? "/offers/[id]" : "/offers/[id]/confirmation", params: { id: offerId } });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-6">
      <FormStatus refused={refused && refusals(refused)} serverError={serverError} />
      {problems.length > 0 && (
        <Alert tone="error" live title={t("refusedTitle")}>
          <ul className="list-disc pl-6">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      <p className="max-w-3xl">{t("declaration")}</p>
      <Button type="submit" busy={pending} className="mt-4">
        {pending ? t("pending") : t("button")}
      </Button>
    </form>
  );
}
