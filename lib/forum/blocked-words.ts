// Blocked words that hold a forum post for a moderator's review. Polish
// inflects and prefixes its vulgar roots ("kurwa, kurwy, skurwiel",
// "wypierdalaj, rozpierdol"), and people disguise them ("kuurwa", "k0rwa",
// "Żyd" written "zyd"), so both the text and the patterns are folded first:
// lower case, no diacritics, common digit-for-letter swaps undone, repeated
// letters collapsed. A pattern then matches a word:
// - "kurw*"      a word that starts with it (kurwa, kurwy, kurwiarz);
// - "*pierdol*"  a word that holds it anywhere (spierdalaj, rozpierdolić);
// - "debil"      the word itself or with an ending of up to four letters
//                (debila, debilem, debilami), not longer words (debilitacja).

const SWAPS: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

/** The comparable form of a word or text. */
export function foldForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[013457@$!]/g, (char) => SWAPS[char] ?? char)
    .replace(/(\p{L})\1+/gu, "$1");
}

type Matcher = { pattern: string; test: (word: string) => boolean };

export function compilePattern(pattern: string): Matcher | null {
  const trimmed = pattern.trim().toLowerCase();
  const anywhere = trimmed.startsWith("*") && trimmed.endsWith("*") && trimmed.length > 2;
  const prefix = !anywhere && trimmed.endsWith("*");
  const core = foldForMatching(trimmed.replace(/^\*|\*$/g, ""));
  if (!/^\p{L}{3,}$/u.test(core)) return null;
  if (anywhere) return { pattern, test: (word) => word.includes(core) };
  if (prefix) return { pattern, test: (word) => word.startsWith(core) };
  return { pattern, test: (word) => word.startsWith(core) && word.length - core.length <= 4 };
}

/** The patterns `text` matches (none: the post goes out at once). */
export function blockedWordsIn(text: string, patterns: string[]): string[] {
  const matchers = patterns.map(compilePattern).filter((m): m is Matcher => m !== null);
  if (matchers.length === 0) return [];
  const words = new Set(
    foldForMatching(text)
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
  return matchers.filter((matcher) => [...words].some((word) => matcher.test(word))).map((matcher) => matcher.pattern);
}

/** The list a new platform starts with: common Polish vulgar roots (administrators change it). */
export const DEFAULT_BLOCKED_PATTERNS = [
  "*kurw*",
  "*pierdol*",
  "*pierdal*",
  "*jeban*",
  "*jebac*",
  "zajeb*",
  "wyjeb*",
  "pojeb*",
  "*chuj*",
  "*pizd*",
  "skurwysyn*",
  "cwel",
  "spierdal*",
];
