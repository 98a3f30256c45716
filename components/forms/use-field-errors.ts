"use client";

import type { TranslationValues } from "next-intl";
import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from "react-hook-form";
import type { FieldError } from "@/components/forms/error-summary";
import { useErrorText } from "@/components/forms/error-text";

/**
 * Turns react-hook-form's errors (whose messages are keys under
 * `forms.errors`) into translated messages per field (by name or dotted
 * path), and the list for the
 * ErrorSummary in the order the fields appear. `messageValues` gives, by
 * message key, the values a message names (the latest day a form allows),
 * so the field and the summary say the same.
 */
export function useFieldErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  fieldIds: Record<string, string>,
  messageValues: Record<string, TranslationValues> = {},
) {
  const errorText = useErrorText();
  const message = (field: string): string | undefined => {
    // Dotted paths ("areas.0.name") reach the fields of repeated rows.
    const key = (get(errors, field) as { message?: string } | undefined)?.message;
    return key ? errorText.field(key, messageValues[key]) : undefined;
  };
  const summary: FieldError[] = Object.entries(fieldIds)
    .map(([field, fieldId]) => ({ fieldId, message: message(field) }))
    .filter((e): e is FieldError => e.message !== undefined);
  return { message, summary };
}

/**
 * Puts the field errors a server action returned (message keys, as from
 * returnValidationErrors) onto the form's fields. Returns whether there were any.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  validationErrors: unknown,
  fieldIds: Record<string, string>,
): boolean {
  if (!validationErrors || typeof validationErrors !== "object") return false;
  let applied = false;
  for (const [field, value] of Object.entries(validationErrors as Record<string, { _errors?: string[] }>)) {
    const key = value?._errors?.[0];
    if (key && field in fieldIds) {
      setError(field as Path<T>, { message: key });
      applied = true;
    }
  }
  return applied;
}
