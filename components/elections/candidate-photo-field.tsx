"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { callRoute } from "@/lib/http/route-client";

const MAX_BYTES = 5 * 1024 * 1024;
const FAILURES = ["NOT_AN_IMAGE", "TOO_LARGE", "MISSING", "NOMINATIONS_CLOSED"] as const;
type Failure = (typeof FAILURES)[number];

/**
 * The optional photo of a candidate: sent as soon as it is chosen, so a
 * refused picture is known before the nomination is submitted; the form then
 * sends only the id the server gave it.
 */
export function CandidatePhotoField({
  id,
  electionId,
  error,
  onUploaded,
  onFailure,
}: {
  id: string;
  electionId: string;
  error?: string;
  onUploaded: (photoId: string) => void;
  onFailure: (message: string) => void;
}) {
  const t = useTranslations("nominations.photo");
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [status, setStatus] = useState<"idle" | "uploading" | "saved">("idle");
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  function clear() {
    setPreview(null);
    setStatus("idle");
    if (input.current) input.current.value = "";
    onUploaded("");
  }

  async function send(file: File) {
    const fail = (failure: Failure) => {
      clear();
      onFailure(t(`failures.${failure}`));
    };
    if (file.size > MAX_BYTES) return fail("TOO_LARGE");
    setStatus("uploading");
    const body = new FormData();
    body.set("file", file);
    const answer = await callRoute(`/api/elections/${electionId}/photos`, { method: "POST", body });
    if (!answer.ok) return fail(FAILURES.includes(answer.code as Failure) ? (answer.code as Failure) : "NOT_AN_IMAGE");
    setPreview(URL.createObjectURL(file));
    setStatus("saved");
    onUploaded((answer.body as { photoId: string }).photoId);
  }

  return (
    <FormField id={id} name="photo" label={t("label")} hint={t("hint")} error={error}>
      {(props) => (
        <div>
          <input
            {...props}
            ref={input}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            className={inputClassName}
            onChange={(event) => event.target.files?.[0] && void send(event.target.files[0])}
          />
          <p role="status" className="mt-2">
            {status === "uploading" ? t("uploading") : status === "saved" ? t("saved") : ""}
          </p>
          {preview && (
            <div className="mt-2 flex flex-wrap items-end gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- the chosen file, shown from the browser's memory */}
              <img src={preview} alt={t("preview")} className="max-h-40 max-w-40 border border-slate-300" />
              <Button variant="secondary" onClick={clear}>
                {t("remove")}
              </Button>
            </div>
          )}
        </div>
      )}
    </FormField>
  );
}
