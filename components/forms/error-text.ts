"use client";

import { useTranslations, type MessageKeys, type NestedKeyOf, type TranslationValues } from "next-intl";
import type { AppErrorCode } from "@/lib/errors";
import type { Messages } from "@/lib/i18n/messages";

/** Any key in the catalogue. */
type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/**
 * Words for what went wrong, through next-intl's typed keys: `server` for an
 * action's error code (`errors.<CODE>`), `code` for one known only as a string (a route's); `field` for a field
 * problem's key (`forms.errors.<key>`); `refusal` for a rule's refusal code
 * under an area's refusals (`newsModeration.refusals`). Field and refusal
 * codes come from the server as strings: one the catalogue lacks is shown as
 * it came (a rule's own text), never as a missing-message error.
 */
export function useErrorText() {
  const t = useTranslations();
  // The one place a string built at run time is taken for a key: t.has checks it first.
  const known = (key: string): key is MessageKey => t.has(key as MessageKey);
  const text = (key: string, fallback: string, values?: TranslationValues) => (known(key) ? t(key, values) : fallback);
  return {
    server: (code: AppErrorCode): string => t(`errors.${code}`),
    /** An error code known only as a string (a route handler's own, ATTACHMENTS_FROZEN): its words, else INTERNAL's. */
    code: (code: string): string => text(`errors.${code}`, t("errors.INTERNAL")),
    /** `values` fill a message that names what the form knows, such as the latest day allowed. */
    field: (key: string, values?: TranslationValues): string => text(`forms.errors.${key}`, key, values),
    refusal: (namespace: string, code: string): string => text(`${namespace}.${code}`, code),
  };
}
