"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { ActingAsFieldset } from "@/components/auth/acting-as-fieldset";
import { useComposer } from "@/components/forum/composer-context";
import { useInlineMention } from "@/components/forum/inline-mention";
import { MentionPicker } from "@/components/forum/mention-picker";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { mentionsAsMarkdown, mentionToken } from "@/lib/forum/mentions";
import { writeCommentAction } from "@/lib/ideas/comments/actions";
import { commentFormSchema, MAX_COMMENT, type CommentFormInput } from "@/lib/ideas/comments/schemas";
import { renderMarkdown } from "@/lib/text/markdown";

const newKey = () => crypto.randomUUID();
/** Whom a commenter may mention: anyone on the platform (the discussion is public). */
const ideaMentionables = (text: string) => `/api/ideas/mentionables?${new URLSearchParams({ q: text })}`;

/**
 * Writing a comment on an entry: the forum's Markdown with a preview drawn
 * by the server's renderer, mentions typed with "@" or picked, quotations
 * from the comments above (ComposerProvider), for whom one writes, and a key
 * per submission so that a double click makes one comment.
 */
export function CommentComposer({
  ideaId,
  personName,
  organisations,
}: {
  ideaId: string;
  personName: string;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("ideaDiscussion.comments");
  const prefix = useId().replace(/:/g, "");
  const fieldIds = { body: `${prefix}-body`, actingFor: `${prefix}-acting` };
  const [preview, setPreview] = useState(false);
  const [quoted, setQuoted] = useState(false);
  const [held, setHeld] = useState(false);
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    (fields: CommentFormInput) => writeCommentAction({ ...fields, ideaId, actingFor: fields.actingFor || null }),
    commentFormSchema,
    {
      defaultValues: { body: "", actingFor: "", submissionKey: newKey() },
      fieldIds,
      onSuccess: (data, { form }) => {
        if (!("posted" in data)) return;
        setHeld(data.posted.held === true);
        form.reset({ ...form.getValues(), body: "", submissionKey: newKey() });
        setPreview(false);
        setQuoted(false);
      },
    },
  );
  const body = useWatch({ control: form.control, name: "body" });
  const composer = useComposer();
  const bodyField = useRef<HTMLTextAreaElement | null>(null);
  const { ref: registerBody, ...bodyProps } = form.register("body");
  const inlineMention = useInlineMention({
    id: fieldIds.body,
    mentionables: ideaMentionables,
    field: bodyField,
    onReplace: (text, caret) => {
      form.setValue("body", text);
      bodyField.current?.setSelectionRange(caret, caret);
    },
  });

  /** Puts a mention where the cursor was (or at the end), and returns focus there after it. */
  function insertMention(token: string) {
    const field = bodyField.current;
    const current = form.getValues("body");
    const at = field ? field.selectionStart : current.length;
    const before = current.slice(0, at);
    const text = `${before}${before && !/\s$/.test(before) ? " " : ""}${token} `;
    form.setValue("body", text + current.slice(at));
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(text.length, text.length);
    });
  }

  // Quotations from the comments above land at the end of what is written, and the text field gets focus.
  useEffect(() => {
    if (!composer) return;
    composer.register((markdown) => {
      const current = form.getValues("body");
      form.setValue("body", `${current.trim() ? `${current.trimEnd()}\n\n` : ""}${markdown}\n\n`);
      setQuoted(true);
      form.setFocus("body");
    });
    return () => composer.register(null);
  }, [composer, form]);

  return (
    <form noValidate aria-label={t("formLabel")} className="mt-6 max-w-3xl" onSubmit={submit}>
      <FormStatus
        {...status}
        saved={saved && (held ? t("postedHeld") : t("posted"))}
        refused={refused && t(`refusals.${refused}`)}
      />
      <FormField
        id={fieldIds.body}
        name="body"
        label={t("body")}
        hint={t("bodyHint", { max: MAX_COMMENT })}
        error={message("body")}
        required
      >
        {(props) => (
          <>
            <textarea
              {...props}
              {...bodyProps}
              {...inlineMention.fieldProps}
              ref={(element) => {
                registerBody(element);
                bodyField.current = element;
              }}
              rows={6}
              className={`${inputClassName} max-w-3xl`}
            />
            {inlineMention.suggestions}
          </>
        )}
      </FormField>
      <p role="status" className="sr-only">
        {quoted ? t("quoted") : ""}
      </p>
      <MentionPicker
        id={`${prefix}-mention`}
        mentionables={ideaMentionables}
        onPick={(mention) => insertMention(mentionToken(mention))}
      />
      <div className="mb-5">
        <Button
          variant="secondary"
          aria-expanded={preview}
          aria-controls={`${prefix}-preview`}
          onClick={() => setPreview((shown) => !shown)}
        >
          {preview ? t("hidePreview") : t("preview")}
        </Button>
        {preview && (
          <section
            id={`${prefix}-preview`}
            aria-label={t("previewHeading")}
            className="mt-3 rounded border-2 border-dashed border-slate-400 p-3"
          >
            {body?.trim() ? (
              <div
                className="prose-user space-y-3"
                dangerouslySetInnerHTML={{ __html: renderMarkdown(mentionsAsMarkdown(body), 4) }}
              />
            ) : (
              <p>{t("previewEmpty")}</p>
            )}
          </section>
        )}
      </div>
      <ActingAsFieldset
        id={fieldIds.actingFor}
        personName={personName}
        organisations={organisations}
        register={form.register("actingFor")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
