"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { idInput, type AreaAction } from "@/components/discussion/area-action";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { useErrorText } from "@/components/forms/error-text";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { QueueList } from "@/components/moderation/queue-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ForumFlagReason } from "@/lib/generated/prisma/enums";
import type { Refused } from "@/lib/rule-errors/refusals";

export type QueuedItem = {
  id: string;
  /** The fingerprint of the wording shown, sent with a decision that publishes it (letting through, restoring). */
  shown: string;
  number: number;
  excerpt: string;
  /**
   * The whole wording as plain text when the excerpt is cut short: a decision
   * applies to all of it (the fingerprint covers all of it), so all of it can
   * be read before deciding.
   */
  wholeText: string | null;
  createdAt: Date;
  hidden: boolean;
  held: boolean;
  flags: { reason: ForumFlagReason; note: string | null }[];
};

type AsShown<IdsField extends string> = Record<IdsField, string[]> & { shown: Record<string, string> };
type RestoreDecision<IdsField extends string> = AreaAction<AsShown<IdsField>, { restored: number } | Refused<string>>;

/** The words of the area's queue: its translator of the namespace that holds these keys. */
type QueueWords = (
  key:
    | "hiddenCount"
    | "approvedCount"
    | "dismissedCount"
    | "changedSinceShown"
    | "chooseAll"
    | "decisionHeading"
    | "reason"
    | "reasonHint"
    | "hideChosen"
    | "approveChosen"
    | "dismissChosen"
    | "alreadyHidden"
    | "heldLabel"
    | "wholeText",
  values?: { count: number },
) => string;

/**
 * The moderators' queue of a discussion's items (forum posts, entries'
 * comments): held ones and flagged ones. Any number are chosen (all at once
 * for a spam wave) and decided together: hidden with one reason each author
 * is told, let through as shown, kept with their flags dismissed, or (where
 * the area offers it) restored as shown. The area gives its actions and
 * the name of their ids' field, its words, and what each item says of
 * itself: its label, its author, its links.
 */
export function DiscussionModerationQueue<Item extends QueuedItem, IdsField extends string>({
  items,
  empty,
  words: t,
  idsField,
  hide: hideAction,
  approve: approveAction,
  dismiss: dismissAction,
  restore: restoreOffer,
  label,
  byline,
  links,
}: {
  items: Item[];
  empty: string;
  words: QueueWords;
  /** What the area's actions call the chosen ids (`postIds`, `commentIds`); a problem with the choice is reported there. */
  idsField: IdsField;
  hide: AreaAction<Record<IdsField, string[]> & { reason: string }, { hidden: number }>;
  approve: AreaAction<AsShown<IdsField>, { approved: number } | Refused<string>>;
  dismiss: AreaAction<Record<IdsField, string[]>, { dismissed: number }>;
  restore?: {
    action: RestoreDecision<IdsField>;
    words: (key: "restoreChosen" | "restoredCount", values?: { count: number }) => string;
  };
  label: (item: Item) => ReactNode;
  byline: (item: Item) => ReactNode;
  links: (item: Item) => ReactNode;
}) {
  const tr = useTranslations();
  const format = useFormatter();
  const texts = useErrorText();
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const after = (message: string) => {
    setDone(message);
    setChosen([]);
  };
  const hide = useAction(hideAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      after(t("hiddenCount", { count: data.hidden }));
      setReason("");
    },
  });
  const approve = useAction(approveAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      // Rewritten since the queue was loaded: nothing was let through; the refreshed queue shows the new wording.
      if ("refused" in data) return setDone(null);
      after(t("approvedCount", { count: data.approved }));
    },
  });
  const dismiss = useAction(dismissAction, {
    onSuccess: ({ data }) => data && after(t("dismissedCount", { count: data.dismissed })),
  });
  // Always set up (hooks cannot be conditional); without the area's restore it is never run.
  const restoreAction: RestoreDecision<IdsField> = restoreOffer?.action ?? nothingRestored;
  const restore = useAction(restoreAction, {
    onSuccess: ({ data }) => {
      if (!data || !restoreOffer) return;
      // Rewritten while hidden: nothing came back; the refreshed queue shows the new wording.
      if ("refused" in data) return setDone(null);
      after(restoreOffer.words("restoredCount", { count: data.restored }));
    },
  });
  /** What the moderator was shown of the chosen items, sent with a decision that publishes them. */
  const shownOfChosen = () =>
    Object.fromEntries(items.filter((item) => chosen.includes(item.id)).map((item) => [item.id, item.shown]));
  const decisions = [hide, approve, dismiss, restore];
  /** Only the latest decision's outcome shows: the other decisions' errors and counts go. */
  const start = (current: (typeof decisions)[number]) => {
    for (const decision of decisions) if (decision !== current) decision.reset();
    setDone(null);
  };
  const errors = Object.assign(
    {},
    ...decisions.map((d) => d.result.validationErrors as Record<string, { _errors?: string[] }> | undefined),
  ) as Record<string, { _errors?: string[] } | undefined>;
  const reasonProblem = errors.reason?._errors?.[0];
  const selectionProblem = errors[idsField]?._errors?.[0];
  const serverError = decisions.map((d) => d.result.serverError).find(Boolean);
  const refused = [approve, restore].some(({ result }) => result.data && "refused" in result.data);
  const all = items.length > 0 && chosen.length === items.length;

  return (
    <div className="mt-6 max-w-5xl">
      <QueueList
        items={items}
        empty={empty}
        ordered
        // An emptied queue still says what the last decision did.
        status={
          <>
            <p role="status" className="font-semibold">
              {done}
            </p>
            {items.length > 0 && serverError && (
              <Alert tone="error" live>
                {texts.code(serverError)}
              </Alert>
            )}
            {items.length > 0 && refused && (
              <Alert tone="error" live>
                {t("changedSinceShown")}
              </Alert>
            )}
            {items.length > 0 && selectionProblem && (
              <Alert tone="error" live>
                {texts.field(selectionProblem)}
              </Alert>
            )}
          </>
        }
        before={
          <div className="mb-4 flex items-start gap-3">
            <input
              id="queue-all"
              type="checkbox"
              checked={all}
              onChange={() => setChosen(all ? [] : items.map((item) => item.id))}
              className={checkboxClassName}
            />
            <label htmlFor="queue-all" className="font-semibold">
              {t("chooseAll", { count: items.length })}
            </label>
          </div>
        }
        after={
          <section aria-labelledby="queue-decision" className="mt-6 rounded border-2 border-slate-700 p-4">
            <h2 id="queue-decision" className="text-xl font-bold">
              {t("decisionHeading", { count: chosen.length })}
            </h2>
            <label htmlFor="queue-reason" className="mt-2 block font-semibold">
              {t("reason")}
            </label>
            <FieldHintAndError
              id="queue-reason"
              hint={t("reasonHint")}
              error={reasonProblem ? texts.field(reasonProblem) : undefined}
            />
            <input
              id="queue-reason"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              maxLength={500}
              aria-invalid={reasonProblem ? true : undefined}
              aria-describedby={`queue-reason-hint${reasonProblem ? " queue-reason-error" : ""}`}
              className={`${inputClassName} mt-1`}
            />
            <div className="mt-3 flex flex-wrap gap-3">
              <Button
                variant="danger"
                disabled={hide.isPending}
                onClick={() => {
                  start(hide);
                  hide.execute({ ...idInput(idsField, chosen), reason });
                }}
              >
                {t("hideChosen")}
              </Button>
              <Button
                variant="secondary"
                disabled={approve.isPending}
                onClick={() => {
                  start(approve);
                  approve.execute({ ...idInput(idsField, chosen), shown: shownOfChosen() });
                }}
              >
                {t("approveChosen")}
              </Button>
              <Button
                variant="secondary"
                disabled={dismiss.isPending}
                onClick={() => {
                  start(dismiss);
                  dismiss.execute(idInput(idsField, chosen));
                }}
              >
                {t("dismissChosen")}
              </Button>
              {restoreOffer && (
                <Button
                  variant="secondary"
                  disabled={restore.isPending}
                  onClick={() => {
                    start(restore);
                    restore.execute({ ...idInput(idsField, chosen), shown: shownOfChosen() });
                  }}
                >
                  {restoreOffer.words("restoreChosen")}
                </Button>
              )}
            </div>
          </section>
        }
      >
        {(item) => {
          const id = `queue-${item.id}`;
          return (
            <div className="flex gap-3">
              <input
                id={id}
                type="checkbox"
                checked={chosen.includes(item.id)}
                onChange={(event) =>
                  setChosen((current) =>
                    event.target.checked ? [...current, item.id] : current.filter((other) => other !== item.id),
                  )
                }
                className={checkboxClassName}
                aria-describedby={`${id}-details`}
              />
              <div className="min-w-0 flex-1">
                <label htmlFor={id} className="font-semibold">
                  {label(item)}
                </label>
                <div id={`${id}-details`}>
                  <p className="text-slate-700">
                    {byline(item)} · {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    {item.hidden && ` · ${t("alreadyHidden")}`}
                    {item.held && <span className="font-semibold text-slate-900"> · {t("heldLabel")}</span>}
                  </p>
                  <p className="mt-1 whitespace-pre-line" lang="pl">
                    {item.excerpt}
                  </p>
                  {item.wholeText && (
                    <details className="mt-1">
                      <summary className="cursor-pointer font-semibold text-blue-800 underline">
                        {t("wholeText")}
                      </summary>
                      <p className="mt-1 whitespace-pre-line" lang="pl">
                        {item.wholeText}
                      </p>
                    </details>
                  )}
                  <ul className="mt-1 list-disc pl-5">
                    {item.flags.map((flag, index) => (
                      <li key={index}>
                        {tr(`forum.flag.reasons.${flag.reason}`)}
                        {flag.note && <span lang="pl">: {flag.note}</span>}
                      </li>
                    ))}
                  </ul>
                </div>
                {links(item)}
              </div>
            </div>
          );
        }}
      </QueueList>
    </div>
  );
}

/** Stands in for the restore of an area that does not offer one (its button is not shown). */
async function nothingRestored(): Promise<{ data: { restored: number } }> {
  return { data: { restored: 0 } };
}
