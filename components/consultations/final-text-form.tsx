"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { SplitModeField } from "@/components/consultations/split-mode-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { publishFinalTextAction } from "@/lib/consultations/actions";
import { compareUnits } from "@/lib/consultations/diff";
import { finalTextSchema } from "@/lib/consultations/schemas";
import { splitIntoUnits, type SplitMode } from "@/lib/consultations/units";

const ids = { finalText: "final-text", splitMode: "final-split" };

/** After the consultation: the adopted text, with a count of what changed against the draft before publishing. */
export function FinalTextForm({
  consultationId,
  draftText,
  draftMode,
  defaultText,
  defaultMode,
  published,
}: {
  consultationId: string;
  draftText: string;
  draftMode: SplitMode;
  defaultText: string;
  defaultMode: SplitMode;
  published: boolean;
}) {
  const t = useTranslations();
  const { form, submit, pending, message, saved, status } = useActionForm(publishFinalTextAction, finalTextSchema, {
    defaultValues: { consultationId, finalText: defaultText, splitMode: defaultMode },
    fieldIds: ids,
  });
  const [text, mode] = useWatch({ control: form.control, name: ["finalText", "splitMode"] });
  const draftUnits = useMemo(() => splitIntoUnits(draftText, draftMode), [draftText, draftMode]);
  const counts = useMemo(() => {
    const comparison = compareUnits(draftUnits, splitIntoUnits(text ?? "", mode ?? "auto"));
    return {
      changed: comparison.filter((c) => c.kind === "changed").length,
      added: comparison.filter((c) => c.kind === "added").length,
      removed: comparison.filter((c) => c.kind === "removed").length,
    };
  }, [draftUnits, text, mode]);

  return (
    <section aria-labelledby="final-heading" className="mt-6 max-w-4xl border-2 border-slate-700 p-4">
      <h2 id="final-heading" className="text-2xl font-bold">
        {t("finalText.heading")}
      </h2>
      <p className="mt-2">{published ? t("finalText.publishedIntro") : t("finalText.intro")}</p>
      <form noValidate className="mt-4" onSubmit={submit}>
        <FormStatus {...status} saved={saved && t("finalText.saved")} />
        <SplitModeField id={ids.splitMode} error={message("splitMode")} register={form.register("splitMode")} />
        <FormField
          id={ids.finalText}
          name="finalText"
          label={t("finalText.text")}
          hint={t("finalText.textHint")}
          error={message("finalText")}
          required
        >
          {(props) => (
            <textarea
              {...props}
              {...form.register("finalText")}
              rows={14}
              className={`${inputClassName} max-w-none font-mono text-sm`}
              lang="pl"
            />
          )}
        </FormField>
        <p className="mb-4 font-semibold" aria-live="polite">
          {t("finalText.counts", counts)}
        </p>
        <Button type="submit" disabled={pending}>
          {published ? t("finalText.correct") : t("finalText.publish")}
        </Button>
      </form>
    </section>
  );
}
