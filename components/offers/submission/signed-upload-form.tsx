"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import type { UploadChannel } from "@/lib/offers/confirmations/schemas";

const KNOWN_ERRORS = [
  "MISSING",
  "TOO_LARGE",
  "UNSUPPORTED_TYPE",
  "NOT_SUBMITTED",
  "CHANNEL_NOT_ACCEPTED",
  "TOO_MANY_CONFIRMATIONS",
] as const;
type UploadErrorCode = (typeof KNOWN_ERRORS)[number] | "OTHER";
const errorCode = (code: string | undefined): UploadErrorCode =>
  KNOWN_ERRORS.find((known) => known === code) ?? "OTHER";

/**
 * Uploads the confirmation signed electronically: a signed PDF (qualified
 * or personal signature) or the XAdES file the trusted profile gives. The
 * office accepts or rejects it; until then it is listed as received.
 */
export function SignedUploadForm({ offerId, channels }: { offerId: string; channels: UploadChannel[] }) {
  const t = useTranslations("offerSubmission.confirmation");
  const router = useRouter();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; code?: UploadErrorCode } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setResult(null);
    if (!file.current?.files?.[0]) {
      setResult({ ok: false, code: "MISSING" });
      file.current?.focus();
      return;
    }
    setPending(true);
    const response = await fetch(`/api/offers/${offerId}/confirmations`, {
      method: "POST",
      body: new FormData(form),
    }).catch(() => null);
    setPending(false);
    if (response?.ok) {
      setResult({ ok: true });
      form.reset();
      router.refresh();
      return;
    }
    const body = (await response?.json().catch(() => null)) as { error?: { code?: string } } | null;
    setResult({ ok: false, code: errorCode(body?.error?.code) });
  }

  return (
    <form onSubmit={submit} className="mt-4 max-w-xl" noValidate>
      {result?.ok && (
        <Alert tone="success" live>
          {t("uploaded")}
        </Alert>
      )}
      {result && !result.ok && (
        <Alert tone="error" live>
          {t(`uploadErrors.${result.code ?? "OTHER"}`)}
        </Alert>
      )}
      <label htmlFor={`${id}-channel`} className="block font-semibold">
        {t("channel")}
      </label>
      <select id={`${id}-channel`} name="channel" className={`${inputClassName} mt-1`}>
        {channels.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channels.${channel}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-file`} className="mt-4 block font-semibold">
        {t("signedFile")}
      </label>
      <p id={`${id}-hint`} className="text-slate-700">
        {t("signedFileHint")}
      </p>
      <input
        ref={file}
        id={`${id}-file`}
        name="file"
        type="file"
        accept=".pdf,.xml,application/pdf,application/xml,text/xml"
        aria-describedby={`${id}-hint`}
        className="mt-1 block"
      />
      <Button type="submit" busy={pending} className="mt-4">
        {t("upload")}
      </Button>
    </form>
  );
}
