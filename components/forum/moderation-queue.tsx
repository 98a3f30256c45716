"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { useErrorText } from "@/components/forms/error-text";
import { QueueList } from "@/components/moderation/queue-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SuspendAuthor } from "@/components/forum/suspend-author";
import { approvePostsAction, dismissFlagsAction, hidePostsAction } from "@/lib/forum/actions";
import type { ForumFlagReason } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";

type Item = {
  id: string;
  /** The fingerprint of the wording shown, sent when letting the post through (lib/forum/held-version.ts). */
  shown: string;
  number: number;
  excerpt: string;
  createdAt: Date;
  hidden: boolean;
  held: boolean;
  author: { id: string; name: string; createdAt: Date; suspendedUntil: Date | null } | null;
  thread: { id: string; title: string };
  flags: { reason: ForumFlagReason; note: string | null }[];
};

/**
 * The moderators' queue of flagged posts. Any number are chosen (all at once
 * for a spam wave) and decided together: hidden with one reason each author
 * is told, or kept with their flags dismissed.
 */
export function ModerationQueue({ items, empty }: { items: Item[]; empty: string }) {
  const t = useTranslations("forum.moderation");
  const tr = useTranslations();
  const format = useFormatter();
  const texts = useErrorText();
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const hide = useAction(hidePostsAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      setDone(t("hiddenCount", { count: data.hidden }));
      setChosen([]);
      setReason("");
    },
  });
  const approve = useAction(approvePostsAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      // Rewritten since the queue was loaded: nothing was let through; the refreshed queue shows the new wording.
      if ("refused" in data) {
        setDone(null);
        return;
      }
      setDone(t("approvedCount", { count: data.approved }));
      setChosen([]);
    },
  });
  const dismiss = useAction(dismissFlagsAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      setDone(t("dismissedCount", { count: data.dismissed }));
      setChosen([]);
    },
  });
  /** Only the latest decision's outcome shows: the other decisions' errors and counts go. */
  const startDecision = (decision: "hide" | "approve" | "dismiss") => {
    if (decision !== "hide") hide.reset();
    if (decision !== "approve") approve.reset();
    if (decision !== "dismiss") dismiss.reset();
    setDone(null);
  };
  const errors = {
    ...(hide.result.validationErrors as Record<string, { _errors?: string[] }> | undefined),
    ...(dismiss.result.validationErrors as Record<string, { _errors?: string[] }> | undefined),
    ...(approve.result.validationErrors as Record<string, { _errors?: string[] }> | undefined),
  };
  const reasonProblem = errors.reason?._errors?.[0];
  const selectionProblem = errors.postIds?._errors?.[0];
  const serverError = hide.result.serverError ?? dismiss.result.serverError ?? approve.result.serverError;
  const refused = approve.result.data && "refused" in approve.result.data;
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
                  startDecision("hide");
                  hide.execute({ postIds: chosen, reason });
                }}
              >
                {t("hideChosen")}
              </Button>
              <Button
                variant="secondary"
                disabled={approve.isPending}
                onClick={() => {
                  startDecision("approve");
                  approve.execute({
                    postIds: chosen,
                    shown: Object.fromEntries(
                      items.filter((item) => chosen.includes(item.id)).map((item) => [item.id, item.shown]),
                    ),
                  });
                }}
              >
                {t("approveChosen")}
              </Button>
              <Button
                variant="secondary"
                disabled={dismiss.isPending}
                onClick={() => {
                  startDecision("dismiss");
                  dismiss.execute({ postIds: chosen });
                }}
              >
                {t("dismissChosen")}
              </Button>
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
                  {t("itemLabel", { title: item.thread.title, number: item.number })}
                </label>
                <div id={`${id}-details`}>
                  <p className="text-slate-700">
                    {item.author
                      ? t("byAuthor", {
                          name: item.author.name,
                          since: format.dateTime(item.author.createdAt, { dateStyle: "medium" }),
                        })
                      : tr("forum.deletedUser")}{" "}
                    · {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    {item.hidden && ` · ${t("alreadyHidden")}`}
                    {item.held && <span className="font-semibold text-slate-900"> · {t("heldLabel")}</span>}
                  </p>
                  <p className="mt-1 whitespace-pre-line" lang="pl">
                    {item.excerpt}
                  </p>
                  <ul className="mt-1 list-disc pl-5">
                    {item.flags.map((flag, index) => (
                      <li key={index}>
                        {tr(`forum.flag.reasons.${flag.reason}`)}
                        {flag.note && <span lang="pl">: {flag.note}</span>}
                      </li>
                    ))}
                  </ul>
                </div>
                <Link
                  href={{
                    pathname: "/forum/threads/[id]",
                    params: { id: item.thread.id },
                    query: { wpis: String(item.number) },
                  }}
                  className="underline"
                >
                  {t("open")}
                  <span className="sr-only"> {tr("forum.ofPost", { number: item.number })}</span>
                </Link>
                {item.author && (
                  <SuspendAuthor
                    userId={item.author.id}
                    name={item.author.name}
                    suspendedUntil={item.author.suspendedUntil}
                    idPrefix={`suspend-${item.id}`}
                  />
                )}
              </div>
            </div>
          );
        }}
      </QueueList>
    </div>
  );
}
