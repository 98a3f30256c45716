// The template definition for an offer's template enum value.
import type { OfferSectionKey, OfferTemplate } from "@/lib/offers/document/schema";
import { full2018 } from "@/lib/offers/template/full-2018";
import { simplified2018 } from "@/lib/offers/template/simplified-2018";
import type { OfferTemplateDefinition, TemplateField } from "@/lib/offers/template/types";

const DEFINITIONS: Record<OfferTemplate, OfferTemplateDefinition> = {
  FULL_2018: full2018,
  SIMPLIFIED_2018: simplified2018,
};

export function templateDefinition(template: OfferTemplate): OfferTemplateDefinition {
  return DEFINITIONS[template];
}

/** The fields of one section, in the template's order. */
export function sectionFields(template: OfferTemplate, section: OfferSectionKey): TemplateField[] {
  return DEFINITIONS[template].fields.filter((item) => item.section === section);
}

/** One field by section and name (the first of its scope when a name repeats, as "phone" does). */
export function templateField(
  template: OfferTemplate,
  section: OfferSectionKey,
  name: string,
  scope?: TemplateField["scope"],
): TemplateField | undefined {
  return DEFINITIONS[template].fields.find(
    (item) => item.section === section && item.name === name && (scope === undefined || item.scope === scope),
  );
}
