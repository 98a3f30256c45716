"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { TranslationValues } from "next-intl";
import type { z } from "zod";
import type { FieldError } from "@/components/forms/error-summary";
import { applyServerFieldErrors, useFieldErrors } from "@/components/forms/use-field-errors";
import type { AppErrorCode } from "@/lib/errors";
import { isRefused, type Refused, type RefusedIn } from "@/lib/rule-errors/refusals";

/** What a server action answers (next-safe-action's result); undefined when the call led elsewhere. */
export type ActionResult<Data = unknown> =
  { data?: Data; serverError?: AppErrorCode; validationErrors?: unknown } | undefined;
/** What an action returns when it ran, taken from its whole result so that either of two actions' data is kept. */
export type DataOf<Result extends ActionResult> = Exclude<NonNullable<Result>["data"], undefined>;
export type RefusalOf<Data> = RefusedIn<Data>["refused"];
export type Accepted<Data> = Exclude<Data, Refused<string>>;

type Options<Values extends FieldValues, Output, Result extends ActionResult> = {
  defaultValues: DefaultValues<Values>;
  /** Each field's element id, for the error summary's links and the server's field errors. */
  fieldIds: Record<string, string>;
  /** By message key, the values its words name (`{ partnerRequestClosesTooLate: { latest } }`). */
  messageValues?: Record<string, TranslationValues>;
  /**
   * After the write was done (not refused): go elsewhere, clear the form, tell
   * the parent. `parsed` is what the schema made of the fields on the client.
   */
  onSuccess?: (
    data: Accepted<DataOf<Result>>,
    helpers: { form: UseFormReturn<Values, unknown, Output>; parsed: Output },
  ) => void | Promise<void>;
};

export type ActionForm<Values extends FieldValues, Output, Result extends ActionResult> = {
  form: UseFormReturn<Values, unknown, Output>;
  submit: ReturnType<UseFormReturn<Values, unknown, Output>["handleSubmit"]>;
  pending: boolean;
  /** A field's translated error, by name or dotted path. */
  message: (field: string) => string | undefined;
  /** The last write went through (not refused); cleared by the next submission. */
  saved: boolean;
  /** The rule's refusal code the last write returned, or null. */
  refused: RefusalOf<DataOf<Result>> | null;
  /** For FormStatus: the field errors and the server's error. */
  status: { summary: FieldError[]; serverError: AppErrorCode | null };
};

/**
 * A form that writes through one server action: react-hook-form validating
 * with `schema` on the client, the action parsing the same inputs again on
 * the server. The form's raw values are sent (the server parses dates as
 * typed, in Polish time), through `toInput` where the action wants more than
 * the fields (the record's id, a choice made outside the form); `action` may
 * be a function choosing between two actions (create or edit). Field errors
 * the server returns land on the fields; a refusal (`{ refused }`) and a
 * server error are kept for FormStatus. The action decides what to refresh,
 * so the form does not refresh the page itself.
 */
export function useActionForm<Values extends FieldValues, Output, Result extends ActionResult>(
  action: (input: Values) => Promise<Result>,
  schema: z.ZodType<Output, Values>,
  options: Options<Values, Output, Result>,
): ActionForm<Values, Output, Result>;
export function useActionForm<Values extends FieldValues, Output, Input, Result extends ActionResult>(
  action: (input: Input) => Promise<Result>,
  schema: z.ZodType<Output, Values>,
  options: Options<Values, Output, Result> & { toInput: (values: Values) => Input },
): ActionForm<Values, Output, Result>;
export function useActionForm<Values extends FieldValues, Output, Input, Result extends ActionResult>(
  action: (input: Input | Values) => Promise<Result>,
  schema: z.ZodType<Output, Values>,
  {
    defaultValues,
    fieldIds,
    messageValues,
    onSuccess,
    toInput,
  }: Options<Values, Output, Result> & { toInput?: (values: Values) => Input },
): ActionForm<Values, Output, Result> {
  const form = useForm<Values, unknown, Output>({
    // Focus goes to the error summary, which links to each field.
    shouldFocusError: false,
    resolver: zodResolver<Values, unknown, Output>(schema),
    defaultValues,
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds, messageValues);
  const [saved, setSaved] = useState(false);
  const [refused, setRefused] = useState<RefusalOf<DataOf<Result>> | null>(null);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);

  const submit = form.handleSubmit(async (parsed) => {
    setSaved(false);
    setRefused(null);
    setServerError(null);
    const values = form.getValues();
    const response = await action(toInput ? toInput(values) : values);
    if (!response) return;
    if (applyServerFieldErrors(form.setError, response.validationErrors, fieldIds)) return;
    if (response.serverError) {
      setServerError(response.serverError);
      return;
    }
    // A void action answers no data on success. (The generic result's data reads as unknown, hence the cast.)
    const data = response.data as DataOf<Result> | undefined;
    if (isRefused(data)) {
      setRefused(data.refused);
      return;
    }
    setSaved(true);
    // Not a refusal, so what the action accepted (a type predicate narrows no generic type's false branch).
    await onSuccess?.(data as Accepted<DataOf<Result>>, { form, parsed });
  });

  return {
    form,
    submit,
    pending: form.formState.isSubmitting,
    message,
    saved,
    refused,
    status: { summary, serverError },
  };
}
