import { messagesFor } from "@/lib/i18n/messages";
import { locales } from "@/lib/i18n/locales";
import { offerSectionKeys, offerTemplates } from "@/lib/offers/document/schema";
import { full2018 } from "@/lib/offers/template/full-2018";
import { simplified2018 } from "@/lib/offers/template/simplified-2018";
import { templateDefinition } from "@/lib/offers/template/templates";

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

const allKeys = (template: (typeof offerTemplates)[number]) =>
  templateDefinition(template).fields.flatMap((field) => [
    [field.messageKey, field.label] as const,
    ...(field.options ?? []).map((option) => [option.messageKey, option.label] as const),
  ]);

describe("offer templates", () => {
  // Design L7/L8: these labels were written from memory and must be compared with the official
  // templates before the offer form ships. When a label is checked, set verified: true and
  // take it off this list.
  it("lists the labels nobody has yet compared with the official template", () => {
    const unverified = (fields: typeof full2018.fields) => [
      ...new Set(fields.filter((field) => !field.verified).map((field) => field.ref)),
    ];
    expect(unverified(full2018.fields)).toEqual([
      "II.1",
      "III.3",
      "III.4",
      "III.5",
      "III.6",
      "IV.1",
      "IV.2",
      "V.A",
      "V.A.I",
      "V.A.II",
      "V.B.1",
      "V.B.2",
      "V.B.3",
      "V.B.3.1",
      "V.B.3.2",
      "V.B.4",
      "V.C",
      "VI.1",
      "VI.2",
      "VI.3",
      "VII.1",
      "VII.2",
      "VII.3",
      "VII.4",
      "VII.5",
      "VII.6",
      "VII.7",
    ]);
    // II.1 only for the bank account, which the statutory template does not have.
    expect(full2018.fields.filter((field) => field.ref === "II.1" && !field.verified).map((f) => f.name)).toEqual([
      "bankAccount",
    ]);
    expect(simplified2018.fields.every((field) => !field.verified)).toBe(true);
  });

  it.each(locales)("has every label and choice in the %s catalogue", (locale) => {
    const messages = messagesFor(locale) as Tree;
    for (const template of offerTemplates) {
      for (const [key] of allKeys(template)) {
        expect({ key, found: typeof lookup(messages, key) }).toEqual({ key, found: "string" });
      }
    }
  });

  it("uses the statutory label itself as the Polish message", () => {
    const messages = messagesFor("pl") as Tree;
    for (const template of offerTemplates) {
      for (const [key, label] of allKeys(template))
        expect({ key, text: lookup(messages, key) }).toEqual({ key, text: label });
    }
  });

  it("places every field in a section its template has, once per scope and name", () => {
    for (const template of offerTemplates) {
      const sections = offerSectionKeys(template);
      const seen = new Set<string>();
      for (const field of templateDefinition(template).fields) {
        expect({ field: field.name, in: sections.includes(field.section) }).toEqual({ field: field.name, in: true });
        const id = `${field.section}/${field.scope}/${field.name}`;
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
  });

  it("marks contact data and the bank account as personal, for the 19a publication", () => {
    const personal = simplified2018.fields.filter((field) => field.personal).map((f) => `${f.scope}.${f.name}`);
    expect(personal).toEqual([
      "applicant.email",
      "applicant.phone",
      "applicant.bankAccount",
      "contact.name",
      "contact.phone",
      "contact.email",
    ]);
  });
});
