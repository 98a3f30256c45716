"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { inputClassName } from "@/components/forms/form-field";
import { CodeCheckboxes } from "@/components/partnerships/code-checkboxes";
import { Button } from "@/components/ui/button";
import { commonLanguages, languageCodes, namedLanguages } from "@/lib/partnerships/languages";
import type { PartnershipProfile, PartnershipProfileInput } from "@/lib/partnerships/profile/schemas";

/**
 * Working languages: boxes for the region's usual ones and any already
 * chosen, and the full ISO list to add another from. Names are the reader's
 * language's (Intl.DisplayNames), in its alphabetical order.
 */
export function LanguageFields({
  id,
  form,
  error,
}: {
  id: string;
  form: UseFormReturn<PartnershipProfileInput, unknown, PartnershipProfile>;
  error?: string;
}) {
  const t = useTranslations("partnerships.form");
  const locale = useLocale();
  const [shown, setShown] = useState<string[]>(() => [
    ...new Set([...commonLanguages, ...form.getValues("workingLanguages")]),
  ]);
  const [other, setOther] = useState("");
  const [announcement, setAnnouncement] = useState("");
  // The full list, named and sorted once per language rather than on every keystroke elsewhere in the form.
  const allNamed = useMemo(() => namedLanguages(languageCodes, locale), [locale]);
  const others = allNamed.filter(({ code }) => !shown.includes(code));
  const add = () => {
    if (!other) return;
    setShown([...shown, other]);
    form.setValue("workingLanguages", [...new Set([...form.getValues("workingLanguages"), other])]);
    setAnnouncement(t("languageAdded", { name: namedLanguages([other], locale)[0]!.name }));
    setOther("");
    // The button is disabled once the choice is cleared: focus goes to the language's new box instead of being lost.
    const added = other;
    setTimeout(() =>
      document.querySelector<HTMLInputElement>(`input[name="workingLanguages"][value="${added}"]`)?.focus(),
    );
  };
  return (
    <div className="mb-5">
      <CodeCheckboxes
        id={id}
        legend={t("languages")}
        hint={t("languagesHint")}
        error={error}
        legendClassName="text-xl font-bold"
        registration={form.register("workingLanguages")}
        options={namedLanguages(shown, locale).map(({ code, name }) => ({ value: code, label: name }))}
      />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-other`} className="block font-semibold">
            {t("otherLanguage")}
          </label>
          <select
            id={`${id}-other`}
            value={other}
            onChange={(event) => setOther(event.target.value)}
            className={`${inputClassName} mt-1 max-w-xs`}
          >
            <option value="">{t("chooseLanguage")}</option>
            {others.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" onClick={add} disabled={!other}>
          {t("addLanguage")}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
