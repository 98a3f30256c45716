"use client";

import { useEffect, useRef, useState, type FormEventHandler, type ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ActingAsFieldset } from "@/components/auth/acting-as-fieldset";
import { useComposer } from "@/components/forum/composer-context";
import { useInlineMention } from "@/components/forum/inline-mention";
import { MentionPicker } from "@/components/forum/mention-picker";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { mentionsAsMarkdown, mentionToken } from "@/lib/forum/mentions";
import { renderMarkdown } from "@/lib/text/markdown";

/** What the composer uses of the area's form: react-hook-form's, with a `body` and an `actingFor` field. */
type ComposerForm = {
  register: (name: "body" | "actingFor") => UseFormRegisterReturn;
  getValues: (name: "body") => string;
  setValue: (name: "body", value: string) => void;
  setFocus: (name: "body") => void;
};

/** The words of the area's composer: its translator of the namespace that holds these keys. */
type ComposerWords = (
  key: "quoted" | "preview" | "hidePreview" | "previewHeading" | "previewEmpty" | "sending",
) => string;

/**
 * What the composer shows beside the text: the preview opened, a quotation
 * announced. The area's form clears it once what was written went out.
 */
export function useComposerDisplay() {
  const [preview, setPreview] = useState(false);
  const [quoted, setQuoted] = useState(false);
  const clear = () => {
    setPreview(false);
    setQuoted(false);
  };
  return { preview, setPreview, quoted, setQuoted, clear };
}

/**
 * Writing in a discussion (a forum post, an entry's comment): Markdown with
 * a preview drawn by the same renderer the server uses, mentions typed with
 * "@" or picked, quotations from the posts above (ComposerProvider), and for
 * whom one writes. The area's form (its action, schema and submission key)
 * stays with the area, which also gives what only it has: a title field
 * before the text, pictures after it.
 */
export function DiscussionComposer({
  form,
  text,
  display,
  prefix,
  fieldIds,
  label,
  className,
  onSubmit,
  status,
  title,
  attachments,
  body,
  mentionables,
  quoting,
  previewHeadingLevel,
  words: t,
  personName,
  organisations,
  submit,
  pending,
}: {
  form: ComposerForm;
  /** The text as written so far (the area's `useWatch` of `body`), for the preview. */
  text: string | undefined;
  display: ReturnType<typeof useComposerDisplay>;
  /** Where the composer's own elements' ids start (the area's `useId`). */
  prefix: string;
  fieldIds: { body: string; actingFor: string };
  label: string;
  className: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The area's FormStatus. */
  status: ReactNode;
  title?: ReactNode;
  attachments?: ReactNode;
  /** The text field; without `maxLength` a longer text is told by the server's check (the ideas board's, as before). */
  body: { label: string; hint: string; error: string | undefined; rows: number; maxLength?: number };
  mentionables: (text: string) => string;
  /** Whether the posts above may hand this form a quotation (not so when starting a thread). */
  quoting: boolean;
  /** The heading level the preview's Markdown headings start at: below the page's own. */
  previewHeadingLevel: number;
  words: ComposerWords;
  personName: string;
  organisations: { id: string; name: string }[];
  submit: string;
  pending: boolean;
}) {
  const { preview, setPreview, quoted, setQuoted } = display;
  const composer = useComposer();
  const bodyField = useRef<HTMLTextAreaElement | null>(null);
  const { ref: registerBody, ...bodyProps } = form.register("body");
  const inlineMention = useInlineMention({
    id: fieldIds.body,
    mentionables,
    field: bodyField,
    onReplace: (replaced, caret) => {
      form.setValue("body", replaced);
      bodyField.current?.setSelectionRange(caret, caret);
    },
  });

  /** Puts a mention where the cursor was in the text (or at its end), and returns focus there after it. */
  function insertMention(token: string) {
    const field = bodyField.current;
    const current = form.getValues("body");
    const at = field ? field.selectionStart : current.length;
    const before = current.slice(0, at);
    const written = `${before}${before && !/\s$/.test(before) ? " " : ""}${token} `;
    form.setValue("body", written + current.slice(at));
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(written.length, written.length);
    });
  }

  // Quotations from the posts above land at the end of what is written, and the text field gets focus.
  useEffect(() => {
    if (!quoting || !composer) return;
    composer.register((markdown) => {
      const current = form.getValues("body");
      form.setValue("body", `${current.trim() ? `${current.trimEnd()}\n\n` : ""}${markdown}\n\n`);
      setQuoted(true);
      form.setFocus("body");
    });
    return () => composer.register(null);
  }, [composer, form, quoting, setQuoted]);

  return (
    <form noValidate aria-label={label} className={className} onSubmit={onSubmit}>
      {status}
      {title}
      <FormField id={fieldIds.body} name="body" label={body.label} hint={body.hint} error={body.error} required>
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
              rows={body.rows}
              maxLength={body.maxLength}
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
        mentionables={mentionables}
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
            {text?.trim() ? (
              <div
                className="prose-user space-y-3"
                dangerouslySetInnerHTML={{ __html: renderMarkdown(mentionsAsMarkdown(text), previewHeadingLevel) }}
              />
            ) : (
              <p>{t("previewEmpty")}</p>
            )}
          </section>
        )}
      </div>
      {attachments}
      <ActingAsFieldset
        id={fieldIds.actingFor}
        personName={personName}
        organisations={organisations}
        register={form.register("actingFor")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : submit}
      </Button>
    </form>
  );
}
