"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SupportSummary } from "@/components/ideas/support/support-summary";
import { useErrorText } from "@/components/forms/error-text";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import type { signInReturningTo } from "@/lib/auth/sign-in-link";
import { supportIdeaAction, withdrawIdeaSupportAction } from "@/lib/ideas/support/actions";
import type { SupportPanelView } from "@/lib/ideas/support/queries";
import { isRefused } from "@/lib/rule-errors/refusals";

/** Oneself is the empty string here; an organisation is its id. */
type Target = string;
const SELF: Target = "";

/**
 * The entry's supports: the counts for everyone, a sign-in link for visitors,
 * and for a signed-in person one toggle button for themselves and one for each
 * verified organisation they act for (aria-pressed says whether it supports).
 */
export function SupportPanel({
  view,
  signIn,
}: {
  view: SupportPanelView;
  signIn: ReturnType<typeof signInReturningTo>;
}) {
  const t = useTranslations("ideaAnswers.support");
  const errorText = useErrorText();
  const [counts, setCounts] = useState({ people: view.personCount, organisations: view.organisationCount });
  const [pressed, setPressed] = useState<Record<Target, boolean>>(() => ({
    [SELF]: view.viewer?.supportsAsSelf ?? false,
    ...Object.fromEntries((view.viewer?.organisations ?? []).map((o) => [o.id, o.supports])),
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const support = useAction(supportIdeaAction);
  const withdraw = useAction(withdrawIdeaSupportAction);
  const pending = support.isPending || withdraw.isPending;

  async function toggle(target: Target) {
    if (pending) return;
    setProblem(null);
    const actingFor = target === SELF ? null : target;
    const result = pressed[target]
      ? await withdraw.executeAsync({ ideaId: view.ideaId, actingFor })
      : await support.executeAsync({ ideaId: view.ideaId, actingFor, submissionKey: crypto.randomUUID() });
    const data = result?.data;
    if (data && isRefused(data)) return setProblem(t(`refusals.${data.refused}`));
    if (!data) return setProblem(errorText.server(result?.serverError ?? "INTERNAL"));
    setCounts({ people: data.counts.personSupportCount, organisations: data.counts.organisationSupportCount });
    setPressed((now) => ({ ...now, [target]: !now[target] }));
  }

  const button = (target: Target, label: string) => (
    <li key={target}>
      <Button
        variant={pressed[target] ? "primary" : "secondary"}
        aria-pressed={pressed[target]}
        // A closed entry takes no new supports; a support given earlier can still be withdrawn. While a click
        // is on its way the button is only marked busy: disabling it would drop the keyboard focus to the page.
        disabled={!view.open && !pressed[target]}
        busy={pending}
        onClick={() => void toggle(target)}
      >
        {label}
      </Button>
    </li>
  );

  return (
    <section aria-labelledby="idea-support-heading" className="my-6">
      <h2 id="idea-support-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <div aria-live="polite">
        <SupportSummary organisations={counts.organisations} people={counts.people} />
      </div>
      {view.closedBecause && <p>{t(`refusals.${view.closedBecause}`)}</p>}
      {problem && (
        <Alert tone="error" live>
          {problem}
        </Alert>
      )}
      {view.viewer ? (
        <>
          <p id="idea-support-hint" className="text-sm text-slate-700">
            {t("hint")}
          </p>
          <ul className="mt-2 flex flex-wrap gap-2" aria-describedby="idea-support-hint">
            {button(SELF, t("asSelf"))}
            {view.viewer.organisations.map((o) => button(o.id, t("forOrganisation", { name: o.name })))}
          </ul>
        </>
      ) : (
        view.open && (
          <p>
            <ButtonLink variant="secondary" href={signIn}>
              {t("signIn")}
            </ButtonLink>
          </p>
        )
      )}
    </section>
  );
}
