import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { locales } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function argumentNames(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    names.add(element.value);
    if (element.type === TYPE.tag) argumentNames(element.children, names);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    }
  }
  return names;
}

const catalogues = Object.fromEntries(locales.map((locale) => [locale, flatten(messagesFor(locale) as Tree)]));
const polish = catalogues.pl!;

describe("message catalogues", () => {
  it.each(locales.filter((l) => l !== "pl"))("%s has exactly the keys of Polish", (locale) => {
    const keys = new Set(catalogues[locale]!.keys());
    expect([...polish.keys()].filter((k) => !keys.has(k))).toEqual([]);
    expect([...keys].filter((k) => !polish.has(k))).toEqual([]);
  });

  it.each(locales)("%s has no empty message and every message is valid ICU", (locale) => {
    for (const [key, message] of catalogues[locale]!) {
      expect({ key, empty: message.trim() === "" }).toEqual({ key, empty: false });
      expect(() => parse(message)).not.toThrow();
    }
  });

  it.each(locales.filter((l) => l !== "pl"))("%s uses the same placeholders as Polish", (locale) => {
    for (const [key, message] of catalogues[locale]!) {
      const expected = [...argumentNames(parse(polish.get(key)!))].sort();
      expect({ key, names: [...argumentNames(parse(message))].sort() }).toEqual({ key, names: expected });
    }
  });

  it.each(locales)("%s has no dot inside a key (next-intl reads dots as nesting)", (locale) => {
    const dotted = (tree: Tree, path = ""): string[] =>
      Object.entries(tree).flatMap(([key, value]) => [
        ...(key.includes(".") ? [path + key] : []),
        ...(typeof value === "string" ? [] : dotted(value, `${path}${key}/`)),
      ]);
    expect(dotted(messagesFor(locale) as Tree)).toEqual([]);
  });

  it("Polish plurals give one, few and many forms", () => {
    for (const [key, message] of polish) {
      if (!message.includes(", plural,")) continue;
      expect({ key, forms: ["one {", "few {", "many {"].every((form) => message.includes(form)) }).toEqual({
        key,
        forms: true,
      });
    }
  });

  it("Polish is written with diacritics", () => {
    const text = [...polish.values()].join(" ");
    expect(text).toMatch(/[ąćęłńóśźż]/);
    // Common words that lose their diacritics when typed without a Polish keyboard.
    expect(text).not.toMatch(/\b(dostepnosci|wojewodztwo|urzad|organizacja pozytku|Przejdz)\b/);
  });
});
