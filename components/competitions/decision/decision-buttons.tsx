"use client";

// The decision page's one-click acts: taking back a task's unpublished
// decision, and publishing the results (refused, with the reason, while an
// offer or a task is undecided; the page then shows what is missing).
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { publishResultsAction, withdrawTaskDecisionAction } from "@/lib/competitions/decision/actions";
import { isRefused } from "@/lib/rule-errors/refusals";

export function WithdrawDecisionButton({ competitionId, taskId }: { competitionId: string; taskId: string }) {
  const t = useTranslations("competitionDecision");
  const action = useAction(withdrawTaskDecisionAction);
  const data = action.result.data;
  return (
    <div className="mt-2">
      <FormStatus
        refused={isRefused(data) && t(`refusals.${data.refused}`)}
        serverError={action.result.serverError ?? null}
      />
      <Button variant="secondary" busy={action.isPending} onClick={() => action.execute({ competitionId, taskId })}>
        {t("decide.withdraw")}
      </Button>
    </div>
  );
}

/**
 * Publishes the results after a second, explicit step: publication tells every
 * applicant and follower and cannot be taken back, so one click must not do it.
 * The step takes the focus to "Back"; closing it returns the focus to the button.
 */
export function PublishResultsButton({ competitionId, title }: { competitionId: string; title: string }) {
  const t = useTranslations("competitionDecision");
  const action = useAction(publishResultsAction);
  const [confirming, setConfirming] = useState(false);
  const back = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) back.current?.focus();
    else if (opened.current) start.current?.focus();
    opened.current = confirming;
  }, [confirming]);
  const data = action.result.data;
  return (
    <div className="mt-2">
      <FormStatus
        saved={data && !isRefused(data) && t("publish.saved")}
        refused={isRefused(data) && t(`refusals.${data.refused}`)}
        serverError={action.result.serverError ?? null}
      />
      {!confirming ? (
        <Button ref={start} onClick={() => setConfirming(true)}>
          {t("publish.submit")}
        </Button>
      ) : (
        <div
          role="group"
          aria-labelledby="publish-results-question"
          className="rounded border-2 border-amber-700 bg-amber-50 p-3"
        >
          <p id="publish-results-question" className="font-semibold">
            {t("publish.question", { title })}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button
              busy={action.isPending}
              onClick={async () => {
                await action.executeAsync({ competitionId });
                setConfirming(false);
              }}
            >
              {t("publish.confirm")}
            </Button>
            <Button ref={back} variant="secondary" onClick={() => setConfirming(false)}>
              {t("publish.back")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
