"use client";

import {
  TemplateChoiceField,
  TemplateConfirmField,
  TemplateTextField,
  type TextValue,
} from "@/components/offers/editor/template-field";
import type { OfferSectionKey, OfferTemplate } from "@/lib/offers/document/schema";
import { sectionFields } from "@/lib/offers/template/templates";

type Content = Record<string, unknown>;

const DATE_FIELDS = new Set(["startsOn", "endsOn"]);

/** A record without the field when it is emptied, so an empty field is absent rather than "" (as checkOffer expects). */
export function withField(record: Content, name: string, value: unknown): Content {
  const next = { ...record };
  if (value === undefined || value === "" || value === false) delete next[name];
  else next[name] = value;
  return next;
}

/**
 * The plain fields of one section (III.1–III.3, III.5, IV, VI, VII), in the
 * template's order: text, dates, a choice between wordings, or a statement
 * to confirm, as the template data says.
 */
export function SectionFields({
  template,
  sectionKey,
  content,
  onChange,
  readOnly,
  hidden = [],
}: {
  template: OfferTemplate;
  sectionKey: OfferSectionKey;
  content: unknown;
  onChange: (content: Content) => void;
  readOnly: boolean;
  /** Fields this offer does not have (VI.2 in a single offer). */
  hidden?: string[];
}) {
  const record = (content ?? {}) as Content;
  const fields = sectionFields(template, sectionKey).filter(
    (field) => field.scope === "section" && !hidden.includes(field.name),
  );
  return (
    <>
      {fields.map((field) => {
        const path = `${sectionKey}.${field.name}`;
        const set = (value: unknown) => onChange(withField(record, field.name, value));
        if (field.options) {
          return (
            <TemplateChoiceField
              key={path}
              field={field}
              path={path}
              value={record[field.name] as string | undefined}
              onChange={set}
              readOnly={readOnly}
            />
          );
        }
        if (sectionKey === "statements") {
          return (
            <TemplateConfirmField
              key={path}
              field={field}
              path={path}
              value={record[field.name] === true}
              onChange={(ticked) => set(ticked ? true : undefined)}
              readOnly={readOnly}
            />
          );
        }
        return (
          <TemplateTextField
            key={path}
            field={field}
            path={path}
            value={record[field.name] as TextValue}
            onChange={set}
            readOnly={readOnly}
            type={DATE_FIELDS.has(field.name) ? "date" : "text"}
          />
        );
      })}
    </>
  );
}
