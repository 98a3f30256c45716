"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";

export type AttachedImage = { id: string; alt: string };
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Pictures for the post being written: each chosen with its alternative text
 * (required: a picture without it says nothing to those who cannot see it),
 * sent at once and re-encoded by the server; the post then names them.
 */
export function ImageAttachments({
  idPrefix,
  images,
  onChange,
  error,
  endpoint = "/api/forum/images",
  max = 4,
  insert,
}: {
  idPrefix: string;
  images: AttachedImage[];
  onChange: (images: AttachedImage[]) => void;
  error?: string;
  /** Where pictures are sent (POST) and shown from (GET `<endpoint>/<id>`): the forum's, or another area's (the ideas board). */
  endpoint?: string;
  max?: number;
  /** Where a picture goes into the text rather than below it (the ideas board's descriptions): its button's words and action. */
  insert?: { label: string; onInsert: (image: AttachedImage) => void };
}) {
  const t = useTranslations("forum.images");
  const file = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState("");
  const [problem, setProblem] = useState<{ field: "file" | "alt"; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function add() {
    const chosen = file.current?.files?.[0];
    if (!chosen) return setProblem({ field: "file", message: t("failures.MISSING") });
    if (chosen.size > MAX_BYTES) return setProblem({ field: "file", message: t("failures.TOO_LARGE") });
    if (alt.trim().length < 3) return setProblem({ field: "alt", message: t("failures.ALT") });
    setProblem(null);
    setPending(true);
    const body = new FormData();
    body.set("file", chosen);
    body.set("alt", alt.trim());
    try {
      const response = await fetch(endpoint, { method: "POST", body });
      const answer = (await response.json().catch(() => ({}))) as {
        id?: string;
        alt?: string;
        error?: { code?: string };
      };
      if (!response.ok || !answer.id) {
        const code = answer.error?.code;
        if (code === "INVALID") return setProblem({ field: "alt", message: t("failures.ALT") });
        const failure = code === "TOO_LARGE" || code === "SUSPENDED" || code === "SLOW_DOWN" ? code : "NOT_AN_IMAGE";
        return setProblem({ field: "file", message: t(`failures.${failure}`) });
      }
      onChange([...images, { id: answer.id, alt: answer.alt ?? alt.trim() }]);
      setAlt("");
      if (file.current) file.current.value = "";
    } catch {
      setProblem({ field: "file", message: t("failures.UNAVAILABLE") });
    } finally {
      setPending(false);
    }
  }

  return (
    <fieldset className={`mb-5 max-w-3xl ${error || problem ? "border-l-4 border-red-800 pl-3" : ""}`}>
      <legend className="font-semibold">{t("legend", { max })}</legend>
      {error && <p className="font-semibold text-red-800">{error}</p>}
      {images.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-3" aria-label={t("attached")}>
          {images.map((image) => (
            <li key={image.id} className="flex flex-col items-start gap-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- the uploader's own re-encoded picture */}
              <img
                src={`${endpoint}/${image.id}`}
                alt={image.alt}
                className="max-h-24 max-w-32 border border-slate-300"
              />
              {insert && (
                <Button variant="secondary" onClick={() => insert.onInsert(image)}>
                  {insert.label}
                  <span className="sr-only">: {image.alt}</span>
                </Button>
              )}
              <Button variant="secondary" onClick={() => onChange(images.filter((other) => other.id !== image.id))}>
                {t("remove")}
                <span className="sr-only">: {image.alt}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {images.length < max && (
        <div className="mt-2">
          <label htmlFor={`${idPrefix}-file`} className="block">
            {t("file")}
          </label>
          <FieldHintAndError
            id={`${idPrefix}-file`}
            hint={t("fileHint")}
            error={problem?.field === "file" ? problem.message : undefined}
          />
          <input
            id={`${idPrefix}-file`}
            ref={file}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            aria-invalid={problem?.field === "file" ? true : undefined}
            aria-describedby={`${idPrefix}-file-hint${problem?.field === "file" ? ` ${idPrefix}-file-error` : ""}`}
            className={`${inputClassName} mt-1`}
          />
          <label htmlFor={`${idPrefix}-alt`} className="mt-3 block">
            {t("alt")}
          </label>
          <FieldHintAndError
            id={`${idPrefix}-alt`}
            hint={t("altHint")}
            error={problem?.field === "alt" ? problem.message : undefined}
          />
          <input
            id={`${idPrefix}-alt`}
            value={alt}
            onChange={(event) => setAlt(event.target.value)}
            maxLength={200}
            aria-invalid={problem?.field === "alt" ? true : undefined}
            aria-describedby={`${idPrefix}-alt-hint${problem?.field === "alt" ? ` ${idPrefix}-alt-error` : ""}`}
            className={`${inputClassName} mt-1`}
          />
          <Button variant="secondary" className="mt-2" disabled={pending} onClick={() => void add()}>
            {pending ? t("adding") : t("add")}
          </Button>
          <p role="status" className="sr-only">
            {images.length > 0 ? t("count", { count: images.length }) : ""}
          </p>
        </div>
      )}
    </fieldset>
  );
}
