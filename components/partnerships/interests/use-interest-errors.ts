"use client";

import { useTranslations } from "next-intl";
import { get, type FieldErrors, type FieldValues } from "react-hook-form";
import type { FieldError } from "@/components/forms/error-summary";
import { useErrorText } from "@/components/forms/error-text";

/**
 * Field errors of the workflow's forms: their own keys are under
 * `partnerInterests.errors`, shared ones (a malformed id) under `forms.errors`.
 */
export function useInterestErrors<T extends FieldValues>(errors: FieldErrors<T>, fieldIds: Record<string, string>) {
  const t = useTranslations("partnerInterests.errors");
  const errorText = useErrorText();
  const message = (field: string): string | undefined => {
    const key = (get(errors, field) as { message?: string } | undefined)?.message;
    if (!key) return undefined;
    return t.has(key as Parameters<typeof t.has>[0]) ? t(key as Parameters<typeof t>[0]) : errorText.field(key);
  };
  const summary: FieldError[] = Object.entries(fieldIds)
    .map(([field, fieldId]) => ({ fieldId, message: message(field) }))
    .filter((e): e is FieldError => e.message !== undefined);
  return { message, summary };
}
