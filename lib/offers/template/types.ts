// A statutory offer template as data: each field with its place in the
// template, its Polish label as printed, and what checkOffer needs to know of
// it. A label corrected against the official DOCX is a data change here.
import type { Messages } from "@/lib/i18n/messages";
import type { OfferSectionKey, OfferTemplate } from "@/lib/offers/document/schema";

/** A label's name in the catalogue's `offerEditor.fields`. */
export type FieldLabelName = keyof Messages["offerEditor"]["fields"] & string;
/**
 * The next-intl key of a field's or an option's label: typed, so a template
 * naming a label the catalogue lacks does not compile, and the editor passes
 * it to `t` as it is.
 */
export type FieldMessageKey = `offerEditor.fields.${FieldLabelName}`;

/**
 * Where a field's value lives in the document:
 * - section: `doc[section][name]`
 * - applicant: `doc.applicants.list[i][name]`, once per applicant
 * - contact: `doc.applicants.contact[name]`
 * - planAction: `doc.plan[year][i][name]`, once per action
 * - resultRow: `doc.resultsTable[i][name]`, once per row
 * - costLine: `doc.costs.lines[i][name]`, once per line
 * - computed: a heading or a computed value the form and the PDF print; never typed
 */
export type FieldScope = "section" | "applicant" | "contact" | "planAction" | "resultRow" | "costLine" | "computed";

/** Conditions under which a field becomes required (see requiredHolds in check-offer.ts). */
export type RequiredIf = "JOINT" | "BANK_ACCOUNT_ASKED" | "RESULTS_TABLE_NOT_WAIVED";

export type TemplateOption = { value: string; label: string; messageKey: FieldMessageKey };

export type TemplateField = {
  section: OfferSectionKey;
  scope: FieldScope;
  /** The property name inside its scope (unique within a template together with the scope). */
  name: string;
  /** Its number in the template ("III.4", "V.B.2", "VII.3"). */
  ref: string;
  /** The statutory Polish label, as printed in the template and the PDF. */
  label: string;
  /** next-intl key of the label; Polish = `label`, English and German translate it. */
  messageKey: FieldMessageKey;
  required: boolean;
  requiredIf?: RequiredIf;
  /** "nie dotyczy" may be chosen instead of a value. */
  naAllowed?: boolean;
  /**
   * The platform's character limit. The 2018 templates set none (shared doc §1.2 lists no
   * limits), so these only keep a printed offer readable; an office cannot tighten them yet.
   */
  maxLength?: number;
  /** Removed from the 19a publication (contact persons, telephones, e-mails, bank account). */
  personal: boolean;
  /** false until a person has compared the label with the official template (design L7, L8). */
  verified: boolean;
  /** For choices between statutory wordings (the "*" strike-outs of VII). */
  options?: TemplateOption[];
};

export type OfferTemplateDefinition = {
  template: OfferTemplate;
  /** Printed on the version ("2057-2018-zal1@1"); a label change bumps the number after @. */
  templateVersion: string;
  /** The act the template comes from. */
  source: string;
  fields: TemplateField[];
};
