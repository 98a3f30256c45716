"use client";

import { useEffect } from "react";

/**
 * Keeps an uncontrolled GET form showing the search the URL holds. next/form
 * navigates without reloading, so after "remove this criterion" (a link) the
 * form's fields would still show the old choice; this sets them to the
 * server's values after each navigation without remounting anything, so the
 * focus stays where the person left it.
 */
export function SyncFormWithUrl({ formId, values }: { formId: string; values: Record<string, string | boolean> }) {
  const signature = JSON.stringify(values);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    for (const [name, value] of Object.entries(JSON.parse(signature) as Record<string, string | boolean>)) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement && field.type === "checkbox") field.checked = value === true;
      else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = String(value);
    }
  }, [formId, signature]);
  return null;
}
