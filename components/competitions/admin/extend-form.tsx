"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { extendDeadlineAction } from "@/lib/competitions/actions";
import { extensionObject, type ExtensionInput } from "@/lib/competitions/schemas";

const fieldIds = {
  newDeadline: "extend-deadline",
  reason: "extend-reason",
  actReference: "extend-act",
  documentId: "extend-document",
};

/**
 * A later offer deadline with its reason and act (and the act's document, if
 * uploaded above); the history keeps the previous deadline, followers and
 * organisations drafting an offer are told.
 */
export function ExtendDeadlineForm({
  competitionId,
  defaultDeadline,
  documents,
}: {
  competitionId: string;
  defaultDeadline: string;
  documents: { id: string; title: string }[];
}) {
  const t = useTranslations();
  const empty: ExtensionInput = { newDeadline: defaultDeadline, reason: "", actReference: "", documentId: "" };
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    extendDeadlineAction,
    extensionObject,
    { defaultValues: empty, fieldIds, toInput: (fields) => ({ ...fields, competitionId }) },
  );
  return (
    <form noValidate className="mt-4 max-w-4xl" onSubmit={submit}>
      <FormStatus
        {...status}
        saved={saved && t("competitionsAdmin.extended")}
        refused={refused && t(`competitionsAdmin.refusals.${refused}`)}
      />
      <FormField
        id={fieldIds.newDeadline}
        name="newDeadline"
        label={t("competitionsAdmin.extendFields.newDeadline")}
        hint={t("competitionsAdmin.hints.offersDeadline")}
        error={message("newDeadline")}
        required
      >
        {(props) => (
          <input
            {...props}
            {...form.register("newDeadline")}
            type="datetime-local"
            className={`${inputClassName} max-w-64`}
          />
        )}
      </FormField>
      <FormField
        id={fieldIds.reason}
        name="reason"
        label={t("competitionsAdmin.extendFields.reason")}
        error={message("reason")}
        required
      >
        {(props) => <textarea {...props} {...form.register("reason")} rows={3} className={inputClassName} />}
      </FormField>
      <FormField
        id={fieldIds.actReference}
        name="actReference"
        label={t("competitionsAdmin.extendFields.actReference")}
        error={message("actReference")}
      >
        {(props) => <input {...props} {...form.register("actReference")} className={inputClassName} />}
      </FormField>
      {documents.length > 0 && (
        <FormField
          id={fieldIds.documentId}
          name="documentId"
          label={t("competitionsAdmin.extendFields.documentId")}
          error={message("documentId")}
        >
          {(props) => (
            <select {...props} {...form.register("documentId")} className={inputClassName}>
              <option value="">{t("competitionsAdmin.noDocument")}</option>
              {documents.map((document) => (
                <option key={document.id} value={document.id}>
                  {document.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <Button type="submit" disabled={pending}>
        {t("competitionsAdmin.extend")}
      </Button>
    </form>
  );
}
