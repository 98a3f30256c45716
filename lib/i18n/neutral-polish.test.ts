import { messagesFor } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );

// Polish marks a person's gender in past-tense verbs and participles
// ("zakładałeś", "Zgłoszony przez", "wybrany"). The platform does not know
// who reads or who is named, so what it says to or about a person is written
// in forms that fit everyone: present tense, nouns ("Zgłoszenie:"), or
// "osoba kandydująca". These patterns catch the forms people noticed.
// JavaScript's \b knows no Polish letters, so words end where letters do.
const END = "(?![a-ząćęłńóśźż])";
const START = "(?<![a-ząćęłńóśźż])";
const GENDERED: RegExp[] = [
  // Second person past tense and conditional: "zakładałeś", "prosiłaś", "chciałbyś".
  new RegExp(`[a-ząćęłńóśźż]+(łeś|łaś|łbyś|łabyś)${END}`, "i"),
  // "zostaniesz wylogowany", "jesteś zalogowana".
  new RegExp(`${START}(zostaniesz|jesteś) [a-ząćęłńóśźż]+(ny|na|ty|ta)${END}`, "i"),
  // A candidate's outcome or who put them forward, as a participle.
  new RegExp(
    `${START}(Zgłoszon[ya] przez|niewybran[yai]|wybran[yai])${END}(?! (organizacj|sfer|obszar|urzęd|kryteri|zdjęci))`,
    "i",
  ),
  // "Kandydat się zgodził", "Kandydat nie wyraził", "Kandydat już odpowiedział".
  new RegExp(`${START}Kandydat (się |nie |już |jeszcze )*[a-ząćęłńóśźż]+ł${END}`),
  // "zgłasza Cię jako kandydata".
  /Cię jako kandydata/,
  // A named person designated to cast a ballot: "wyznaczony przedstawiciel: {name}".
  /wyznaczony (przez niego )?przedstawiciel/,
  // A moderator or an author as the subject of a past-tense verb ("Moderator ukrył", "Autor usunął"):
  // the person may be a woman, so moderation acts as "Moderacja", an author's act is told of the thing.
  new RegExp(
    `${START}(Moderator|Autor) (\\{[a-z]+, select, [a-z]+ \\{)?([a-ząćęłńóśźż]+ )?[a-ząćęłńóśźż]+ł${END}`,
    "i",
  ),
  // "zmienił(a)": a form with a bracket reads badly; say what changed instead.
  /ł\(a\)/,
];

describe("Polish addresses and names people without assuming their gender", () => {
  it.each(GENDERED.map((pattern) => [String(pattern), pattern] as const))("no message matches %s", (_name, pattern) => {
    const found = flatten(messagesFor("pl") as Tree)
      .filter(([, message]) => pattern.test(message))
      .map(([key, message]) => `${key}: ${message}`);
    expect(found).toEqual([]);
  });
});
