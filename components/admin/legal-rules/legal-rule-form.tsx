"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { addLegalRuleAction } from "@/lib/legal-rules/actions";
import type { LegalRuleKey, LegalRuleUnit } from "@/lib/legal-rules/keys";
import { addLegalRuleSchema, type AddLegalRuleInput } from "@/lib/legal-rules/schemas";

/**
 * Adds a new value of one legal limit from a day on. The unit is the key's:
 * złoty, a percentage, days, yes/no or text. `latest` is the latest value's
 * first day, already formatted: the new one must start after it.
 */
export function LegalRuleForm({
  ruleKey,
  unit,
  latest,
}: {
  ruleKey: LegalRuleKey;
  unit: LegalRuleUnit;
  latest: string | null;
}) {
  const t = useTranslations("legalRules");
  const prefix = `legal-rule-${ruleKey.replace(".", "-").toLowerCase()}`;
  const fieldIds = {
    value: `${prefix}-value`,
    validFrom: `${prefix}-valid-from`,
    source: `${prefix}-source`,
    note: `${prefix}-note`,
  };
  const { form, submit, pending, message, saved, status } = useActionForm(
    (input: AddLegalRuleInput) => addLegalRuleAction(input),
    addLegalRuleSchema,
    {
      defaultValues: { key: ruleKey, value: unit === "flag" ? "0" : "", validFrom: "", source: "", note: "" },
      fieldIds,
      messageValues: { legalRuleValidFromNotAfterCurrent: { since: latest ?? "" } },
      onSuccess: (_data, { form: written }) =>
        written.reset({ key: ruleKey, value: unit === "flag" ? "0" : "", validFrom: "", source: "", note: "" }),
    },
  );
  return (
    <form noValidate onSubmit={submit} className="mt-4 max-w-2xl">
      <FormStatus {...status} saved={saved && t("saved")} />
      <input type="hidden" {...form.register("key")} />
      <FormField
        id={fieldIds.value}
        name="value"
        label={t(`valueLabel.${unit}`)}
        hint={t(`valueHint.${unit}`)}
        error={message("value")}
        required
      >
        {(props) =>
          unit === "flag" ? (
            <select {...props} {...form.register("value")} className={`${inputClassName} max-w-60`}>
              <option value="0">{t("flagOff")}</option>
              <option value="1">{t("flagOn")}</option>
            </select>
          ) : (
            <input
              {...props}
              {...form.register("value")}
              type="text"
              inputMode={unit === "text" ? "text" : unit === "days" || unit === "workingDays" ? "numeric" : "decimal"}
              className={`${inputClassName} ${unit === "text" ? "" : "max-w-60"}`}
            />
          )
        }
      </FormField>
      <FormField
        id={fieldIds.validFrom}
        name="validFrom"
        label={t("validFromLabel")}
        hint={latest ? t("validFromHintAfter", { since: latest }) : t("validFromHint")}
        error={message("validFrom")}
        required
      >
        {(props) => (
          <input {...props} {...form.register("validFrom")} type="date" className={`${inputClassName} max-w-60`} />
        )}
      </FormField>
      <FormField
        id={fieldIds.source}
        name="source"
        label={t("sourceLabel")}
        hint={t("sourceHint")}
        error={message("source")}
        required
      >
        {(props) => <input {...props} {...form.register("source")} type="text" className={inputClassName} />}
      </FormField>
      <FormField id={fieldIds.note} name="note" label={t("noteLabel")} error={message("note")}>
        {(props) => <textarea {...props} {...form.register("note")} rows={3} className={inputClassName} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {t("add")}
      </Button>
    </form>
  );
}
