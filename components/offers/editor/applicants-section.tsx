"use client";

import { useTranslations } from "next-intl";
import { applicantBlockId, fieldId } from "@/components/offers/checks/field-ids";
import { FieldProblems, useFieldProblems } from "@/components/offers/checks/field-problems";
import { withField } from "@/components/offers/editor/section-fields";
import { TemplateLabel, TemplateTextField, type TextValue } from "@/components/offers/editor/template-field";
import { inputClassName } from "@/components/forms/form-field";
import type { Applicant, ApplicantsSection, OfferTemplate } from "@/lib/offers/document/schema";
import { sectionFields } from "@/lib/offers/template/templates";
import type { TemplateField } from "@/lib/offers/template/types";

const TYPES: Record<string, "email" | "tel"> = { email: "email", phone: "tel" };

/** II.1's register: KRS or another register, and its number. */
function RegisterField({
  field,
  path,
  value,
  onChange,
  readOnly,
}: {
  field: TemplateField;
  path: string;
  value: Applicant["register"];
  onChange: (value: Applicant["register"]) => void;
  readOnly: boolean;
}) {
  const id = fieldId(path);
  const { describedBy } = useFieldProblems(path);
  const kind = value?.kind ?? "KRS";
  return (
    <fieldset className="mb-5">
      <TemplateLabel field={field} as="legend" />
      <div className="mt-1 flex flex-wrap gap-4">
        {(field.options ?? []).map((option) => (
          <label key={option.value} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === option.value}
              disabled={readOnly}
              onChange={() => onChange({ ...value, kind: option.value as "KRS" | "OTHER" })}
            />
            <span lang="pl">{option.label}</span>
          </label>
        ))}
      </div>
      <input
        id={id}
        aria-label={field.label}
        className={`${inputClassName} mt-2`}
        value={value?.number ?? ""}
        readOnly={readOnly}
        aria-describedby={describedBy}
        maxLength={field.maxLength}
        onChange={(event) => onChange({ kind, ...value, number: event.target.value || undefined })}
      />
      <FieldProblems path={path} />
    </fieldset>
  );
}

/**
 * II: each applicant's data (lead first; a joint offer has one block per
 * co-applicant, which its own members may fill in) and the contact person.
 * Which organisations are applicants is not typed here: the lead adds and
 * removes co-applicants (the server keeps this list to them).
 */
export function ApplicantsSectionForm({
  template,
  content,
  names,
  onChange,
  readOnly,
  editableApplicants,
}: {
  template: OfferTemplate;
  content: ApplicantsSection;
  /** Organisation id → name as registered, for the block's heading. */
  names: Record<string, string>;
  onChange: (content: ApplicantsSection) => void;
  readOnly: boolean;
  /** The organisations whose block this person may change (the server keeps the others as stored). */
  editableApplicants: string[];
}) {
  const t = useTranslations("offerEditor.editor");
  // The contact person (II.2) speaks for the lead: its people fill it in.
  const leadEditable = content.list[0] ? editableApplicants.includes(content.list[0].organisationId) : true;
  const fields = sectionFields(template, "applicants");
  const applicantFields = fields.filter((field) => field.scope === "applicant");
  const contactFields = fields.filter((field) => field.scope === "contact");
  const setApplicant = (index: number, applicant: Applicant) =>
    onChange({ ...content, list: content.list.map((item, i) => (i === index ? applicant : item)) });
  return (
    <>
      {content.list.map((applicant, index) => {
        const blockReadOnly = readOnly || !editableApplicants.includes(applicant.organisationId);
        const name = names[applicant.organisationId] ?? applicant.name;
        return (
          <fieldset
            key={applicant.organisationId}
            id={applicantBlockId(applicant.organisationId)}
            tabIndex={-1}
            // Reached by a link (after accepting an invitation): its legend must not land under the sticky save bar.
            className="mb-6 scroll-mt-4 rounded border border-slate-400 p-4 lg:scroll-mt-20"
          >
            <legend className="px-1 text-lg font-semibold">
              {index === 0 ? t("leadApplicant") : t("coApplicant", { number: index })}: {name}
            </legend>
            {!readOnly && blockReadOnly && <p className="mb-3 text-sm">{t("othersBlock", { name: name ?? "" })}</p>}
            {applicantFields.map((field) => {
              const path = `applicants.list.${index}.${field.name}`;
              if (field.name === "register") {
                return (
                  <RegisterField
                    key={path}
                    field={field}
                    path={path}
                    value={applicant.register}
                    readOnly={blockReadOnly}
                    onChange={(register) => setApplicant(index, { ...applicant, register })}
                  />
                );
              }
              return (
                <TemplateTextField
                  key={path}
                  field={field}
                  path={path}
                  value={(applicant as Record<string, unknown>)[field.name] as TextValue}
                  readOnly={blockReadOnly}
                  type={TYPES[field.name] ?? "text"}
                  onChange={(value) =>
                    setApplicant(index, withField(applicant, field.name, value) as unknown as Applicant)
                  }
                />
              );
            })}
          </fieldset>
        );
      })}
      {contactFields.map((field) => {
        const path = `applicants.contact.${field.name}`;
        return (
          <TemplateTextField
            key={path}
            field={field}
            path={path}
            value={(content.contact as Record<string, unknown>)[field.name] as TextValue}
            readOnly={readOnly || !leadEditable}
            type={TYPES[field.name] ?? "text"}
            onChange={(value) => onChange({ ...content, contact: withField(content.contact, field.name, value) })}
          />
        );
      })}
    </>
  );
}
