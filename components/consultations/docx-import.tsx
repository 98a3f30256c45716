"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const FAILURES = new Set(["NOT_DOCX", "EMPTY", "TOO_LARGE", "MISSING", "ARCHIVE_TOO_LARGE"]);

/**
 * "Read the text from a DOCX": the file's text replaces the field's, and the
 * previous text can be put back with one button, so nothing typed is lost.
 */
export function DocxImport({
  institutionId,
  currentText,
  onText,
}: {
  institutionId: string;
  currentText: string;
  onText: (text: string) => void;
}) {
  const t = useTranslations("consultationForm.docx");
  const input = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [previous, setPrevious] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function read() {
    const file = input.current?.files?.[0];
    setLoaded(null);
    if (!file) return setFailure("MISSING");
    setFailure(null);
    setPending(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(`/api/consultations/docx-text?institutionId=${institutionId}`, {
        method: "POST",
        body,
      });
      const answer = (await response.json().catch(() => ({}))) as { text?: string; error?: { code?: string } };
      if (response.ok && answer.text) {
        setPrevious(currentText);
        onText(answer.text);
        setLoaded(file.name);
      } else setFailure(answer.error?.code && FAILURES.has(answer.error.code) ? answer.error.code : "NOT_DOCX");
    } catch {
      setFailure("NOT_DOCX");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="mb-5 rounded border-2 border-slate-300 p-3">
      <FormField
        id="consultation-docx"
        name="docx"
        label={t("label")}
        hint={t("hint")}
        error={failure ? t(`failures.${failure}` as "failures.NOT_DOCX") : undefined}
      >
        {(props) => (
          <input
            {...props}
            ref={input}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            className={inputClassName}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" disabled={pending} onClick={() => void read()}>
          {pending ? t("reading") : t("read")}
        </Button>
        {loaded !== null && previous !== null && (
          <Button
            variant="secondary"
            onClick={() => {
              onText(previous);
              setPrevious(null);
              setLoaded(null);
            }}
          >
            {t("undo")}
          </Button>
        )}
      </div>
      {loaded && (
        <Alert tone="success" live>
          {t("loaded", { name: loaded })}
        </Alert>
      )}
    </div>
  );
}
