"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { approvePostsAction, hidePostsAction, restorePostsAction } from "@/lib/forum/actions";

/**
 * A moderator hides one post with a reason its author is told, or restores it,
 * or lets a held one through: only as shown (`shown`, its fingerprint), so a
 * rewrite made since is refused and looked at again.
 */
export function PostModeration({
  postId,
  number,
  hidden,
  held,
  shown,
}: {
  postId: string;
  number: number;
  hidden: boolean;
  held: boolean;
  shown: string | null;
}) {
  const t = useTranslations("forum.moderation");
  const tr = useTranslations();
  const errorText = useErrorText();
  const id = `${useId().replace(/:/g, "")}-reason`;
  const [reason, setReason] = useState("");
  const [open, setOpen] = useState(false);
  const hide = useAction(hidePostsAction);
  const restore = useAction(restorePostsAction);
  const approve = useAction(approvePostsAction);
  const refused = [approve, restore].some(({ result }) => result.data && "refused" in result.data);
  const problem = (hide.result.validationErrors as { reason?: { _errors?: string[] } } | undefined)?.reason
    ?._errors?.[0];
  const serverError = hide.result.serverError ?? restore.result.serverError ?? approve.result.serverError;
  return (
    <div className="mt-2">
      <FormStatus refused={refused && t("changedSinceShown")} serverError={serverError} />
      {hidden ? (
        <Button
          variant="secondary"
          busy={restore.isPending}
          onClick={() => restore.execute({ postIds: [postId], shown: { [postId]: shown ?? "" } })}
        >
          {t("restore")}
          <span className="sr-only"> {tr("forum.ofPost", { number })}</span>
        </Button>
      ) : open ? (
        <form
          noValidate
          aria-label={t("hideLabel", { number })}
          onSubmit={(event) => {
            event.preventDefault();
            hide.execute({ postIds: [postId], reason });
          }}
        >
          <label htmlFor={id} className="block font-semibold">
            {t("reason")}
          </label>
          <FieldHintAndError id={id} hint={t("reasonHint")} error={problem ? errorText.field(problem) : undefined} />
          <input
            id={id}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={500}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ""}`}
            className={`${inputClassName} mt-1`}
          />
          <div className="mt-2 flex flex-wrap gap-3">
            <Button type="submit" variant="danger" busy={hide.isPending}>
              {t("hide")}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tr("forum.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <span className="flex flex-wrap gap-3">
          {held && (
            <Button
              variant="secondary"
              busy={approve.isPending}
              onClick={() => approve.execute({ postIds: [postId], shown: shown ? { [postId]: shown } : {} })}
            >
              {t("approve")}
              <span className="sr-only"> {tr("forum.ofPost", { number })}</span>
            </Button>
          )}
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {t("hide")}
            <span className="sr-only"> {tr("forum.ofPost", { number })}</span>
          </Button>
        </span>
      )}
    </div>
  );
}
