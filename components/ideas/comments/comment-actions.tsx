"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useComposer } from "@/components/forum/composer-context";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
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
  const editId = `${useId().replace(/:/g, "")}-edit`;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body ?? "");
  const [editError, setEditError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const flagButton = useRef<HTMLButtonElement>(null);
  const editField = useRef<HTMLTextAreaElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing) editField.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
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
        <form
          noValidate
          aria-label={t("editLabel", { number: comment.number })}
          onSubmit={(event) => {
            event.preventDefault();
            const text = draft.trim();
            if (text.length < 2 || text.length > MAX_COMMENT)
              return setEditError(
                tr(text.length < 2 ? "forms.errors.ideaCommentTooShort" : "forms.errors.ideaCommentTooLong"),
              );
            setEditError(null);
            edit.execute({ commentId: comment.id, body: text });
          }}
        >
          <label htmlFor={editId} className="block font-semibold">
            {t("editBody", { number: comment.number })}
          </label>
          <FieldHintAndError id={editId} error={editError ?? undefined} />
          <textarea
            id={editId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            rows={5}
            aria-invalid={editError ? true : undefined}
            aria-describedby={editError ? `${editId}-error` : undefined}
            className={`${inputClassName} mt-1 max-w-3xl`}
            ref={editField}
          />
          <div className="mt-2 flex flex-wrap gap-3">
            <Button type="submit" disabled={edit.isPending}>
              {t("save")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setEditing(false);
                setDraft(comment.body ?? "");
                requestAnimationFrame(() => editButton.current?.focus());
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </form>
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
            <span
              role="group"
              aria-label={t("deleteConfirm", { number: comment.number })}
              className="flex w-full flex-wrap items-center gap-2"
            >
              <span>{t("deleteConfirm", { number: comment.number })}</span>
              <Button
                variant="danger"
                disabled={remove.isPending}
                onClick={() => remove.execute({ commentId: comment.id })}
              >
                {t("confirmDelete")}
              </Button>
              <Button ref={keepButton} variant="secondary" onClick={() => setConfirming(false)}>
                {t("cancel")}
              </Button>
            </span>
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
