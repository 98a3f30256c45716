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
 * The document of a frozen version. A version holds `{ header, document }`
 * (lib/offers/submission), or `{ sections }` (older test rows), or the
 * document itself; whatever else it holds (header, checksums) is not a
 * section and is left out. The years are the version's own when it has them.
 */
export function versionDocument(content: unknown, template: OfferTemplate): OfferDocument {
  const outer = isRecord(content) ? content : {};
  const source = isRecord(outer.document) ? outer.document : isRecord(outer.sections) ? outer.sections : outer;
  const sections = Object.entries(source)
    .filter(([key]) => Object.hasOwn(sectionSchemas, key))
    .map(([key, value]) => ({ key, content: value }));
  const { document } = assembleDocument(sections, template);
  const years = source.years;
  if (Array.isArray(years) && years.every((year) => Number.isInteger(year))) document.years = years as number[];
  return document;
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
