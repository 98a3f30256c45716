import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export interface FieldControlProps {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
}

/**
 * A labelled form control with an optional hint and error. The control is
 * rendered by `children`, which receives the ids and ARIA attributes to spread
 * onto it, so any input, select or textarea (or react-hook-form's `register`)
 * fits. The error's id is what ErrorSummary links to through the field id.
 */
export function FormField({
  id,
  name = id,
  label,
  hint,
  error,
  required = false,
  children,
}: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const t = useTranslations("ui");
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-800 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required && <span className="font-normal"> {t("required")}</span>}
      </label>
      <FieldHintAndError id={id} hint={hint} error={error} />
      <div className="mt-1">
        {children({ id, name, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, required })}
      </div>
    </div>
  );
}

export const inputClassName =
  "block w-full max-w-xl rounded border-2 border-slate-700 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-800";

/** A field's hint and error, with the ids its control's aria-describedby names (`<id>-hint`, `<id>-error`). */
export function FieldHintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const t = useTranslations("ui");
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      )}
    </>
  );
}
