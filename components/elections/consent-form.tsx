"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { FormStatus } from "@/components/forms/form-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { consentAsCandidateAction, consentByTokenAction } from "@/lib/elections/nominations/actions";

/**
 * The candidate's answer: consent (and whether the statement may be
 * published) or refusal, confirmed first. Through the e-mailed link
 * (`token`) or signed in (`nominationId`).
 */
export function ConsentForm({
  target,
  candidateName,
}: {
  target: { token: string } | { nominationId: string };
  candidateName: string;
}) {
  const t = useTranslations("consent");
  const tr = useTranslations();
  const [publishBio, setPublishBio] = useState(true);
  const [confirmingRefusal, setConfirmingRefusal] = useState(false);
  const [done, setDone] = useState<"given" | "refused" | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const byToken = useAction(consentByTokenAction);
  const asCandidate = useAction(consentAsCandidateAction);
  const pending = byToken.isPending || asCandidate.isPending;
  const result = "token" in target ? byToken.result : asCandidate.result;
  const refused = result.data && "refused" in result.data ? result.data.refused : null;

  const decide = async (consent: boolean) => {
    const decision = { consent, bioPublicationConsent: consent && publishBio };
    const response =
      "token" in target
        ? await byToken.executeAsync({ token: target.token, ...decision })
        : await asCandidate.executeAsync({ nominationId: target.nominationId, ...decision });
    // Signed in, the election page's panel changes with the action's refresh; through the link, the thanks stay here.
    if (response?.data && "decided" in response.data) setDone(consent ? "given" : "refused");
  };

  if (done) {
    return (
      <Alert tone="success" live>
        {done === "given" ? t("given") : t("refusedDone")}
      </Alert>
    );
  }
  return (
    <div className="mt-4 max-w-3xl">
      <FormStatus refused={refused && tr(`nominations.refusals.${refused}`)} serverError={result.serverError} />
      <p>{t("statement", { name: candidateName })}</p>
      <div className="mt-3 flex items-start gap-3">
        <input
          id={`publish-bio-${"token" in target ? "link" : target.nominationId}`}
          type="checkbox"
          checked={publishBio}
          onChange={(event) => setPublishBio(event.target.checked)}
          className={checkboxClassName}
        />
        <label htmlFor={`publish-bio-${"token" in target ? "link" : target.nominationId}`}>{t("publishBio")}</label>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <Button disabled={pending} onClick={() => decide(true)}>
          {t("give")}
        </Button>
        {!confirmingRefusal && (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => {
              setConfirmingRefusal(true);
              setTimeout(() => confirmRef.current?.focus(), 0);
            }}
          >
            {t("refuse")}
          </Button>
        )}
      </div>
      {confirmingRefusal && (
        <div role="group" aria-labelledby="refuse-question" className="mt-4 border-l-4 border-red-800 pl-3">
          <p id="refuse-question" className="font-semibold">
            {t("refuseQuestion")}
          </p>
          <div className="mt-2 flex flex-wrap gap-3">
            <Button ref={confirmRef} variant="danger" disabled={pending} onClick={() => decide(false)}>
              {t("refuseConfirm")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmingRefusal(false)}>
              {t("refuseCancel")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
