"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { reopenCommissionAction } from "@/lib/competitions/evaluation/actions";
import { reopenObject, type ReopenInput } from "@/lib/competitions/evaluation/schemas";

/** The office reopens a closed commission, saying why (kept and printed in the protocol). */
export function ReopenForm({ competitionId }: { competitionId: string }) {
  const t = useTranslations("evaluation.ranking");
  const fieldIds = { reason: "reopen-reason" };
  const defaults: ReopenInput = { reason: "" };
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    reopenCommissionAction,
    reopenObject,
    { defaultValues: defaults, fieldIds, toInput: (fields) => ({ ...fields, competitionId }) },
  );
  return (
    <form noValidate className="mt-3" onSubmit={submit}>
      <FormStatus {...status} saved={saved && t("reopen.done")} refused={refused && t(`refusals.${refused}`)} />
      <FormField id={fieldIds.reason} name="reason" label={t("reopen.reason")} error={message("reason")} required>
        {(props) => <textarea {...props} {...form.register("reason")} rows={3} className={inputClassName} />}
      </FormField>
      <Button type="submit" variant="secondary" busy={pending}>
        {t("reopen.submit")}
      </Button>
    </form>
  );
}
