import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FieldHintAndError } from "@/components/forms/form-field";

/**
 * A fieldset of checkboxes with a legend, hint and error. The first box's id
 * is the group's field id, so ErrorSummary links land on the group.
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  renderBox,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: ReactNode }[];
  renderBox: (props: { id: string; value: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const t = useTranslations("ui");
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`mb-5 ${error ? "border-l-4 border-red-800 pl-3" : ""}`} aria-describedby={describedBy}>
      <legend className="font-semibold">
        {legend} <span className="font-normal">{t("required")}</span>
      </legend>
      <FieldHintAndError id={id} hint={hint} error={error} />
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((option, index) => {
          const boxId = index === 0 ? id : `${id}-${index}`;
          return (
            <li key={option.value} className="flex items-start gap-3">
              {renderBox({ id: boxId, value: option.value, "aria-invalid": error ? true : undefined })}
              <label htmlFor={boxId}>{option.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
