"use client";

import { useTranslations } from "next-intl";
import type { AppErrorCode } from "@/lib/errors";
import type { Messages } from "@/lib/i18n/messages";

/** A message key under `forms.errors`: what schemas and rules give as an issue's message. */
export type FieldErrorKey = keyof Messages["forms"]["errors"];

/**
 * Words for what went wrong, through next-intl's typed keys: `server` for an
 * action's or route's error code (`errors.<CODE>`), `field` for a field
 * problem's key (`forms.errors.<key>`). A field key the catalogue lacks is
 * shown as it came (a rule's own text), never as a missing-message error.
 */
export function useErrorText() {
  const t = useTranslations();
  // The one place a string is taken for a key: t.has checks it at run time.
  const isFieldErrorKey = (key: string): key is FieldErrorKey => t.has(`forms.errors.${key as FieldErrorKey}`);
  return {
    server: (code: AppErrorCode): string => t(`errors.${code}`),
    field: (key: string): string => (isFieldErrorKey(key) ? t(`forms.errors.${key}`) : key),
  };
}
