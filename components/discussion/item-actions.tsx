"use client";

import { useEffect, useId, useRef, useState } from "react";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";

/** The words of the area's item actions: its translator of the namespace that holds these keys. */
type ItemWords = (
  key: "editLabel" | "editBody" | "save" | "cancel" | "deleteConfirm" | "confirmDelete",
  values?: { number: number },
) => string;

/**
 * What a reader has opened on one post or comment of a discussion: its edit
 * form (with the draft kept while it is closed), the question before
 * deleting, the flag form. Opening the edit form moves focus into the text,
 * where the person continues; the question, to its safe answer. Where focus
 * goes once one closes is the area's (the forum's "more" menu, the ideas
 * board's buttons).
 */
export function useItemActions(body: string | null) {
  const editId = `${useId().replace(/:/g, "")}-edit`;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(body ?? "");
  const [editError, setEditError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const editField = useRef<HTMLTextAreaElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing) editField.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
  return {
    editId,
    editing,
    setEditing,
    draft,
    setDraft,
    editError,
    setEditError,
    confirming,
    setConfirming,
    flagging,
    setFlagging,
    editField,
    keepButton,
  };
}
type ItemActions = ReturnType<typeof useItemActions>;

/**
 * Editing one's post or comment: the text is checked here as the server
 * checks it (at least 2 characters, at most `max`), then `onSave` sends it.
 */
export function EditForm({
  item,
  number,
  words: t,
  rows,
  max,
  limitOnField,
  tooShort,
  tooLong,
  pending,
  onSave,
  onCancel,
}: {
  item: ItemActions;
  number: number;
  words: ItemWords;
  rows: number;
  max: number;
  /** Whether the text field itself stops at `max` (the forum's); otherwise the check says it. */
  limitOnField: boolean;
  tooShort: string;
  tooLong: string;
  pending: boolean;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const { editId, draft, setDraft, editError, setEditError, editField } = item;
  return (
    <form
      noValidate
      aria-label={t("editLabel", { number })}
      onSubmit={(event) => {
        event.preventDefault();
        const text = draft.trim();
        if (text.length < 2 || text.length > max) return setEditError(text.length < 2 ? tooShort : tooLong);
        setEditError(null);
        onSave(text);
      }}
    >
      <label htmlFor={editId} className="block font-semibold">
        {t("editBody", { number })}
      </label>
      <FieldHintAndError id={editId} error={editError ?? undefined} />
      <textarea
        id={editId}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        rows={rows}
        maxLength={limitOnField ? max : undefined}
        aria-invalid={editError ? true : undefined}
        aria-describedby={editError ? `${editId}-error` : undefined}
        className={`${inputClassName} mt-1 max-w-3xl`}
        ref={editField}
      />
      <div className="mt-2 flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

/** The question before deleting one's post or comment; its safe answer has focus (useItemActions). */
export function DeleteQuestion({
  item,
  number,
  words: t,
  pending,
  onDelete,
  onKeep,
}: {
  item: ItemActions;
  number: number;
  words: ItemWords;
  pending: boolean;
  onDelete: () => void;
  onKeep: () => void;
}) {
  const { keepButton } = item;
  return (
    <span role="group" aria-label={t("deleteConfirm", { number })} className="flex w-full flex-wrap items-center gap-2">
      <span>{t("deleteConfirm", { number })}</span>
      <Button variant="danger" disabled={pending} onClick={onDelete}>
        {t("confirmDelete")}
      </Button>
      <Button ref={keepButton} variant="secondary" onClick={onKeep}>
        {t("cancel")}
      </Button>
    </span>
  );
}
