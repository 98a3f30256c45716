"use client";

import { useMessages, useTranslations } from "next-intl";

const hasKey = <T extends object>(record: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(record, key);

/**
 * The texts for codes a server sends (an error's code, a field rule's code),
 * checked against the catalogue rather than cast: a code without a text reads
 * as the generic error, never as a raw key.
 */
export function useCodeTexts() {
  const t = useTranslations();
  const messages = useMessages();
  return {
    serverError: (code: string) => (hasKey(messages.errors, code) ? t(`errors.${code}`) : t("errors.INTERNAL")),
    fieldError: (code: string) =>
      hasKey(messages.forms.errors, code) ? t(`forms.errors.${code}`) : t("errors.INTERNAL"),
  };
}
