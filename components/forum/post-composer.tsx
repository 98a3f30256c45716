"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { ActingAsFieldset } from "@/components/auth/acting-as-fieldset";
import { useComposer } from "@/components/forum/composer-context";
import { forumMentionables, useInlineMention } from "@/components/forum/inline-mention";
import { MentionPicker } from "@/components/forum/mention-picker";
import { ImageAttachments, type AttachedImage } from "@/components/forum/image-attachments";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { replyAction, startThreadAction } from "@/lib/forum/actions";
import { MAX_POST, MAX_TITLE, replyFormSchema, threadFormSchema, type PostFormInput } from "@/lib/forum/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { mentionsAsMarkdown, mentionToken } from "@/lib/forum/mentions";
import { renderMarkdown } from "@/lib/text/markdown";

type Target = { kind: "thread"; categoryId: string } | { kind: "reply"; threadId: string; categoryId: string };

const newKey = () => crypto.randomUUID();

/**
 * Writing a post: a new thread (title and opening post) or a reply. Markdown
 * with a preview drawn by the same renderer the server uses; for whom one
 * writes; a key per submission so that a double click makes one post.
 */
export function PostComposer({
  target,
  personName,
  organisations,
}: {
  target: Target;
  personName: string;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("forum");
  const router = useRouter();
  const prefix = useId().replace(/:/g, "");
  const fieldIds = {
    title: `${prefix}-title`,
    body: `${prefix}-body`,
    imageIds: `${prefix}-images-file`,
    actingFor: `${prefix}-acting`,
  };
  const thread = target.kind === "thread";
  const [preview, setPreview] = useState(false);
  const [quoted, setQuoted] = useState(false);
  const [images, setImages] = useState<AttachedImage[]>([]);
  const { form, submit, pending, message, refused, status } = useActionForm(
    async ({ title, ...post }: PostFormInput) => {
      // The pictures come from their own uploader, outside the form's fields.
      const input = { ...post, imageIds: images.map((image) => image.id), actingFor: post.actingFor || null };
      return target.kind === "thread"
        ? startThreadAction({ ...input, categoryId: target.categoryId, title })
        : replyAction({ ...input, threadId: target.threadId });
    },
    thread ? threadFormSchema : replyFormSchema,
    {
      defaultValues: { title: "", body: "", actingFor: "", submissionKey: newKey(), imageIds: [] },
      fieldIds,
      onSuccess: (data, { form }) => {
        const posted = data && "posted" in data ? data.posted : null;
        if (!posted) return;
        form.reset({ ...form.getValues(), title: "", body: "", submissionKey: newKey(), imageIds: [] });
        setImages([]);
        setPreview(false);
        setQuoted(false);
        router.push({
          pathname: "/forum/threads/[id]",
          params: { id: posted.threadId },
          query: { wpis: String(posted.number) },
        });
      },
    },
  );
  const body = useWatch({ control: form.control, name: "body" });
  const composer = useComposer();
  const bodyField = useRef<HTMLTextAreaElement | null>(null);
  const { ref: registerBody, ...bodyProps } = form.register("body");
  const inlineMention = useInlineMention({
    id: fieldIds.body,
    mentionables: forumMentionables(target.categoryId),
    field: bodyField,
    onReplace: (text, caret) => {
      form.setValue("body", text);
      bodyField.current?.setSelectionRange(caret, caret);
    },
  });

  /** Puts a mention where the cursor was in the text (or at its end), and returns focus there after it. */
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

  // Quotations from the posts above land at the end of what is written, and the text field gets focus.
  useEffect(() => {
    if (thread || !composer) return;
    composer.register((markdown) => {
      const current = form.getValues("body");
      form.setValue("body", `${current.trim() ? `${current.trimEnd()}\n\n` : ""}${markdown}\n\n`);
      setQuoted(true);
      form.setFocus("body");
    });
    return () => composer.register(null);
  }, [composer, form, thread]);

  return (
    <form
      noValidate
      aria-label={thread ? t("newThread") : t("replyHeading")}
      className="mt-4 max-w-3xl"
      onSubmit={submit}
    >
      <FormStatus {...status} refused={refused && t(`refusals.${refused}`)} />
      {thread && (
        <FormField id={fieldIds.title} name="title" label={t("threadTitle")} error={message("title")} required>
          {(props) => <input {...props} {...form.register("title")} maxLength={MAX_TITLE} className={inputClassName} />}
        </FormField>
      )}
      <FormField
        id={fieldIds.body}
        name="body"
        label={thread ? t("body") : t("replyBody")}
        hint={t("bodyHint", { max: MAX_POST })}
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
              rows={thread ? 10 : 6}
              maxLength={MAX_POST}
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
        mentionables={forumMentionables(target.categoryId)}
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
                dangerouslySetInnerHTML={{ __html: renderMarkdown(mentionsAsMarkdown(body), 3) }}
              />
            ) : (
              <p>{t("previewEmpty")}</p>
            )}
          </section>
        )}
      </div>
      <ImageAttachments
        idPrefix={`${prefix}-images`}
        images={images}
        onChange={setImages}
        error={message("imageIds")}
      />
      <ActingAsFieldset
        id={fieldIds.actingFor}
        personName={personName}
        organisations={organisations}
        register={form.register("actingFor")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : thread ? t("submitThread") : t("submitReply")}
      </Button>
    </form>
  );
}
