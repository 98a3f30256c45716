import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FieldControlProps } from "@/components/forms/form-field";

/** A checkbox with its label beside it, and an error above, tied to the box. */
export function CheckboxField({
  id,
  name = id,
  label,
  error,
  children,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  error?: string;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const t = useTranslations("ui");
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`mb-4 ${error ? "border-l-4 border-red-800 pl-3" : ""}`}>
      {error && (
        <p id={errorId} className="font-semibold text-red-800">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      )}
      <div className="flex items-start gap-3">
        {children({ id, name, "aria-describedby": errorId, "aria-invalid": error ? true : undefined, required: true })}
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

export const checkboxClassName = "mt-1 h-6 w-6 shrink-0 accent-blue-800";
