"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { closeCommissionAction } from "@/lib/competitions/evaluation/actions";
import { closeObject, ngoAbsenceGrounds, type CloseInput } from "@/lib/competitions/evaluation/schemas";

/** The chair closes the commission's work; without an organisation's nominee the ground is asked (L7). */
export function CloseForm({ competitionId, withoutNgo }: { competitionId: string; withoutNgo: boolean }) {
  const t = useTranslations("evaluation.ranking");
  const fieldIds = { ngoAbsenceGround: "close-ngo-ground" };
  const defaults: CloseInput = { ngoAbsenceGround: "" };
  const { form, submit, pending, message, saved, refused, status } = useActionForm(closeCommissionAction, closeObject, {
    defaultValues: defaults,
    fieldIds,
    toInput: (fields) => ({ ...fields, competitionId }),
  });
  return (
    <form noValidate className="mt-3" onSubmit={submit}>
      <FormStatus {...status} saved={saved && t("close.done")} refused={refused && t(`refusals.${refused}`)} />
      {withoutNgo && (
        <FormField
          id={fieldIds.ngoAbsenceGround}
          name="ngoAbsenceGround"
          label={t("close.ngoGround")}
          hint={t("close.ngoGroundHint")}
          error={message("ngoAbsenceGround")}
          required
        >
          {(props) => (
            <select {...props} {...form.register("ngoAbsenceGround")} className={`${inputClassName} max-w-xl`}>
              <option value="">{t("close.ngoGroundChoose")}</option>
              {ngoAbsenceGrounds.map((ground) => (
                <option key={ground} value={ground}>
                  {t(`close.grounds.${ground}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <Button type="submit" busy={pending}>
        {t("close.submit")}
      </Button>
    </form>
  );
}
