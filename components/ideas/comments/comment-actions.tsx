"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { DeleteQuestion, EditForm, useItemActions } from "@/components/discussion/item-actions";
import { useComposer } from "@/components/forum/composer-context";
import { FormStatus } from "@/components/forms/form-status";
import { CommentFlag } from "@/components/ideas/comments/comment-flag";
import { Button } from "@/components/ui/button";
import { deleteCommentAction, editCommentAction } from "@/lib/ideas/comments/actions";
import { MAX_COMMENT } from "@/lib/ideas/comments/schemas";

/**
 * What a reader may do with a comment: quote it into the comment form,
 * edit or delete their own (deleting asks first), or report someone else's.
 * Each opened form hands focus back to the button that opened it.
 */
export function CommentActions({
  comment,
  quoteMarkdown,
  canWrite,
  canFlag,
}: {
  comment: { id: string; number: number; body: string | null; mine: boolean };
  quoteMarkdown: string;
  canWrite: boolean;
  canFlag: boolean;
}) {
  const t = useTranslations("ideaDiscussion.comments");
  const tr = useTranslations();
  const composer = useComposer();
  const opened = useItemActions(comment.body);
  const { editing, setEditing, setDraft, confirming, setConfirming, flagging, setFlagging } = opened;
  const editButton = useRef<HTMLButtonElement>(null);
  const flagButton = useRef<HTMLButtonElement>(null);
  const edit = useAction(editCommentAction, {
    onSuccess: ({ data }) => {
      if (data && "saved" in data) {
        setEditing(false);
        requestAnimationFrame(() => editButton.current?.focus());
      }
    },
  });
  const remove = useAction(deleteCommentAction);
  const refusal = [edit.result.data, remove.result.data]
    .map((data) => (data && "refused" in data ? data.refused : null))
    .find(Boolean);
  const serverError = edit.result.serverError ?? remove.result.serverError;
  const of = <span className="sr-only"> {t("ofComment", { number: comment.number })}</span>;
  const mayEdit = comment.mine && canWrite;

  return (
    <div className="mt-3">
      <FormStatus refused={refusal && t(`refusals.${refusal}`)} serverError={serverError} />
      {editing ? (
        <EditForm
          item={opened}
          number={comment.number}
          words={t}
          rows={5}
          max={MAX_COMMENT}
          limitOnField={false}
          tooShort={tr("forms.errors.ideaCommentTooShort")}
          tooLong={tr("forms.errors.ideaCommentTooLong")}
          pending={edit.isPending}
          onSave={(text) => edit.execute({ commentId: comment.id, body: text })}
          onCancel={() => {
            setEditing(false);
            setDraft(comment.body ?? "");
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {canWrite && composer && comment.body !== null && (
            <Button variant="secondary" className="px-3" onClick={() => composer.quote(quoteMarkdown)}>
              {t("quote")}
              {of}
            </Button>
          )}
          {mayEdit && (
            <>
              <Button ref={editButton} variant="secondary" className="px-3" onClick={() => setEditing(true)}>
                {t("edit")}
                {of}
              </Button>
              <Button variant="secondary" className="px-3" onClick={() => setConfirming(true)}>
                {t("delete")}
                {of}
              </Button>
            </>
          )}
          {canFlag && !flagging && (
            <Button ref={flagButton} variant="secondary" className="px-3" onClick={() => setFlagging(true)}>
              {tr("ideaDiscussion.flag.open")}
              {of}
            </Button>
          )}
          {confirming && (
            <DeleteQuestion
              item={opened}
              number={comment.number}
              words={t}
              pending={remove.isPending}
              onDelete={() => remove.execute({ commentId: comment.id })}
              onKeep={() => setConfirming(false)}
            />
          )}
          {flagging && (
            <CommentFlag
              commentId={comment.id}
              number={comment.number}
              onClose={() => {
                setFlagging(false);
                requestAnimationFrame(() => flagButton.current?.focus());
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
