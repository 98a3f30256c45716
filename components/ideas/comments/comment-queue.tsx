"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { useErrorText } from "@/components/forms/error-text";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { QueueList } from "@/components/moderation/queue-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ForumFlagReason } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import {
  approveCommentsAction,
  dismissCommentFlagsAction,
  hideCommentsAction,
  restoreCommentsAction,
} from "@/lib/ideas/comments/actions";

type Item = {
  id: string;
  /** The fingerprint of the wording shown, sent when letting the comment through or restoring it. */
  shown: string;
  number: number;
  excerpt: string;
  createdAt: Date;
  held: boolean;
  hidden: boolean;
  author: string | null;
  idea: { slug: string; title: string };
  flags: { reason: ForumFlagReason; note: string | null }[];
};

/**
 * The moderators' queue of entries' comments: held ones (a blocked word, a
 * held edit) and flagged ones. Any number are chosen and decided together:
 * hidden with one reason each author is told, let through as shown, or kept
 * with their flags dismissed.
 */
export function CommentQueue({ items, empty }: { items: Item[]; empty: string }) {
  const t = useTranslations("ideaDiscussion.moderation");
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
  const hide = useAction(hideCommentsAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      after(t("hiddenCount", { count: data.hidden }));
      setReason("");
    },
  });
  const approve = useAction(approveCommentsAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      // Rewritten since the queue was loaded: nothing was let through; the refreshed queue shows the new wording.
      if ("refused" in data) return setDone(null);
      after(t("approvedCount", { count: data.approved }));
    },
  });
  const dismiss = useAction(dismissCommentFlagsAction, {
    onSuccess: ({ data }) => data && after(t("dismissedCount", { count: data.dismissed })),
  });
  const restore = useAction(restoreCommentsAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      // Rewritten while hidden: nothing came back; the refreshed queue shows the new wording.
      if ("refused" in data) return setDone(null);
      after(t("restoredCount", { count: data.restored }));
    },
  });
  /** What the moderator was shown of the chosen comments, sent with a decision that publishes them. */
  const shownOfChosen = () =>
    Object.fromEntries(items.filter((item) => chosen.includes(item.id)).map((item) => [item.id, item.shown]));
  const decisions = [hide, approve, dismiss, restore];
  /** Only the latest decision's outcome shows. */
  const start = (current: (typeof decisions)[number]) => {
    for (const decision of decisions) if (decision !== current) decision.reset();
    setDone(null);
  };
  const errors = Object.assign(
    {},
    ...decisions.map((d) => d.result.validationErrors as Record<string, { _errors?: string[] }> | undefined),
  ) as Record<string, { _errors?: string[] } | undefined>;
  const reasonProblem = errors.reason?._errors?.[0];
  const selectionProblem = errors.commentIds?._errors?.[0];
  const serverError = decisions.map((d) => d.result.serverError).find(Boolean);
  const refused = [approve, restore].some(({ result }) => result.data && "refused" in result.data);
  const all = items.length > 0 && chosen.length === items.length;

  return (
    <div className="mt-6 max-w-5xl">
      <QueueList
        items={items}
        empty={empty}
        ordered
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
                  hide.execute({ commentIds: chosen, reason });
                }}
              >
                {t("hideChosen")}
              </Button>
              <Button
                variant="secondary"
                disabled={approve.isPending}
                onClick={() => {
                  start(approve);
                  approve.execute({ commentIds: chosen, shown: shownOfChosen() });
                }}
              >
                {t("approveChosen")}
              </Button>
              <Button
                variant="secondary"
                disabled={dismiss.isPending}
                onClick={() => {
                  start(dismiss);
                  dismiss.execute({ commentIds: chosen });
                }}
              >
                {t("dismissChosen")}
              </Button>
              <Button
                variant="secondary"
                disabled={restore.isPending}
                onClick={() => {
                  start(restore);
                  restore.execute({ commentIds: chosen, shown: shownOfChosen() });
                }}
              >
                {t("restoreChosen")}
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
                  {t("itemLabel", { title: item.idea.title, number: item.number })}
                </label>
                <div id={`${id}-details`}>
                  <p className="text-slate-700">
                    <span lang="pl">{item.author ?? tr("ideaDiscussion.comments.deletedUser")}</span> ·{" "}
                    {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
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
                    pathname: "/ideas/[slug]",
                    params: { slug: item.idea.slug },
                    hash: `komentarz-${item.number}`,
                  }}
                  className="underline"
                >
                  {t("open")}
                  <span className="sr-only"> {tr("ideaDiscussion.comments.ofComment", { number: item.number })}</span>
                </Link>
              </div>
            </div>
          );
        }}
      </QueueList>
    </div>
  );
}
