"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { saveHistoryRowAction } from "@/lib/competitions/actions";
import { historyRowObject, type HistoryRowInput } from "@/lib/competitions/schemas";

const FIELDS = ["year", "label", "costs", "grants"] as const;

/**
 * A row of "the same kind this and last year" (art. 13 ust. 2 pkt 7) as the
 * office states it: a change of a computed row keeps what was typed.
 */
export function HistoryRowForm({
  competitionId,
  taskId,
  rowId,
  defaultValues,
}: {
  competitionId: string;
  taskId: string;
  rowId?: string;
  defaultValues: HistoryRowInput;
}) {
  const t = useTranslations();
  const prefix = `history-${rowId ?? `new-${taskId}`}`;
  const fieldIds = Object.fromEntries(FIELDS.map((field) => [field, `${prefix}-${field}`]));
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    saveHistoryRowAction,
    historyRowObject,
    {
      defaultValues,
      fieldIds,
      toInput: (fields) => ({ ...fields, competitionId, taskId, ...(rowId ? { rowId } : {}) }),
    },
  );
  return (
    <form noValidate className="mt-3 flex flex-wrap items-end gap-x-4" onSubmit={submit}>
      <div className="w-full">
        <FormStatus
          {...status}
          refused={refused && t(`competitionsAdmin.refusals.${refused}`)}
          saved={saved && t("competitionsAdmin.saved")}
          serverErrorTexts={{ CONFLICT: t("competitionsAdmin.historyRowTaken") }}
        />
      </div>
      {FIELDS.map((name) => (
        <FormField
          key={name}
          id={fieldIds[name]!}
          name={name}
          label={t(`competitionsAdmin.historyFields.${name}`)}
          error={message(name)}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register(name)}
              inputMode={name === "label" ? undefined : "decimal"}
              className={`${inputClassName} ${name === "label" ? "" : "max-w-40"}`}
            />
          )}
        </FormField>
      ))}
      <div className="mb-5">
        <Button type="submit" disabled={pending}>
          {rowId ? t("competitionsAdmin.saveRow") : t("competitionsAdmin.addRow")}
        </Button>
      </div>
    </form>
  );
}
