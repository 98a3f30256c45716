"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useErrorText } from "@/components/forms/error-text";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { mergeThreadsAction, moveThreadAction, threadStateAction } from "@/lib/forum/actions";
import { useRouter } from "@/lib/i18n/navigation";

/** A moderator's tools for a whole thread: lock, pin, move to another category. */
export function ThreadModeration({
  thread,
  categories,
}: {
  thread: { id: string; locked: boolean; pinned: boolean; categoryId: string };
  categories: { id: string; name: string }[];
}) {
  const t = useTranslations("forum.moderation");
  const errorText = useErrorText();
  const router = useRouter();
  const [target, setTarget] = useState(thread.categoryId);
  const [reason, setReason] = useState("");
  const state = useAction(threadStateAction);
  const move = useAction(moveThreadAction);
  const [into, setInto] = useState("");
  const merge = useAction(mergeThreadsAction, {
    onSuccess: ({ data }) => data && router.push({ pathname: "/forum/threads/[id]", params: { id: data.threadId } }),
  });
  const mergeProblem = (merge.result.validationErrors as { intoThread?: { _errors?: string[] } } | undefined)
    ?.intoThread?._errors?.[0];
  const serverError = state.result.serverError ?? move.result.serverError ?? merge.result.serverError;
  return (
    <section
      aria-labelledby="thread-moderation-heading"
      className="mt-4 max-w-3xl rounded border-2 border-slate-300 p-3"
    >
      <h2 id="thread-moderation-heading" className="text-lg font-bold">
        {t("threadHeading")}
      </h2>
      <FormStatus serverError={serverError} />
      <label htmlFor="thread-moderation-reason" className="mt-2 block font-semibold">
        {t("threadReason")}
      </label>
      <input
        id="thread-moderation-reason"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        maxLength={500}
        className={`${inputClassName} mt-1`}
      />
      <div className="mt-2 flex flex-wrap gap-3">
        <Button
          variant="secondary"
          aria-pressed={thread.locked}
          disabled={state.isPending}
          onClick={() => state.execute({ threadId: thread.id, locked: !thread.locked, reason })}
        >
          {t("lock")}
        </Button>
        <Button
          variant="secondary"
          aria-pressed={thread.pinned}
          disabled={state.isPending}
          onClick={() => state.execute({ threadId: thread.id, pinned: !thread.pinned, reason })}
        >
          {t("pin")}
        </Button>
      </div>
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          move.execute({ threadId: thread.id, categoryId: target, reason });
        }}
      >
        <div>
          <label htmlFor="thread-move-target" className="block font-semibold">
            {t("moveTo")}
          </label>
          <select
            id="thread-move-target"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            className={`${inputClassName} mt-1`}
          >
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={move.isPending || target === thread.categoryId}>
          {t("move")}
        </Button>
      </form>
      <form
        noValidate
        className="mt-3"
        onSubmit={(event) => {
          event.preventDefault();
          merge.execute({ threadId: thread.id, intoThread: into, reason });
        }}
      >
        <label htmlFor="thread-merge-target" className="block font-semibold">
          {t("mergeInto")}
        </label>
        <FieldHintAndError
          id="thread-merge-target"
          hint={t("mergeHint")}
          error={mergeProblem ? errorText.field(mergeProblem) : undefined}
        />
        <div className="mt-1 flex flex-wrap items-end gap-3">
          <input
            id="thread-merge-target"
            value={into}
            onChange={(event) => setInto(event.target.value)}
            aria-invalid={mergeProblem ? true : undefined}
            aria-describedby={`thread-merge-target-hint${mergeProblem ? " thread-merge-target-error" : ""}`}
            className={inputClassName}
          />
          <Button type="submit" variant="secondary" disabled={merge.isPending}>
            {t("merge")}
          </Button>
        </div>
      </form>
    </section>
  );
}
