"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { resolveDivergenceAction } from "@/lib/competitions/evaluation/actions";
import { divergenceResolutions, resolutionObject, type ResolutionInput } from "@/lib/competitions/evaluation/schemas";

/** How the commission settled a divergent offer, with a note; an agreed score replaces the mean in the ranking. */
export function ResolutionForm({
  offerId,
  resolution,
  note,
  agreedScore,
  maxPoints,
}: {
  offerId: string;
  resolution: ResolutionInput["resolution"] | null;
  note: string;
  agreedScore: string;
  maxPoints: string;
}) {
  const t = useTranslations("evaluation.ranking");
  const fieldIds = {
    resolution: `resolution-${offerId}-kind`,
    note: `resolution-${offerId}-note`,
    agreedScore: `resolution-${offerId}-score`,
  };
  const defaults: ResolutionInput = { resolution: resolution ?? "KEEP_MEAN", note, agreedScore };
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    resolveDivergenceAction,
    resolutionObject,
    { defaultValues: defaults, fieldIds, toInput: (fields) => ({ ...fields, offerId }) },
  );
  const agreed = form.watch("resolution") === "COMMISSION_SCORE";
  return (
    <form noValidate className="mt-3" onSubmit={submit}>
      <FormStatus {...status} saved={saved && t("resolution.saved")} refused={refused && t(`refusals.${refused}`)} />
      <FormField
        id={fieldIds.resolution}
        name="resolution"
        label={t("resolution.kind")}
        error={message("resolution")}
        required
      >
        {(props) => (
          <select {...props} {...form.register("resolution")} className={`${inputClassName} max-w-md`}>
            {divergenceResolutions.map((value) => (
              <option key={value} value={value}>
                {t(`resolution.kinds.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {agreed && (
        <FormField
          id={fieldIds.agreedScore}
          name="agreedScore"
          label={t("resolution.agreedScore")}
          hint={t("resolution.agreedScoreHint", { max: maxPoints })}
          error={message("agreedScore")}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register("agreedScore")}
              inputMode="decimal"
              className={`${inputClassName} max-w-40`}
            />
          )}
        </FormField>
      )}
      <FormField id={fieldIds.note} name="note" label={t("resolution.note")} error={message("note")} required>
        {(props) => <textarea {...props} {...form.register("note")} rows={2} className={inputClassName} />}
      </FormField>
      <Button type="submit" variant="secondary" busy={pending}>
        {t("resolution.save")}
      </Button>
    </form>
  );
}
