"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField, inputClassName } from "@/components/forms/form-field";
import type { AuthorOption } from "@/lib/auth/authors";

/** For whom a record is published (lib/auth/authors.ts): the person's organisations, offices, and the platform for administrators. */
export function AuthorSelect({
  id,
  label,
  hint,
  error,
  options,
  register,
}: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  options: AuthorOption[];
  register: UseFormRegisterReturn;
}) {
  const t = useTranslations("newsForm");
  return (
    <FormField id={id} name={register.name} label={label} hint={hint} error={error} required>
      {(props) => (
        <select {...props} {...register} className={inputClassName}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.value === "platform" ? t("platformAuthor") : option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
