// The word functions of the search's SQL (pl_fold, pl_stem of the
// directory_search migration) in TypeScript, for the lexicon's generator and
// for splitting a query into the words shown back in "did you mean".
// lib/search/lexicon/words.test.ts keeps them equal to the SQL.

/** Lower case without diacritics, as pl_fold (unaccent) gives it: "Żółw" → "zolw". */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

const ENDING =
  /^([a-z0-9]{3,}?)(owego|owemu|owych|owymi|owie|iego|iemu|iach|iami|owym|owej|ach|ami|ego|emu|ich|imi|iom|iow|owa|owe|owi|owy|ych|ymi|iej|iem|ej|em|ie|ia|iu|ii|om|ow|ym|im|a|e|i|o|u|y)$/;

/** The longest inflectional ending cut off, leaving at least three letters, as pl_stem does. */
export function stemWord(folded: string): string {
  return folded.replace(ENDING, "$1");
}
