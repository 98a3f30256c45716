"use client";

import { useLocale, useTranslations } from "next-intl";
import { fieldId } from "@/components/offers/checks/field-ids";
import { FieldProblems, useFieldProblems } from "@/components/offers/checks/field-problems";
import { inputClassName } from "@/components/forms/form-field";
import type { TemplateField } from "@/lib/offers/template/types";
import { SHORT } from "@/lib/offers/template/fields-2018";

type NotApplicable = { na: true };
export type TextValue = string | NotApplicable | undefined;

const isNa = (value: unknown): value is NotApplicable =>
  typeof value === "object" && value !== null && (value as { na?: unknown }).na === true;

/**
 * A field's label as the template prints it: its number and the statutory
 * Polish words (lang="pl"); in English and German the translation follows as
 * help, since the offer itself is a Polish document.
 */
export function TemplateLabel({
  field,
  htmlFor,
  as = "label",
}: {
  field: TemplateField;
  htmlFor?: string;
  as?: "label" | "legend";
}) {
  const t = useTranslations();
  const locale = useLocale();
  const Tag = as;
  return (
    <Tag htmlFor={as === "label" ? htmlFor : undefined} className="block font-semibold">
      <span className="mr-2 font-mono text-sm">{field.ref}</span>
      <span lang="pl">{field.label}</span>
      {locale !== "pl" && (
        <span className="mt-0.5 block text-sm font-normal text-slate-700">{t(field.messageKey)}</span>
      )}
    </Tag>
  );
}

/**
 * One typed field of the template at `path` (the checks' path, which is also
 * its id: components/offers/checks/field-ids.ts), with its problems below it
 * and, where the template allows, "nie dotyczy" as an explicit choice.
 */
export function TemplateTextField({
  field,
  path,
  value,
  onChange,
  readOnly,
  type = "text",
}: {
  field: TemplateField;
  path: string;
  value: TextValue;
  onChange: (value: TextValue) => void;
  readOnly: boolean;
  type?: "text" | "date" | "email" | "tel";
}) {
  const t = useTranslations("offerEditor.editor");
  const locale = useLocale();
  const id = fieldId(path);
  const { describedBy } = useFieldProblems(path);
  const na = isNa(value);
  const text = typeof value === "string" ? value : "";
  const long = type === "text" && (field.maxLength ?? 0) > SHORT;
  const common = {
    id,
    value: text,
    disabled: na,
    readOnly,
    "aria-describedby": describedBy,
    "aria-invalid": describedBy ? true : undefined,
    maxLength: field.maxLength,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    className: `${inputClassName} ${long ? "max-w-3xl" : ""} disabled:bg-slate-100`,
  };
  return (
    <div className="mb-5">
      <TemplateLabel field={field} htmlFor={id} />
      <div className="mt-1">{long ? <textarea rows={5} {...common} /> : <input type={type} {...common} />}</div>
      {field.naAllowed && (
        <label className="mt-1 inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={na}
            disabled={readOnly}
            onChange={(event) => onChange(event.target.checked ? { na: true } : "")}
          />
          <span>
            <span lang="pl">nie dotyczy</span>
            {locale !== "pl" && <span> ({t("notApplicable")})</span>}
          </span>
        </label>
      )}
      <FieldProblems path={path} />
    </div>
  );
}

/** A choice between the template's wordings (VI.1, the strike-outs of VII), as radio buttons. */
export function TemplateChoiceField({
  field,
  path,
  value,
  onChange,
  readOnly,
}: {
  field: TemplateField;
  path: string;
  value: string | undefined;
  onChange: (value: string) => void;
  readOnly: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const id = fieldId(path);
  const { describedBy } = useFieldProblems(path);
  return (
    <fieldset className="mb-5" id={id} aria-describedby={describedBy}>
      <TemplateLabel field={field} as="legend" />
      {(field.options ?? []).map((option) => (
        <label key={option.value} className="mt-1 flex items-start gap-2">
          <input
            type="radio"
            className="mt-1.5"
            id={`${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={value === option.value}
            disabled={readOnly}
            onChange={() => onChange(option.value)}
          />
          <span>
            <span lang="pl">{option.label}</span>
            {locale !== "pl" && <span className="block text-sm text-slate-700">{t(option.messageKey)}</span>}
          </span>
        </label>
      ))}
      <FieldProblems path={path} />
    </fieldset>
  );
}

/** A statement confirmed by ticking it (VII.1, 2, 6, 7): true when ticked, absent otherwise. */
export function TemplateConfirmField({
  field,
  path,
  value,
  onChange,
  readOnly,
}: {
  field: TemplateField;
  path: string;
  value: boolean;
  onChange: (value: boolean) => void;
  readOnly: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const id = fieldId(path);
  const { describedBy } = useFieldProblems(path);
  return (
    <div className="mb-4">
      <label htmlFor={id} className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1.5"
          id={id}
          checked={value}
          disabled={readOnly}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>
          <span className="mr-2 font-mono text-sm">{field.ref}</span>
          <span lang="pl">{field.label}</span>
          {locale !== "pl" && <span className="block text-sm text-slate-700">{t(field.messageKey)}</span>}
        </span>
      </label>
      <FieldProblems path={path} />
    </div>
  );
}
