"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { saveTaskAction } from "@/lib/competitions/actions";
import { taskForms, taskSchema, type TaskInput } from "@/lib/competitions/schemas";

const TEXT = [
  "number",
  "kindName",
  "pool",
  "minGrant",
  "maxGrant",
  "minOwnContributionBp",
  "maxAdminCostBp",
  "kindKey",
] as const;
const HINTED = ["pool", "minGrant", "maxGrant", "minOwnContributionBp", "maxAdminCostBp", "kindKey"] as const;
const hasHint = (field: string): field is (typeof HINTED)[number] => (HINTED as readonly string[]).includes(field);
const OPTIONAL = new Set(["minGrant", "maxGrant", "minOwnContributionBp", "maxAdminCostBp", "kindKey"]);

/** A kind of task with its pool and its own limits; a new one (no taskId) is added after the others. */
export function TaskForm({
  competitionId,
  taskId,
  defaultValues,
  spheres,
}: {
  competitionId: string;
  taskId?: string;
  defaultValues: TaskInput;
  spheres: { id: string; label: string }[];
}) {
  const t = useTranslations();
  const prefix = `task-${taskId ?? "new"}`;
  const fieldIds: Record<string, string> = Object.fromEntries(
    [...TEXT, "description", "sphereId", "form"].map((field) => [field, `${prefix}-${field}`]),
  );
  const { form, submit, pending, message, saved, refused, status } = useActionForm(saveTaskAction, taskSchema, {
    defaultValues,
    fieldIds,
    toInput: (fields) => ({ ...fields, competitionId, ...(taskId ? { taskId } : {}) }),
  });
  const text = (name: (typeof TEXT)[number]) => (
    <FormField
      id={fieldIds[name]!}
      name={name}
      label={t(`competitionsAdmin.taskFields.${name}`)}
      hint={hasHint(name) ? t(`competitionsAdmin.taskHints.${name}`) : undefined}
      error={message(name)}
      required={!OPTIONAL.has(name)}
    >
      {(props) => (
        <input
          {...props}
          {...form.register(name)}
          inputMode={name === "kindName" || name === "kindKey" ? undefined : "decimal"}
          className={name === "kindName" ? inputClassName : `${inputClassName} max-w-64`}
        />
      )}
    </FormField>
  );
  return (
    <form noValidate className="mt-4" onSubmit={submit}>
      <FormStatus
        {...status}
        refused={refused && t(`competitionsAdmin.refusals.${refused}`)}
        saved={saved && t("competitionsAdmin.taskSaved")}
        serverErrorTexts={{ CONFLICT: t("competitionsAdmin.taskNumberTaken") }}
      />
      {text("number")}
      {text("kindName")}
      <FormField
        id={fieldIds.sphereId!}
        name="sphereId"
        label={t("competitionsAdmin.taskFields.sphereId")}
        error={message("sphereId")}
        required
      >
        {(props) => (
          <select {...props} {...form.register("sphereId")} className={inputClassName}>
            <option value="">{t("competitionsAdmin.chooseSphere")}</option>
            {spheres.map((sphere) => (
              <option key={sphere.id} value={sphere.id}>
                {sphere.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="mb-5">
        <legend className="font-semibold">{t("competitionsAdmin.taskFields.form")}</legend>
        {taskForms.map((value) => (
          <div key={value} className="mt-2 flex items-start gap-3">
            <input
              id={`${fieldIds.form}-${value}`}
              type="radio"
              value={value}
              {...form.register("form")}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={`${fieldIds.form}-${value}`}>{t(`competitionsAdmin.forms.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <FormField
        id={fieldIds.description!}
        name="description"
        label={t("competitionsAdmin.taskFields.description")}
        error={message("description")}
      >
        {(props) => <textarea {...props} {...form.register("description")} rows={4} className={inputClassName} />}
      </FormField>
      {text("pool")}
      {text("minGrant")}
      {text("maxGrant")}
      {text("minOwnContributionBp")}
      {text("maxAdminCostBp")}
      {text("kindKey")}
      <Button type="submit" disabled={pending}>
        {taskId ? t("competitionsAdmin.saveTask") : t("competitionsAdmin.addTask")}
      </Button>
    </form>
  );
}
