"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { checkImportAction } from "@/lib/organisations/bulk-import/actions";
import {
  IMPORT_FIELDS,
  REQUIRED_FIELDS,
  type ColumnMapping,
  type ImportField,
} from "@/lib/organisations/bulk-import/mapping";

/** "A", "B", … "AA": how spreadsheet programs name columns. */
function columnLetter(index: number): string {
  let letter = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

const fieldId = (field: ImportField) => `mapping-${field}`;

/** One list per platform field to pick its column; "Check" runs the dry run and the page shows the report. */
export function ImportMappingForm({
  importId,
  headers,
  mapping,
}: {
  importId: string;
  headers: string[];
  mapping: ColumnMapping;
}) {
  const t = useTranslations();
  const check = useAction(checkImportAction);
  const [values, setValues] = useState<Record<ImportField, string>>(
    Object.fromEntries(
      IMPORT_FIELDS.map((field) => [field, mapping[field] === undefined ? "" : String(mapping[field])]),
    ) as Record<ImportField, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<ImportField, "required" | "duplicate">>>({});
  const summary = IMPORT_FIELDS.filter((field) => errors[field]).map((field) => ({
    fieldId: fieldId(field),
    message: `${t(`adminImport.fields.${field}`)}: ${t(`adminImport.mappingErrors.${errors[field]!}`)}`,
  }));

  return (
    <form
      noValidate
      className="mt-4 max-w-2xl"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await check.executeAsync({ importId, mapping: values });
        const problems = result?.data?.mappingErrors ?? [];
        // The report the page shows comes with the refresh after the action.
        setErrors(Object.fromEntries(problems.map((p) => [p.field, p.problem])));
      }}
    >
      <FormStatus summary={summary} serverError={check.result.serverError} />
      {IMPORT_FIELDS.map((field) => (
        <FormField
          key={field}
          id={fieldId(field)}
          name={field}
          label={t(`adminImport.fields.${field}`)}
          required={REQUIRED_FIELDS.includes(field)}
          error={errors[field] ? t(`adminImport.mappingErrors.${errors[field]!}`) : undefined}
        >
          {(props) => (
            <select
              {...props}
              value={values[field]}
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
              className={inputClassName}
            >
              <option value="">{t("adminImport.noColumn")}</option>
              {headers.map((header, index) => (
                <option key={index} value={String(index)}>
                  {t("adminImport.columnOption", { letter: columnLetter(index), header: header || "—" })}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ))}
      <Button type="submit" disabled={check.isPending}>
        {check.isPending ? t("adminImport.checking") : t("adminImport.check")}
      </Button>
    </form>
  );
}
