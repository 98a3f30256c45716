"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useRun } from "@/components/competitions/formal/use-run";
import { inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { requestCorrectionAction } from "@/lib/competitions/formal/actions";
import { MAX_REASON } from "@/lib/competitions/formal/schemas";
import type { OfferSectionKey } from "@/lib/offers/document/schema";

/**
 * Asking for a correction: the parts to correct (the template's sections,
 * part V as one), what to correct in words, and the last day (the
 * competition's number of days from today by default).
 */
export function CorrectionRequestForm({
  offerId,
  parts,
  requirements,
  defaultDueOn,
}: {
  offerId: string;
  parts: { key: OfferSectionKey; label: string }[];
  /** The competition's attachment requirements: their files may be named for replacing. */
  requirements: { id: string; label: string }[];
  defaultDueOn: string;
}) {
  const t = useTranslations("competitionFormal.correction");
  const id = useId();
  const request = useRun();
  const [chosen, setChosen] = useState<OfferSectionKey[]>([]);
  const [files, setFiles] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const [dueOn, setDueOn] = useState(defaultDueOn);
  const [problems, setProblems] = useState<{ parts?: boolean; message?: boolean }>({});

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = { parts: chosen.length + files.length === 0, message: message.trim() === "" };
        setProblems(found);
        if (found.parts || found.message) {
          document.getElementById(found.parts ? `${id}-part-0` : `${id}-message`)?.focus();
          return;
        }
        void request.run(() =>
          requestCorrectionAction({ offerId, sections: chosen, attachments: files, message, dueOn }),
        );
      }}
    >
      <FormStatus refused={request.refused} serverError={request.serverError} />
      {request.invalid && (
        <p role="alert" className="text-red-800">
          {t("dueInvalid")}
        </p>
      )}
      <fieldset aria-describedby={problems.parts ? `${id}-parts-error` : undefined}>
        <legend className="font-semibold">{t("parts")}</legend>
        {problems.parts && (
          <p id={`${id}-parts-error`} className="text-red-800">
            {t("partsRequired")}
          </p>
        )}
        <ul className="mt-1 space-y-1">
          {parts.map((part, index) => (
            <li key={part.key}>
              <label className="inline-flex items-center gap-2">
                <input
                  id={`${id}-part-${index}`}
                  type="checkbox"
                  checked={chosen.includes(part.key)}
                  onChange={(event) =>
                    setChosen((current) =>
                      event.target.checked ? [...current, part.key] : current.filter((key) => key !== part.key),
                    )
                  }
                />
                {part.label}
              </label>
            </li>
          ))}
          {requirements.map((requirement) => (
            <li key={requirement.id}>
              <label className="inline-flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={files.includes(requirement.id)}
                  onChange={(event) =>
                    setFiles((current) =>
                      event.target.checked
                        ? [...current, requirement.id]
                        : current.filter((id) => id !== requirement.id),
                    )
                  }
                />
                {t("attachment", { label: requirement.label })}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label htmlFor={`${id}-message`} className="mt-3 block font-semibold">
        {t("message")}
      </label>
      <p id={`${id}-message-hint`} className="text-slate-700">
        {t("messageHint")}
      </p>
      {problems.message && (
        <p id={`${id}-message-error`} className="text-red-800">
          {t("messageRequired")}
        </p>
      )}
      <textarea
        id={`${id}-message`}
        value={message}
        rows={4}
        maxLength={MAX_REASON}
        onChange={(event) => setMessage(event.target.value)}
        aria-invalid={problems.message || undefined}
        aria-describedby={`${id}-message-hint${problems.message ? ` ${id}-message-error` : ""}`}
        className={inputClassName}
      />
      <label htmlFor={`${id}-due`} className="mt-3 block font-semibold">
        {t("dueOn")}
      </label>
      <p id={`${id}-due-hint`} className="text-slate-700">
        {t("dueHint")}
      </p>
      <input
        id={`${id}-due`}
        type="date"
        value={dueOn}
        onChange={(event) => setDueOn(event.target.value)}
        aria-describedby={`${id}-due-hint`}
        className={`${inputClassName} sm:max-w-xs`}
      />
      <Button type="submit" className="mt-3" busy={request.pending}>
        {t("send")}
      </Button>
    </form>
  );
}
