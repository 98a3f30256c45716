// The published offer of a small grant shows no personal data (art. 19a: the
// office publishes the offer; offices remove contact persons, telephones,
// e-mail addresses and bank accounts, powiat.losice.pl). Which fields are
// personal is the template's data (lib/offers/template, `personal`), so a
// field marked there is removed here without a code change. Pure.
import { assembleDocument } from "@/lib/offers/document/assemble";
import { sectionSchemas, type OfferDocument, type OfferTemplate } from "@/lib/offers/document/schema";
import { templateDefinition } from "@/lib/offers/template/templates";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The document of a frozen version. A version holds either the whole document
 * (its sections as top-level keys) or `{ sections }`; whatever else it holds
 * (template, years, checksums) is not a section and is left out.
 */
export function versionDocument(content: unknown, template: OfferTemplate): OfferDocument {
  const source = isRecord(content) && isRecord(content.sections) ? content.sections : isRecord(content) ? content : {};
  const sections = Object.entries(source)
    .filter(([key]) => Object.hasOwn(sectionSchemas, key))
    .map(([key, value]) => ({ key, content: value }));
  return assembleDocument(sections, template).document;
}

/** The document without the template's personal fields: they are removed, not blanked, so nothing of them is sent. */
export function redactPersonalData(document: OfferDocument): OfferDocument {
  const personal = templateDefinition(document.template).fields.filter((field) => field.personal);
  const applicantNames = new Set(personal.filter((f) => f.scope === "applicant").map((f) => f.name));
  const contactNames = new Set(personal.filter((f) => f.scope === "contact").map((f) => f.name));
  const strip = <T extends object>(item: T, names: Set<string>): T =>
    Object.fromEntries(Object.entries(item).filter(([key]) => !names.has(key))) as T;
  const redacted = { ...document } as Record<string, unknown>;
  for (const field of personal.filter((f) => f.scope === "section")) {
    const section = redacted[field.section];
    if (isRecord(section)) redacted[field.section] = strip(section, new Set([field.name]));
  }
  return {
    ...(redacted as OfferDocument),
    applicants: {
      list: document.applicants.list.map((applicant) => strip(applicant, applicantNames)),
      contact: strip(document.applicants.contact, contactNames),
    },
  };
}
