"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * "Acting as": oneself or one of the person's verified organisations, as
 * radio buttons (nothing to choose without organisations, so nothing shown).
 * The value is the organisation's id, or "" for oneself; the server resolves
 * it with resolveActingAs.
 */
export function ActingAsFieldset({
  id,
  personName,
  organisations,
  register,
  defaultValue = "",
  includeSelf = true,
  hint,
}: {
  id: string;
  personName: string;
  organisations: { id: string; name: string }[];
  register: UseFormRegisterReturn;
  defaultValue?: string;
  /** False where only organisations may act (a consultation closed to residents). */
  includeSelf?: boolean;
  /** Where the signature differs from the usual (organisation beside the person's name), the form says how. */
  hint?: string;
}) {
  const t = useTranslations("actingAs");
  if (organisations.length === 0) return null;
  const options = [
    ...(includeSelf ? [{ value: "", label: t("myself", { name: personName }) }] : []),
    ...organisations.map((o) => ({ value: o.id, label: t("organisation", { name: o.name }) })),
  ];
  return (
    <fieldset className="mb-5" aria-describedby={`${id}-hint`}>
      <legend className="font-semibold">{t("legend")}</legend>
      <p id={`${id}-hint`} className="text-slate-700">
        {hint ?? t("hint")}
      </p>
      <ul className="mt-2 space-y-2">
        {options.map((option, index) => (
          <li key={option.value || "self"} className="flex items-start gap-3">
            <input
              type="radio"
              id={`${id}-${index}`}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              className="mt-1 h-6 w-6 shrink-0 accent-blue-800"
              {...register}
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
