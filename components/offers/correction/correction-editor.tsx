"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState, type ReactNode } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { OfferEditor, type EditorControl, type EditorProps } from "@/components/offers/editor/offer-editor";
import type { SaveChannel } from "@/components/offers/editor/use-autosave";
import { Button } from "@/components/ui/button";
import type { AppErrorCode } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { saveCorrectionSectionsAction, submitCorrectionAction } from "@/lib/offers/corrections/actions";
import type { OfferSectionKey } from "@/lib/offers/document/schema";
import { isRefused } from "@/lib/rule-errors/refusals";

/**
 * The offer's form with only the named sections editable (saved as typed,
 * through the correction's own action and beacon), and the submit of the
 * correction below it. The submit sends the revisions this tab last saved,
 * so a stale tab is refused rather than submitting what it has not seen.
 */
export function CorrectionEditor({
  editor,
  named,
  children,
}: {
  editor: Omit<EditorProps, "editableKeys" | "channel" | "editableLabel">;
  named: OfferSectionKey[];
  /** Shown between the form and the submit (the named attachments' files). */
  children?: ReactNode;
}) {
  const t = useTranslations("offerCorrection");
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState<number | null>(null);
  const control = useRef<EditorControl | null>(null);
  const channel = useMemo<SaveChannel>(
    () => ({ save: saveCorrectionSectionsAction, beaconPath: "correction-autosave", only: named }),
    [named],
  );

  async function submit() {
    setPending(true);
    setRefused(null);
    setServerError(null);
    setProblems([]);
    // What is typed is saved first; the submit then says which revision of each named section it saw.
    const saved = (await control.current?.saveNow()) ?? {};
    const revisions = Object.fromEntries(named.map((key) => [key, saved[key] ?? 0]));
    const result = await submitCorrectionAction({
      offerId: editor.offerId,
      revisions,
      locale: isLocale(locale) ? locale : "pl",
    });
    setPending(false);
    if (result?.serverError) setServerError(result.serverError);
    else if (result?.validationErrors) {
      const errors = result.validationErrors as Record<string, { _errors?: string[] } | undefined>;
      setProblems(Object.values(errors).flatMap((entry) => entry?._errors ?? []));
    } else if (isRefused(result?.data)) setRefused(t(`refusals.${result.data.refused}`));
    else if (result?.data) setSubmitted(result.data.number);
  }

  if (submitted !== null) return <FormStatus saved={t("submitted", { number: submitted })} />;
  return (
    <>
      <OfferEditor
        {...editor}
        editableKeys={named}
        channel={channel}
        editableLabel={t("editableLabel")}
        controlRef={control}
      />
      {children}
      {editor.mayEdit && (
        <section aria-labelledby="correction-submit-heading" className="mt-10">
          <h2 id="correction-submit-heading" className="text-2xl font-bold">
            {t("submitHeading")}
          </h2>
          <p>{t("submitHint")}</p>
          <FormStatus refused={refused} serverError={serverError} />
          {problems.length > 0 && (
            <div role="alert" className="my-4 border-l-4 border-red-800 bg-red-50 p-4">
              <p className="font-semibold">{t("problems")}</p>
              <ul className="list-disc pl-6">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <Button className="mt-3" busy={pending} onClick={() => void submit()}>
            {t("submit")}
          </Button>
        </section>
      )}
    </>
  );
}
