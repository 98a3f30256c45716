"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { splitModes } from "@/lib/consultations/schemas";

/** How a text is split into units (automatically, as a legal act, by headings and paragraphs). */
export function SplitModeField({
  id,
  error,
  register,
}: {
  id: string;
  error?: string;
  register: UseFormRegisterReturn;
}) {
  const t = useTranslations("consultationForm");
  return (
    <FormField id={id} name="splitMode" label={t("splitMode")} error={error}>
      {(props) => (
        <select {...props} {...register} className={inputClassName}>
          {splitModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`splitModes.${mode}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
