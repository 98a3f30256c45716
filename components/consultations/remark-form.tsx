"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ActingAsFieldset } from "@/components/auth/acting-as-fieldset";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { applyServerFieldErrors, useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { editRemarkAction, submitRemarkAction } from "@/lib/consultations/remarks/actions";
import { editRemarkSchema, submitRemarkSchema } from "@/lib/consultations/remarks/schemas";

type FormShape = {
  consultationId?: string;
  unitId?: string;
  remarkId?: string;
  actingFor?: string | null;
  currentWording: string;
  proposedWording: string;
  justification: string;
};

export type RemarkFormContext = {
  consultationId: string;
  personName: string;
  organisations: { id: string; name: string }[];
  /** Whether the person may remark as themselves (the consultation admits residents). */
  allowSelf: boolean;
};

type Target =
  | { kind: "new"; unit: { id: string; label: string; text: string } | null }
  | {
      kind: "edit";
      remarkId: string;
      values: { currentWording: string; proposedWording: string; justification: string };
    };

/**
 * The standard remarks form: the part of the document (fixed), its current
 * wording (prefilled, editable), the proposed wording and the justification,
 * and for whom the remark is made.
 */
export function RemarkForm({
  context,
  target,
  idPrefix,
  onDone,
  onCancel,
}: {
  context: RemarkFormContext;
  target: Target;
  idPrefix: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations();
  const fieldIds = {
    currentWording: `${idPrefix}-current`,
    proposedWording: `${idPrefix}-proposed`,
    justification: `${idPrefix}-justification`,
    actingFor: `${idPrefix}-acting`,
  };
  const editing = target.kind === "edit";
  const form = useForm<FormShape>({
    shouldFocusError: false,
    resolver: zodResolver((editing ? editRemarkSchema : submitRemarkSchema) as never),
    defaultValues: editing
      ? { ...target.values, remarkId: target.remarkId }
      : {
          consultationId: context.consultationId,
          unitId: target.unit?.id ?? "",
          actingFor: context.allowSelf ? "" : (context.organisations[0]?.id ?? ""),
          currentWording: target.unit?.text ?? "",
          proposedWording: "",
          justification: "",
        },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const submit = useAction(submitRemarkAction);
  const edit = useAction(editRemarkAction);
  const result = editing ? edit.result : submit.result;
  const refused = result.data && "refused" in result.data ? result.data.refused : null;

  return (
    <form
      noValidate
      className="mt-3 border-l-4 border-blue-800 pl-4"
      aria-label={
        target.kind === "new"
          ? target.unit
            ? t("remarks.formFor", { unit: target.unit.label })
            : t("remarks.generalForm")
          : t("remarks.editForm")
      }
      onSubmit={form.handleSubmit(async () => {
        const values = form.getValues() as Record<string, string | null>;
        const response = editing
          ? await edit.executeAsync(values as never)
          : await submit.executeAsync({ ...values, actingFor: values.actingFor || null } as never);
        if (applyServerFieldErrors(form.setError, response?.validationErrors, fieldIds)) return;
        if (response?.data && !("refused" in response.data)) onDone();
      })}
    >
      <ErrorSummary errors={summary} />
      {refused && (
        <Alert tone="error" live>
          {t(`remarks.refusals.${refused}`)}
        </Alert>
      )}
      {result.serverError && (
        <Alert tone="error" live>
          {t(`errors.${result.serverError}`)}
        </Alert>
      )}
      {!editing && (
        <ActingAsFieldset
          id={fieldIds.actingFor}
          personName={context.personName}
          organisations={context.organisations}
          includeSelf={context.allowSelf}
          defaultValue={context.allowSelf ? "" : context.organisations[0]?.id}
          register={form.register("actingFor")}
        />
      )}
      {(editing || target.unit) && (
        <FormField
          id={fieldIds.currentWording}
          name="currentWording"
          label={t("remarks.currentWording")}
          hint={t("remarks.currentWordingHint")}
          error={message("currentWording")}
        >
          {(props) => (
            <textarea {...props} {...form.register("currentWording")} rows={3} className={inputClassName} lang="pl" />
          )}
        </FormField>
      )}
      <FormField
        id={fieldIds.proposedWording}
        name="proposedWording"
        label={t("remarks.proposedWording")}
        error={message("proposedWording")}
      >
        {(props) => <textarea {...props} {...form.register("proposedWording")} rows={4} className={inputClassName} />}
      </FormField>
      <FormField
        id={fieldIds.justification}
        name="justification"
        label={t("remarks.justification")}
        hint={t("remarks.justificationHint")}
        error={message("justification")}
      >
        {(props) => <textarea {...props} {...form.register("justification")} rows={4} className={inputClassName} />}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {editing ? t("remarks.saveEdit") : t("remarks.submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("remarks.cancel")}
        </Button>
      </div>
    </form>
  );
}
