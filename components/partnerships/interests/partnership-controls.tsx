"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useDecisions } from "@/components/forms/use-decisions";
import { Button } from "@/components/ui/button";
import {
  completePartnershipAction,
  confirmPartnershipAction,
  endPartnershipAction,
  partnershipConsentAction,
} from "@/lib/partnerships/workflow/actions";
import type { MyPartnershipsView } from "@/lib/partnerships/workflow/queries";

type Partnership = MyPartnershipsView["partnerships"][number];

/**
 * What the reader's side does with a partnership now: confirm it (saying
 * whether it may be shown on the public profiles) or end it while proposed;
 * change that consent later; mark it completed with whether it would work
 * together again once formed. Every choice is a labelled control, every
 * outcome announced.
 */
export function PartnershipControls({ partnership }: { partnership: Partnership }) {
  const t = useTranslations("partnershipWorkflow");
  const format = useFormatter();
  const { decide, alerts } = useDecisions("partnershipWorkflow.refusals", { focusOutcome: true });
  const [pending, setPending] = useState(false);
  const [show, setShow] = useState(partnership.ourShowsPublicly);
  const [again, setAgain] = useState<"yes" | "no" | "">("");
  const [againError, setAgainError] = useState(false);
  const [endedEarly, setEndedEarly] = useState(false);
  const ids = { partnershipId: partnership.id, side: partnership.side };
  const key = partnership.id;

  async function run(action: () => Promise<{ data?: unknown; serverError?: string } | undefined>, done: string) {
    setPending(true);
    await decide(action, done);
    setPending(false);
  }

  const consentBox = (
    <div className="flex items-start gap-3">
      <input
        id={`show-${key}`}
        type="checkbox"
        className="mt-1 h-5 w-5"
        checked={show}
        onChange={(event) => setShow(event.target.checked)}
        aria-describedby={`show-${key}-hint`}
      />
      <div>
        <label htmlFor={`show-${key}`}>{t("controls.showPublicly")}</label>
        <p id={`show-${key}-hint`} className="text-sm text-slate-700">
          {t("controls.showPubliclyHint")}
        </p>
      </div>
    </div>
  );

  return (
    <div className="mt-3">
      {alerts}
      {partnership.status === "PROPOSED" && !partnership.ourConfirmedAt && (
        <form
          noValidate
          className="space-y-3"
          aria-label={t("controls.confirmLabel", { title: partnership.request.title })}
          onSubmit={async (event) => {
            event.preventDefault();
            await run(() => confirmPartnershipAction({ ...ids, showPublicly: show }), t("controls.confirmed"));
          }}
        >
          {consentBox}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" busy={pending}>
              {t("controls.confirm")}
            </Button>
            <Button
              variant="danger"
              busy={pending}
              onClick={() => run(() => endPartnershipAction(ids), t("controls.ended"))}
            >
              {t("controls.end")}
            </Button>
          </div>
        </form>
      )}
      {partnership.status === "PROPOSED" && partnership.ourConfirmedAt && (
        <div className="space-y-2">
          <p>{t("controls.waiting", { name: partnership.them.name })}</p>
          <Button
            variant="danger"
            busy={pending}
            onClick={() => run(() => endPartnershipAction(ids), t("controls.ended"))}
          >
            {t("controls.end")}
          </Button>
        </div>
      )}
      {(partnership.status === "FORMED" || partnership.status === "COMPLETED") && (
        <form
          noValidate
          className="space-y-3"
          aria-label={t("controls.consentLabel", { title: partnership.request.title })}
          onSubmit={async (event) => {
            event.preventDefault();
            await run(() => partnershipConsentAction({ ...ids, showPublicly: show }), t("controls.consentSaved"));
          }}
        >
          {consentBox}
          <Button type="submit" variant="secondary" busy={pending}>
            {t("controls.saveConsent")}
          </Button>
        </form>
      )}
      {(partnership.status === "FORMED" || partnership.status === "COMPLETED") && !partnership.ourCompletedAt && (
        <form
          noValidate
          className="mt-4 space-y-3"
          onSubmit={async (event) => {
            event.preventDefault();
            setAgainError(again === "");
            if (again === "") return;
            await run(
              () => completePartnershipAction({ ...ids, wouldWorkAgain: again === "yes", endedEarly }),
              t("controls.completed"),
            );
          }}
        >
          <fieldset
            className={againError ? "border-l-4 border-red-800 pl-3" : ""}
            aria-describedby={againError ? `again-${key}-error` : undefined}
          >
            <legend className="font-semibold">{t("controls.wouldAgain", { name: partnership.them.name })}</legend>
            {againError && (
              <p id={`again-${key}-error`} className="font-semibold text-red-800">
                {t("controls.wouldAgainRequired")}
              </p>
            )}
            {(["yes", "no"] as const).map((value) => (
              <div key={value} className="mt-2 flex items-center gap-3">
                <input
                  id={`again-${key}-${value}`}
                  type="radio"
                  name={`again-${key}`}
                  value={value}
                  checked={again === value}
                  onChange={() => setAgain(value)}
                  className="h-5 w-5"
                />
                <label htmlFor={`again-${key}-${value}`}>{t(`controls.again.${value}`)}</label>
              </div>
            ))}
          </fieldset>
          {partnership.endsLater && (
            // The project is planned to run on: completing it now needs the side's word that it ended early.
            <div className="flex items-start gap-3">
              <input
                id={`early-${key}`}
                type="checkbox"
                className="mt-1 h-5 w-5"
                checked={endedEarly}
                onChange={(event) => setEndedEarly(event.target.checked)}
                aria-describedby={`early-${key}-hint`}
              />
              <div>
                <label htmlFor={`early-${key}`}>{t("controls.endedEarly")}</label>
                <p id={`early-${key}-hint`} className="text-sm text-slate-700">
                  {t("controls.endedEarlyHint", {
                    date: format.dateTime(new Date(partnership.endsLater), { dateStyle: "long", timeZone: "UTC" }),
                  })}
                </p>
              </div>
            </div>
          )}
          <Button type="submit" variant="secondary" busy={pending}>
            {/* Once the other side marked it completed, this side only adds its own word. */}
            {partnership.status === "COMPLETED" ? t("controls.addAssessment") : t("controls.complete")}
          </Button>
        </form>
      )}
    </div>
  );
}
