"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { AuthorSelect } from "@/components/forms/author-select";
import { FormStatus } from "@/components/forms/form-status";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { TopicFields } from "@/components/forms/topic-fields";
import type { TopicOptions } from "@/lib/reference-data/topic-options";
import { useActionForm } from "@/components/forms/use-action-form";
import { ImageManager, type ArticleImage } from "@/components/news/image-manager";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { createNewsAction, updateNewsAction } from "@/lib/news/actions";
import { renderArticleBody } from "@/lib/news/body";
import { MAX_NEWS_BODY, newsFormSchema, newsKinds, type NewsFieldsInput, type NewsFormInput } from "@/lib/news/schemas";

const FIELDS = [
  "author",
  "kind",
  "title",
  "lead",
  "body",
  "eventStartsAt",
  "eventEndsAt",
  "eventPlace",
  "sphereIds",
  "territoryCodes",
] as const;
const fieldIds = Object.fromEntries(FIELDS.map((field) => [field, `news-${field}`])) as Record<
  (typeof FIELDS)[number],
  string
>;

export type AuthorChoice = { value: string; label: string };

/**
 * Writing an article: a new one (for whom, then its fields; saved as a draft)
 * or an edit of an existing one, whose pictures can then be added and put in
 * the text. The preview is drawn by the renderer the article page uses.
 */
export function ArticleForm({
  target,
  defaultValues,
  options,
  authors,
  images = [],
  returnsToModeration = false,
}: {
  target: { create: true } | { articleId: string };
  defaultValues: NewsFieldsInput & { author?: string };
  options: TopicOptions;
  authors: AuthorChoice[];
  images?: ArticleImage[];
  /** An edit sends the published article back to the moderators (pre-moderation of organisations). */
  returnsToModeration?: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const creating = "create" in target;
  const { form, submit, pending, message, saved, status } = useActionForm(
    async ({ author, ...fields }: NewsFormInput) =>
      "articleId" in target
        ? updateNewsAction({ ...fields, articleId: target.articleId })
        : createNewsAction({ ...fields, author: author ?? "" }),
    newsFormSchema,
    {
      defaultValues,
      fieldIds,
      onSuccess: (data) => {
        if (data && "id" in data) router.push({ pathname: "/account/news/[id]", params: { id: data.id } });
      },
    },
  );
  const [preview, setPreview] = useState(false);
  const [kind, body] = useWatch({ control: form.control, name: ["kind", "body"] });
  const bodyField = useRef<HTMLTextAreaElement | null>(null);
  const { ref: registerBody, ...bodyProps } = form.register("body");

  /** Puts a picture's Markdown where the cursor was (or at the end) and returns focus to the text. */
  function insertImage(markdown: string) {
    const field = bodyField.current;
    const text = form.getValues("body") ?? "";
    const at = field && document.activeElement === field ? field.selectionStart : text.length;
    const next = `${text.slice(0, at)}${text.slice(0, at).endsWith("\n\n") || at === 0 ? "" : "\n\n"}${markdown}\n\n${text.slice(at)}`;
    form.setValue("body", next, { shouldDirty: true });
    field?.focus();
  }

  const text = (field: "title" | "eventPlace", extra: { required?: boolean } = {}) => (
    <FormField
      id={fieldIds[field]}
      name={field}
      label={t(`newsForm.${field}`)}
      error={message(field)}
      required={extra.required === true}
    >
      {(props) => <input {...props} {...form.register(field)} type="text" className={inputClassName} />}
    </FormField>
  );
  const dateTime = (field: "eventStartsAt" | "eventEndsAt", required: boolean) => (
    <FormField
      id={fieldIds[field]}
      name={field}
      label={t(`newsForm.${field}`)}
      error={message(field)}
      required={required}
    >
      {(props) => <input {...props} {...form.register(field)} type="datetime-local" className={inputClassName} />}
    </FormField>
  );

  return (
    <>
      <form noValidate className="mt-6 max-w-4xl" onSubmit={submit}>
        <FormStatus {...status} saved={!creating && saved && t("newsForm.saved")} />
        {returnsToModeration && <Alert tone="info">{t("newsForm.returnsToModeration")}</Alert>}
        {creating && (
          <AuthorSelect
            id={fieldIds.author}
            label={t("newsForm.author")}
            hint={t("newsForm.authorHint")}
            error={message("author")}
            options={authors}
            register={form.register("author")}
          />
        )}
        <FormField id={fieldIds.kind} name="kind" label={t("newsForm.kind")} error={message("kind")} required>
          {(props) => (
            <select {...props} {...form.register("kind")} className={inputClassName}>
              {newsKinds.map((value) => (
                <option key={value} value={value}>
                  {t(`news.kinds.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text("title", { required: true })}
        <FormField
          id={fieldIds.lead}
          name="lead"
          label={t("newsForm.lead")}
          hint={t("newsForm.leadHint")}
          error={message("lead")}
          required
        >
          {(props) => (
            <textarea {...props} {...form.register("lead")} rows={3} maxLength={400} className={inputClassName} />
          )}
        </FormField>
        <FormField
          id={fieldIds.body}
          name="body"
          label={t("newsForm.body")}
          hint={t("newsForm.bodyHint")}
          error={message("body")}
          required
        >
          {(props) => (
            <textarea
              {...props}
              {...bodyProps}
              ref={(element) => {
                registerBody(element);
                bodyField.current = element;
              }}
              rows={16}
              maxLength={MAX_NEWS_BODY}
              className={`${inputClassName} max-w-none`}
            />
          )}
        </FormField>
        <div className="mb-5">
          <Button
            variant="secondary"
            aria-expanded={preview}
            aria-controls="news-preview"
            onClick={() => setPreview((shown) => !shown)}
          >
            {preview ? t("forum.hidePreview") : t("forum.preview")}
          </Button>
          {preview && (
            <section
              id="news-preview"
              aria-label={t("forum.previewHeading")}
              className="mt-3 rounded border-2 border-dashed border-slate-400 p-3"
            >
              {body?.trim() ? (
                <div
                  className="prose-user space-y-3"
                  dangerouslySetInnerHTML={{ __html: renderArticleBody(body, images, 3) }}
                />
              ) : (
                <p>{t("forum.previewEmpty")}</p>
              )}
            </section>
          )}
        </div>
        <fieldset className="mb-6">
          <legend className="text-xl font-bold">{t("newsForm.eventHeading")}</legend>
          <p className="mb-4">{t("newsForm.eventIntro")}</p>
          {dateTime("eventStartsAt", kind === "EVENT")}
          {dateTime("eventEndsAt", false)}
          {text("eventPlace")}
        </fieldset>
        <fieldset className="mb-6">
          <legend className="text-xl font-bold">{t("newsForm.concernsHeading")}</legend>
          <p className="mb-4">{t("newsForm.concernsIntro")}</p>
          <TopicFields
            options={options}
            ids={{ sphereIds: fieldIds.sphereIds, territoryCodes: fieldIds.territoryCodes }}
            labels={{ sphereIds: t("newsForm.sphereIds"), territoryCodes: t("newsForm.territoryCodes") }}
            register={{ sphereIds: form.register("sphereIds"), territoryCodes: form.register("territoryCodes") }}
          />
        </fieldset>
        {creating && <p className="mb-4">{t("newsForm.filesAfterSaving")}</p>}
        <Button type="submit" disabled={pending}>
          {creating ? t("newsForm.create") : t("newsForm.save")}
        </Button>
      </form>
      {!creating && <ImageManager articleId={target.articleId} images={images} onInsert={insertImage} />}
    </>
  );
}
