"use client";

import { useState, type BaseSyntheticEvent } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { applyServerFieldErrors } from "@/components/forms/use-field-errors";
import { useRouter } from "@/lib/i18n/navigation";

type ActionResponse<Data> = { data?: Data; validationErrors?: unknown } | undefined;
type Action<Data, ServerError extends string> = {
  executeAsync: (input: never) => Promise<ActionResponse<Data>>;
  isPending: boolean;
  result: { serverError?: ServerError };
};

/**
 * The create-or-edit form's submit (consultations, elections, news, library):
 * a new record is created and the browser goes where `onCreated` says; an
 * existing one is saved, said so, and the page refreshed. Field errors from
 * the server land on the fields; other refusals are `serverError`.
 */
export function useSaveForm<Values extends FieldValues, Created, ServerError extends string>({
  form,
  fieldIds,
  creating,
  create,
  update,
  onCreated,
  values = () => form.getValues(),
}: {
  form: {
    handleSubmit: (onValid: () => Promise<void>) => (event?: BaseSyntheticEvent) => Promise<void>;
    setError: UseFormSetError<Values>;
    getValues: () => Values;
  };
  fieldIds: Record<string, string>;
  creating: boolean;
  create: Action<Created, ServerError>;
  update: Action<unknown, ServerError>;
  onCreated: (created: Created) => void;
  /** What is sent (the form's values, unless something outside the form adds to them). */
  values?: () => object;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const submit = form.handleSubmit(async () => {
    setSaved(false);
    // The server parses the same inputs again (dates as typed, in Polish time).
    const response = await (creating ? create : update).executeAsync(values() as never);
    if (applyServerFieldErrors(form.setError, response?.validationErrors, fieldIds)) return;
    if (!response?.data) return;
    if (creating) onCreated(response.data as Created);
    else {
      setSaved(true);
      router.refresh();
    }
  });
  return {
    submit,
    saved,
    serverError: create.result.serverError ?? update.result.serverError,
    pending: create.isPending || update.isPending,
  };
}
