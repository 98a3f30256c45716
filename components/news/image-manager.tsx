"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useErrorText } from "@/components/forms/error-text";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callRoute } from "@/lib/http/route-client";
import { useRouter } from "@/lib/i18n/navigation";
import { removeNewsImageAction } from "@/lib/news/actions";
import { newsImagePath } from "@/lib/news/body";

/** `waiting`: added to the published article, not public until a moderator approves the change. */
export type ArticleImage = {
  id: string;
  alt: string;
  width: number;
  height: number;
  cover: boolean;
  waiting?: boolean;
};
const MAX_BYTES = 5 * 1024 * 1024;
const ids = { file: "news-image-file", alt: "news-image-alt" };
const FAILURES: Record<string, string> = {
  TOO_LARGE: "newsImageTooLarge",
  NOT_AN_IMAGE: "newsImageNotAnImage",
  MISSING: "newsImageMissing",
  newsTooManyImages: "newsTooManyImages",
};

const markdownOf = (image: { id: string; alt: string }) =>
  `![${image.alt.replace(/[[\]\\]/g, "")}](${newsImagePath(image.id)})`;

/**
 * An article's pictures: each uploaded with its description (required: a
 * picture without one says nothing to those who cannot see it), re-encoded by
 * the server; one may be the cover, any may be put in the text.
 */
export function ImageManager({
  articleId,
  images,
  onInsert,
}: {
  articleId: string;
  images: ArticleImage[];
  onInsert: (markdown: string) => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const file = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState("");
  const [cover, setCover] = useState(!images.some((image) => image.cover));
  const [errors, setErrors] = useState<{ file?: string; alt?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorText = useErrorText();
  const message = (key?: string) => (key ? errorText.field(key) : undefined);
  const summary = (Object.keys(ids) as (keyof typeof ids)[]).flatMap((field) =>
    errors[field] ? [{ fieldId: ids[field], message: message(errors[field])! }] : [],
  );

  async function upload() {
    setNotice(null);
    setServerError(null);
    const chosen = file.current?.files?.[0];
    const found: { file?: string; alt?: string } = {};
    if (!chosen) found.file = "newsImageMissing";
    else if (chosen.size > MAX_BYTES) found.file = "newsImageTooLarge";
    if (alt.trim().length < 3) found.alt = "newsImageAltTooShort";
    setErrors(found);
    if (found.file || found.alt || !chosen) return;
    const body = new FormData();
    body.set("file", chosen);
    body.set("alt", alt.trim());
    if (cover) body.set("cover", "1");
    setPending(true);
    const answer = await callRoute(`/api/news/${articleId}/images`, { method: "POST", body });
    setPending(false);
    if (answer.ok) {
      setAlt("");
      if (file.current) file.current.value = "";
      setNotice(
        t((answer.body as { waiting?: boolean } | null)?.waiting ? "newsImages.savedWaiting" : "newsImages.saved"),
      );
      router.refresh();
    } else if (answer.code === "INVALID")
      setErrors(
        answer.fields?.alt
          ? { alt: answer.fields.alt }
          : {
              file: answer.fields?.file ? (FAILURES[answer.fields.file] ?? answer.fields.file) : "newsImageNotAnImage",
            },
      );
    else if (FAILURES[answer.code]) setErrors({ file: FAILURES[answer.code] });
    else setServerError(answer.code);
  }

  async function remove(image: ArticleImage) {
    setNotice(null);
    setServerError(null);
    setPending(true);
    const result = await removeNewsImageAction({ articleId, imageId: image.id });
    setPending(false);
    const data = result?.data;
    if (data && "removed" in data) setNotice(t("newsImages.removed"));
    else setServerError(data?.refused ?? result?.serverError ?? "INTERNAL");
  }

  return (
    <section aria-labelledby="news-images-heading" className="mt-6 max-w-4xl border-2 border-slate-700 p-4">
      <h2 id="news-images-heading" className="text-2xl font-bold">
        {t("newsImages.heading")}
      </h2>
      <p className="mt-2">{t("newsImages.intro")}</p>
      {notice && (
        <Alert tone="success" live>
          {notice}
        </Alert>
      )}
      {serverError && (
        <Alert tone="error" live>
          {serverError === "IMAGE_IN_USE" ? t("newsImages.inUse") : errorText.code(serverError)}
        </Alert>
      )}
      {images.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("newsImages.none")}</p>
      ) : (
        <ul className="mt-3 grid gap-4 sm:grid-cols-2">
          {images.map((image) => (
            <li key={image.id} className="rounded border border-slate-400 p-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- the platform's own re-encoded picture, served by its route */}
              <img
                src={newsImagePath(image.id)}
                alt={image.alt}
                width={image.width}
                height={image.height}
                className="h-auto max-h-40 w-auto"
              />
              <p className="mt-2">{image.alt}</p>
              {image.cover && <p className="font-semibold">{t("newsImages.isCover")}</p>}
              {image.waiting && <p>{t("newsImages.waiting")}</p>}
              <div className="mt-2 flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => onInsert(markdownOf(image))}>
                  {t("newsImages.insert")}
                  <span className="sr-only"> – {image.alt}</span>
                </Button>
                <Button variant="secondary" disabled={pending} onClick={() => void remove(image)}>
                  {t("newsImages.remove")}
                  <span className="sr-only"> – {image.alt}</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        className="mt-4"
        onSubmit={(event) => {
          event.preventDefault();
          void upload();
        }}
      >
        <ErrorSummary errors={summary} />
        <FormField
          id={ids.file}
          name="file"
          label={t("newsImages.file")}
          hint={t("newsImages.fileHint")}
          error={message(errors.file)}
          required
        >
          {(props) => (
            <input
              {...props}
              ref={file}
              type="file"
              accept="image/jpeg,image/png,image/webp"
              className={inputClassName}
            />
          )}
        </FormField>
        <FormField
          id={ids.alt}
          name="alt"
          label={t("newsImages.alt")}
          hint={t("newsImages.altHint")}
          error={message(errors.alt)}
          required
        >
          {(props) => (
            <input
              {...props}
              value={alt}
              onChange={(event) => setAlt(event.target.value)}
              type="text"
              maxLength={300}
              className={inputClassName}
            />
          )}
        </FormField>
        <div className="mb-4 flex items-start gap-3">
          <input
            id="news-image-cover"
            type="checkbox"
            checked={cover}
            onChange={(event) => setCover(event.target.checked)}
            className="mt-1 h-5 w-5"
          />
          <label htmlFor="news-image-cover">{t("newsImages.asCover")}</label>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("organisationDocuments.uploading") : t("newsImages.add")}
        </Button>
      </form>
    </section>
  );
}
