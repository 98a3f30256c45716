"use client";

import { useTranslations } from "next-intl";
import { ActingAsFieldset } from "@/components/auth/acting-as-fieldset";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { editRemarkAction, submitRemarkAction } from "@/lib/consultations/remarks/actions";
import { remarkFormSchema, type RemarkFormInput } from "@/lib/consultations/remarks/schemas";

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
  const { form, submit, pending, message, refused, status } = useActionForm(
    async ({ actingFor, ...content }: RemarkFormInput) =>
      target.kind === "edit"
        ? editRemarkAction({ ...content, remarkId: target.remarkId })
        : submitRemarkAction({
            ...content,
            consultationId: context.consultationId,
            unitId: target.unit?.id ?? "",
            actingFor: actingFor || null,
          }),
    remarkFormSchema,
    {
      defaultValues: editing
        ? { ...target.values, actingFor: "" }
        : {
            actingFor: context.allowSelf ? "" : (context.organisations[0]?.id ?? ""),
            currentWording: target.unit?.text ?? "",
            proposedWording: "",
            justification: "",
          },
      fieldIds,
      onSuccess: onDone,
    },
  );

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
      onSubmit={submit}
    >
      <FormStatus {...status} refused={refused && t(`remarks.refusals.${refused}`)} />
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
        <Button type="submit" disabled={pending}>
          {editing ? t("remarks.saveEdit") : t("remarks.submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("remarks.cancel")}
        </Button>
      </div>
    </form>
  );
}
