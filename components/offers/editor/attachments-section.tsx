"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callRoute } from "@/lib/http/route-client";
import { useRouter } from "@/lib/i18n/navigation";
import { fillsSlot, type AttachmentSlot } from "@/lib/offers/attachments/requirements";
import { removeOfferAttachmentAction } from "@/lib/offers/drafts/actions";

type AttachedFile = {
  id: string;
  title: string;
  requirementId: string | null;
  organisationId: string | null;
  kind: string;
  size: number;
};

const ERRORS: Record<string, string> = {
  TOO_LARGE: "tooLarge",
  UNSUPPORTED_TYPE: "unsupported",
  MISSING: "missing",
  ARCHIVE_TOO_LARGE: "tooLarge",
  INVALID: "title",
  DEADLINE_PASSED: "deadlinePassed",
};

/** One required attachment: its files, and a form to add one (title and file). */
function Slot({
  offerId,
  slot,
  files,
  editable,
}: {
  offerId: string;
  slot: AttachmentSlot;
  files: AttachedFile[];
  editable: boolean;
}) {
  const t = useTranslations("offerEditor.attachments");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState(slot.label);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/offers/${offerId}/attachments`;

  const upload = async () => {
    const file = input.current?.files?.[0];
    if (!file) return setError("missing");
    const form = new FormData();
    form.set("file", file);
    form.set("title", title);
    form.set("requirementId", slot.requirementId);
    if (slot.organisationId) form.set("organisationId", slot.organisationId);
    setBusy(true);
    const answer = await callRoute(base, { method: "POST", body: form });
    setBusy(false);
    if (!answer.ok) return setError(ERRORS[answer.code] ?? "failed");
    setError(null);
    if (input.current) input.current.value = "";
    router.refresh();
  };

  const remove = async (attachmentId: string) => {
    setBusy(true);
    const result = await removeOfferAttachmentAction({ offerId, attachmentId });
    setBusy(false);
    const data = result?.data as { refused?: string } | undefined;
    setError(
      data?.refused === "DEADLINE_PASSED" ? "deadlinePassed" : result?.serverError || data?.refused ? "failed" : null,
    );
  };

  return (
    <li className="rounded border border-slate-400 p-4">
      <h3 className="font-semibold">
        <span lang="pl">{slot.label}</span>
        {slot.applicantName && (
          <>
            {" "}
            – <span lang="pl">{slot.applicantName}</span>
          </>
        )}
      </h3>
      {slot.description && (
        <p className="mt-1" lang="pl">
          {slot.description}
        </p>
      )}
      <p className="mt-1 text-sm">
        {slot.condition === "PROXY_SIGNS" ? t("ifProxy") : slot.required ? t("required") : t("optional")}
      </p>
      {files.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-3">
              <a href={`${base}/${file.id}`} className="underline">
                {file.title}
              </a>
              <span className="text-slate-700">
                {file.kind.toUpperCase()}, {format.number(file.size / 1024, { maximumFractionDigits: 0 })} KB
              </span>
              {editable && (
                <Button variant="secondary" busy={busy} onClick={() => void remove(file.id)}>
                  {t("remove", { title: file.title })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="mt-3">
          <label htmlFor={`${id}-title`} className="block font-semibold">
            {t("titleLabel")}
          </label>
          <input
            id={`${id}-title`}
            className={inputClassName}
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
          />
          <label htmlFor={`${id}-file`} className="mt-2 block font-semibold">
            {t("fileLabel")}
          </label>
          <p id={`${id}-hint`} className="text-sm text-slate-700">
            {t("fileHint")}
          </p>
          <input
            id={`${id}-file`}
            ref={input}
            type="file"
            aria-describedby={`${id}-hint`}
            accept=".pdf,.docx,.odt,.xlsx,.ods"
            className="mt-1 block max-w-full"
          />
          <Button variant="secondary" className="mt-2" busy={busy} onClick={() => void upload()}>
            {t("upload")}
          </Button>
        </div>
      )}
      {error && (
        <Alert tone="error" live>
          {t(`errors.${error}` as "errors.failed")}
        </Alert>
      )}
    </li>
  );
}

/** The competition's required attachments, per applicant where the office asks so, with their files. */
export function AttachmentsSection({
  offerId,
  slots,
  files,
  editable,
}: {
  offerId: string;
  slots: AttachmentSlot[];
  files: AttachedFile[];
  editable: boolean;
}) {
  const t = useTranslations("offerEditor.attachments");
  return (
    <section aria-labelledby="attachments-heading" className="mb-10">
      <h2 id="attachments-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {slots.length === 0 ? (
        <p className="mt-2">{t("noneRequired")}</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {slots.map((slot) => (
            <Slot
              key={`${slot.requirementId}-${slot.organisationId ?? ""}`}
              offerId={offerId}
              slot={slot}
              editable={editable}
              files={files.filter((file) => fillsSlot(slot, file))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
