"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useErrorText } from "@/components/forms/error-text";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removeDocumentAction } from "@/lib/competitions/actions";
import { removeConsultationAttachmentAction } from "@/lib/consultations/actions";
import { callRoute } from "@/lib/http/route-client";
import { removeIdeaAttachmentAction } from "@/lib/ideas/actions";
import { removeNewsAttachmentAction } from "@/lib/news/actions";
import { useRouter } from "@/lib/i18n/navigation";

const ids = { title: "attachment-title", file: "attachment-file" };
const KIND_ID = "attachment-kind";
const MAX_BYTES = 20 * 1024 * 1024;
const FILE_ERRORS: Record<string, string> = {
  TOO_LARGE: "documentFileTooLarge",
  UNSUPPORTED_TYPE: "documentFileUnsupported",
  MISSING: "documentFileMissing",
  ARCHIVE_TOO_LARGE: "documentArchiveTooLarge",
};

export type AttachmentItem = { id: string; title: string; format: string; size: number };

/**
 * A record's documents (a consultation's, a news article's, an entry of the ideas board's, a competition's): the list with
 * removal (the owner's server action), and the upload form (title and file),
 * against the record's attachments route (`baseUrl`: POST adds, `baseUrl/<id>`
 * GET downloads).
 * `removable` (default: `changeable`) is false where documents may be added
 * but those already published stay (a consultation once announced).
 */
export function AttachmentManager({
  owner,
  baseUrl,
  attachments,
  changeable,
  removable = changeable,
  heading,
  intro,
  kinds,
}: {
  /** Whose documents: decides which action removes one. */
  owner: { consultationId: string } | { articleId: string } | { ideaId: string } | { competitionId: string };
  baseUrl: string;
  attachments: AttachmentItem[];
  changeable: boolean;
  removable?: boolean;
  heading: string;
  intro: string;
  /** What a document may be (a competition's regulations, template, act…), sent as "kind"; the first is the default. */
  kinds?: { label: string; options: { value: string; label: string }[] };
}) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState(kinds?.options[0]?.value ?? "");
  const [errors, setErrors] = useState<{ title?: string; file?: string }>({});
  const [notice, setNotice] = useState<"saved" | "removed" | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const base = baseUrl;
  const errorText = useErrorText();
  const message = (key?: string) => (key ? errorText.field(key) : undefined);
  const summary = (Object.keys(ids) as (keyof typeof ids)[]).flatMap((field) =>
    errors[field] ? [{ fieldId: ids[field], message: message(errors[field])! }] : [],
  );

  async function send(init: RequestInit, url: string, done: "saved" | "removed") {
    setPending(true);
    setServerError(null);
    const answer = await callRoute(url, init);
    setPending(false);
    if (answer.ok) {
      setNotice(done);
      if (done === "saved") {
        setTitle("");
        if (input.current) input.current.value = "";
      }
      router.refresh();
    } else if (FILE_ERRORS[answer.code]) setErrors({ file: FILE_ERRORS[answer.code] });
    else if (answer.code === "INVALID") setErrors({ title: answer.fields?.title });
    else setServerError(answer.code);
  }

  /** The removal's outcome: null when removed, else the code to show. */
  async function removal(attachmentId: string): Promise<string | null> {
    if ("articleId" in owner) {
      const result = await removeNewsAttachmentAction({ articleId: owner.articleId, attachmentId });
      return result?.data ? null : (result?.serverError ?? "INTERNAL");
    }
    if ("ideaId" in owner) {
      const result = await removeIdeaAttachmentAction({ ideaId: owner.ideaId, attachmentId });
      if (!result?.data) return result?.serverError ?? "INTERNAL";
      return "refused" in result.data ? result.data.refused : null;
    }
    if ("competitionId" in owner) {
      const result = await removeDocumentAction({ competitionId: owner.competitionId, documentId: attachmentId });
      if (!result?.data) return result?.serverError ?? "INTERNAL";
      return "refused" in result.data ? result.data.refused : null;
    }
    const result = await removeConsultationAttachmentAction({ consultationId: owner.consultationId, attachmentId });
    if (!result?.data) return result?.serverError ?? "INTERNAL";
    return "refused" in result.data ? result.data.refused : null;
  }

  async function remove(attachmentId: string) {
    setPending(true);
    setServerError(null);
    const refused = await removal(attachmentId);
    setPending(false);
    if (refused) return setServerError(refused);
    // A server action: the pipeline refreshes the page.
    setNotice("removed");
  }

  return (
    <section aria-labelledby="attachments-heading" className="mt-6 max-w-4xl border-2 border-slate-700 p-4">
      <h2 id="attachments-heading" className="text-2xl font-bold">
        {heading}
      </h2>
      <p className="mt-2">{intro}</p>
      {notice && (
        <Alert tone="success" live>
          {t(`attachments.${notice}`)}
        </Alert>
      )}
      <FormStatus routeError={serverError} />
      {attachments.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("attachments.none")}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {attachments.map((attachment) => (
            <li key={attachment.id} className="flex flex-wrap items-center gap-3">
              <a href={`${base}/${attachment.id}`} className="underline">
                {attachment.title}
              </a>
              <span className="text-slate-700">
                {attachment.format.toUpperCase()}, {format.number(attachment.size / 1024, { maximumFractionDigits: 0 })}{" "}
                KB
              </span>
              {removable && (
                <Button variant="secondary" disabled={pending} onClick={() => void remove(attachment.id)}>
                  {t("attachments.remove")}
                  <span className="sr-only"> – {attachment.title}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {changeable && (
        <form
          noValidate
          className="mt-4"
          onSubmit={(event) => {
            event.preventDefault();
            setNotice(null);
            const file = input.current?.files?.[0];
            const found: { title?: string; file?: string } = {};
            if (title.trim().length < 2) found.title = "documentTitleTooShort";
            if (!file) found.file = "documentFileMissing";
            else if (file.size > MAX_BYTES) found.file = "documentFileTooLarge";
            setErrors(found);
            if (found.title || found.file || !file) return;
            const body = new FormData();
            body.set("title", title);
            if (kinds) body.set("kind", kind);
            body.set("file", file);
            void send({ method: "POST", body }, base, "saved");
          }}
        >
          <ErrorSummary errors={summary} />
          <FormField id={ids.title} name="title" label={t("attachments.title")} error={message(errors.title)} required>
            {(props) => (
              <input
                {...props}
                value={title}
                onChange={(event) => setTitle(event.target.value)}
                type="text"
                className={inputClassName}
              />
            )}
          </FormField>
          {kinds && (
            <FormField id={KIND_ID} name="kind" label={kinds.label}>
              {(props) => (
                <select
                  {...props}
                  value={kind}
                  onChange={(event) => setKind(event.target.value)}
                  className={inputClassName}
                >
                  {kinds.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
          <FormField
            id={ids.file}
            name="file"
            label={t("attachments.file")}
            hint={t("organisationDocuments.fileHint")}
            error={message(errors.file)}
            required
          >
            {(props) => (
              <input
                {...props}
                ref={input}
                type="file"
                accept=".pdf,.docx,.odt,.xlsx,.ods"
                className={inputClassName}
              />
            )}
          </FormField>
          <Button type="submit" disabled={pending}>
            {pending ? t("organisationDocuments.uploading") : t("attachments.add")}
          </Button>
        </form>
      )}
    </section>
  );
}
