import type { UseFormRegisterReturn } from "react-hook-form";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { FieldHintAndError } from "@/components/forms/form-field";

/**
 * An optional group of boxes to tick (codes of a list, languages): a
 * fieldset whose legend names it, the first box's id being the group's field
 * id, so the error summary's link lands on the group.
 */
export function CodeCheckboxes({
  id,
  legend,
  hint,
  error,
  options,
  registration,
  legendClassName = "font-semibold",
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string; lang?: string }[];
  registration: UseFormRegisterReturn;
  legendClassName?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`mb-5 ${error ? "border-l-4 border-red-800 pl-3" : ""}`} aria-describedby={describedBy}>
      <legend className={legendClassName}>{legend}</legend>
      <FieldHintAndError id={id} hint={hint} error={error} />
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((option, index) => {
          const boxId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <li key={option.value} className="flex items-start gap-3">
              <input
                id={boxId}
                type="checkbox"
                value={option.value}
                {...registration}
                aria-invalid={error ? true : undefined}
                className={checkboxClassName}
              />
              <label htmlFor={boxId} lang={option.lang}>
                {option.label}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
