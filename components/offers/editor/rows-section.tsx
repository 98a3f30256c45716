"use client";

import { useTranslations } from "next-intl";
import { fieldId } from "@/components/offers/checks/field-ids";
import { FieldProblems, useFieldProblems } from "@/components/offers/checks/field-problems";
import { withField } from "@/components/offers/editor/section-fields";
import { TemplateLabel, TemplateTextField, type TextValue } from "@/components/offers/editor/template-field";
import { inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import type { OfferTemplate, PlanSection, ResultRow } from "@/lib/offers/document/schema";
import { sectionFields } from "@/lib/offers/template/templates";
import type { TemplateField } from "@/lib/offers/template/types";

type Row = { id: string } & Record<string, unknown>;

const newId = () => crypto.randomUUID().replace(/-/g, "").slice(0, 24);

/** III.4's "which applicant carries out the action" in a joint offer. */
function ApplicantChoice({
  field,
  path,
  value,
  applicants,
  onChange,
  readOnly,
}: {
  field: TemplateField;
  path: string;
  value: string | undefined;
  applicants: { organisationId: string; name: string }[];
  onChange: (value: string | undefined) => void;
  readOnly: boolean;
}) {
  const t = useTranslations("offerEditor.editor");
  const id = fieldId(path);
  const { describedBy } = useFieldProblems(path);
  return (
    <div className="mb-5">
      <TemplateLabel field={field} htmlFor={id} />
      <select
        id={id}
        className={`${inputClassName} mt-1`}
        value={value ?? ""}
        disabled={readOnly}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{t("chooseApplicant")}</option>
        {applicants.map((applicant) => (
          <option key={applicant.organisationId} value={applicant.organisationId}>
            {applicant.name}
          </option>
        ))}
      </select>
      <FieldProblems path={path} />
    </div>
  );
}

/** A list of rows (actions of one year, results), each a fieldset with its fields and a remove button. */
function Rows<R extends Row>({
  rows,
  fields,
  pathOf,
  label,
  applicants,
  onChange,
  readOnly,
  addLabel,
}: {
  rows: R[];
  fields: TemplateField[];
  pathOf: (index: number) => string;
  label: (index: number) => string;
  applicants?: { organisationId: string; name: string }[];
  onChange: (rows: R[]) => void;
  readOnly: boolean;
  addLabel: string;
}) {
  const t = useTranslations("offerEditor.editor");
  const setRow = (index: number, row: R) => onChange(rows.map((item, i) => (i === index ? row : item)));
  return (
    <>
      {rows.map((row, index) => (
        <fieldset key={row.id} className="mb-4 rounded border border-slate-400 p-4">
          <legend className="px-1 font-semibold">{label(index)}</legend>
          {fields.map((field) => {
            const path = `${pathOf(index)}.${field.name}`;
            if (field.name === "applicantId") {
              if (!applicants) return null;
              return (
                <ApplicantChoice
                  key={path}
                  field={field}
                  path={path}
                  value={row.applicantId as string | undefined}
                  applicants={applicants}
                  readOnly={readOnly}
                  onChange={(value) => setRow(index, withField(row, field.name, value) as R)}
                />
              );
            }
            return (
              <TemplateTextField
                key={path}
                field={field}
                path={path}
                value={row[field.name] as TextValue}
                readOnly={readOnly}
                onChange={(value) => setRow(index, withField(row, field.name, value) as R)}
              />
            );
          })}
          {!readOnly && (
            <Button variant="secondary" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              {t("removeRow", { row: label(index) })}
            </Button>
          )}
        </fieldset>
      ))}
      {!readOnly && (
        <Button variant="secondary" onClick={() => onChange([...rows, { id: newId() } as R])}>
          {addLabel}
        </Button>
      )}
    </>
  );
}

/** III.4: the plan and timetable, one table of actions per year of the task. */
export function PlanSectionForm({
  template,
  content,
  years,
  applicants,
  onChange,
  readOnly,
}: {
  template: OfferTemplate;
  content: PlanSection;
  years: number[];
  /** For a joint offer: who carries out each action. */
  applicants?: { organisationId: string; name: string }[];
  onChange: (content: PlanSection) => void;
  readOnly: boolean;
}) {
  const t = useTranslations("offerEditor.editor");
  const fields = sectionFields(template, "plan").filter((field) => field.scope === "planAction");
  return (
    <>
      {years.map((year) => (
        <section key={year} aria-labelledby={`plan-${year}`} className="mb-6">
          <h4 id={`plan-${year}`} className="text-lg font-semibold">
            {t("planYear", { year })}
          </h4>
          <Rows
            rows={(content[String(year)] ?? []) as Row[]}
            fields={fields}
            pathOf={(index) => `plan.${year}.${index}`}
            label={(index) => t("action", { number: index + 1, year })}
            applicants={applicants}
            readOnly={readOnly}
            addLabel={t("addAction", { year })}
            onChange={(rows) => onChange({ ...content, [String(year)]: rows })}
          />
        </section>
      ))}
    </>
  );
}

/** III.6: the results with their target values and how they are monitored. */
export function ResultsTableForm({
  template,
  content,
  onChange,
  readOnly,
}: {
  template: OfferTemplate;
  content: ResultRow[];
  onChange: (content: ResultRow[]) => void;
  readOnly: boolean;
}) {
  const t = useTranslations("offerEditor.editor");
  const fields = sectionFields(template, "resultsTable").filter((field) => field.scope === "resultRow");
  return (
    <div id="field-resultsTable" tabIndex={-1}>
      <Rows
        rows={content as Row[]}
        fields={fields}
        pathOf={(index) => `resultsTable.${index}`}
        label={(index) => t("result", { number: index + 1 })}
        readOnly={readOnly}
        addLabel={t("addResult")}
        onChange={(rows) => onChange(rows as ResultRow[])}
      />
    </div>
  );
}
