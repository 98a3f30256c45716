"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { DiscussionComposer, useComposerDisplay } from "@/components/discussion/composer";
import { forumMentionables } from "@/components/forum/inline-mention";
import { ImageAttachments, type AttachedImage } from "@/components/forum/image-attachments";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { replyAction, startThreadAction } from "@/lib/forum/actions";
import { MAX_POST, MAX_TITLE, replyFormSchema, threadFormSchema, type PostFormInput } from "@/lib/forum/schemas";
import { useRouter } from "@/lib/i18n/navigation";

type Target = { kind: "thread"; categoryId: string } | { kind: "reply"; threadId: string; categoryId: string };

const newKey = () => crypto.randomUUID();

/**
 * Writing a post: a new thread (title and opening post) or a reply, in the
 * discussions' composer, with pictures; a key per submission so that a
 * double click makes one post. Once posted, the post's page opens.
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
  const display = useComposerDisplay();
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
        display.clear();
        router.push({
          pathname: "/forum/threads/[id]",
          params: { id: posted.threadId },
          query: { wpis: String(posted.number) },
        });
      },
    },
  );
  const text = useWatch({ control: form.control, name: "body" });

  return (
    <DiscussionComposer
      form={form}
      text={text}
      display={display}
      prefix={prefix}
      fieldIds={fieldIds}
      label={thread ? t("newThread") : t("replyHeading")}
      className="mt-4 max-w-3xl"
      onSubmit={submit}
      status={<FormStatus {...status} refused={refused && t(`refusals.${refused}`)} />}
      title={
        thread && (
          <FormField id={fieldIds.title} name="title" label={t("threadTitle")} error={message("title")} required>
            {(props) => (
              <input {...props} {...form.register("title")} maxLength={MAX_TITLE} className={inputClassName} />
            )}
          </FormField>
        )
      }
      attachments={
        <ImageAttachments
          idPrefix={`${prefix}-images`}
          images={images}
          onChange={setImages}
          error={message("imageIds")}
        />
      }
      body={{
        label: thread ? t("body") : t("replyBody"),
        hint: t("bodyHint", { max: MAX_POST }),
        error: message("body"),
        rows: thread ? 10 : 6,
        maxLength: MAX_POST,
      }}
      mentionables={forumMentionables(target.categoryId)}
      quoting={!thread}
      previewHeadingLevel={3}
      words={t}
      personName={personName}
      organisations={organisations}
      submit={thread ? t("submitThread") : t("submitReply")}
      pending={pending}
    />
  );
}
