"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { DiscussionComposer, useComposerDisplay } from "@/components/discussion/composer";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { writeCommentAction } from "@/lib/ideas/comments/actions";
import { commentFormSchema, MAX_COMMENT, type CommentFormInput } from "@/lib/ideas/comments/schemas";

const newKey = () => crypto.randomUUID();
/** Whom a commenter may mention: anyone on the platform (the discussion is public). */
const ideaMentionables = (text: string) => `/api/ideas/mentionables?${new URLSearchParams({ q: text })}`;

/**
 * Writing a comment on an entry in the discussions' composer (Markdown,
 * mentions, quotations from the comments above, for whom one writes), with
 * a key per submission so that a double click makes one comment. It stays
 * on the page and says whether the comment is out or waits for a moderator.
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
  const display = useComposerDisplay();
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
        display.clear();
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
      label={t("formLabel")}
      className="mt-6 max-w-3xl"
      onSubmit={submit}
      status={
        <FormStatus
          {...status}
          saved={saved && (held ? t("postedHeld") : t("posted"))}
          refused={refused && t(`refusals.${refused}`)}
        />
      }
      body={{
        label: t("body"),
        hint: t("bodyHint", { max: MAX_COMMENT }),
        error: message("body"),
        rows: 6,
      }}
      mentionables={ideaMentionables}
      quoting
      previewHeadingLevel={4}
      words={t}
      personName={personName}
      organisations={organisations}
      submit={t("submit")}
      pending={pending}
    />
  );
}
