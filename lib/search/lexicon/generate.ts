// Regenerates lib/search/lexicon/pl-lemmas.tsv.gz from Morfologik 2.1 PoliMorf
// (BSD-2-Clause, Marcin Miłkowski; Debian package libmorfologik-stemming2-java):
//
//   apt-get download libmorfologik-stemming2-java
//   npx tsx lib/search/lexicon/generate.ts libmorfologik-stemming2-java_*.deb
//
// (a .jar path works too). Its licence is kept beside the output in
// pl-lemmas.LICENSE.txt. The dictionary is a CFSA2 automaton whose entries
// read "form;lemma code;tags"; only nouns, adjectives, numerals and
// abbreviations are kept (what names and titles are made of), folded as
// pl_fold folds (lower case, no diacritics), and only the forms today's suffix
// stemmer (pl_stem) cannot bring to their lemma's stem: "psa" → pies,
// "kosciele" → kościół, "rece" → ręka. Every other word is already found by
// its stem, so listing it would only make the table bigger.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import JSZip from "jszip";
import { foldWord, stemWord } from "@/lib/search/lexicon/words";

const DICT = "morfologik/stemming/polish/polish.dict";
const KEPT_POS = new Set(["subst", "adj", "adja", "adjp", "depr", "brev", "num"]);
// Run from the repository's root, as npm scripts are.
const OUTPUT = path.resolve("lib/search/lexicon/pl-lemmas.tsv.gz");

async function readDictionary(input: string): Promise<Buffer> {
  let jar = input;
  if (input.endsWith(".deb")) {
    const dir = mkdtempSync(path.join(tmpdir(), "morfologik-"));
    execFileSync("dpkg-deb", ["-x", input, dir]);
    jar = path.join(dir, "usr/share/java/morfologik-polish.jar");
  }
  const zip = await JSZip.loadAsync(readFileSync(jar));
  const entry = zip.file(DICT);
  if (!entry) throw new Error(`${DICT} is not in ${jar}`);
  return entry.async("nodebuffer");
}

/** Every sequence the CFSA2 automaton accepts, as UTF-8 buffers (format of morfologik-fsa's CFSA2.java). */
function* cfsa2Sequences(buf: Buffer): Generator<Buffer> {
  if (buf.toString("latin1", 0, 4) !== "\\fsa" || buf[4] !== 0xc6) throw new Error("not a CFSA2 automaton");
  const hasNumbers = (buf.readUInt16BE(5) & 256) !== 0;
  const labels = buf.subarray(8, 8 + buf[7]!);
  const a = buf.subarray(8 + buf[7]!);
  const NEXT = 0x80,
    LAST = 0x40,
    FINAL = 0x20,
    INDEX = 0x1f;
  const readVInt = (o: number) => {
    let b = a[o]!,
      v = b & 0x7f,
      shift = 7;
    while (b & 0x80) {
      b = a[++o]!;
      v |= (b & 0x7f) << shift;
      shift += 7;
    }
    return v;
  };
  const skipVInt = (o: number) => {
    while (a[o]! & 0x80) o++;
    return o + 1;
  };
  const firstArc = (node: number) => (hasNumbers ? skipVInt(node) : node);
  const isLast = (arc: number) => (a[arc]! & LAST) !== 0;
  const skipArc = (o: number) => {
    const flags = a[o++]!;
    if ((flags & INDEX) === 0) o++;
    if ((flags & NEXT) === 0) o = skipVInt(o);
    return o;
  };
  const nextArc = (arc: number) => (isLast(arc) ? 0 : skipArc(arc));
  const label = (arc: number) => ((a[arc]! & INDEX) > 0 ? labels[a[arc]! & INDEX]! : a[arc + 1]!);
  const target = (arc: number) => {
    if (a[arc]! & NEXT) {
      while (!isLast(arc)) arc = nextArc(arc);
      return skipArc(arc);
    }
    return readVInt(arc + ((a[arc]! & INDEX) === 0 ? 2 : 1));
  };
  const bytes = Buffer.alloc(1024);
  // An explicit stack: the automaton is deep enough to make recursion costly.
  const stack: { arc: number; depth: number }[] = [{ arc: firstArc(target(firstArc(0))), depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    const { arc, depth } = top;
    if (arc === 0) continue;
    const next = nextArc(arc);
    if (next !== 0) stack.push({ arc: next, depth });
    bytes[depth] = label(arc);
    if (a[arc]! & FINAL) yield Buffer.from(bytes.subarray(0, depth + 1));
    const node = target(arc);
    if (node !== 0 && node < a.length) stack.push({ arc: firstArc(node), depth: depth + 1 });
  }
}

/** "form;code;tags" with the PREFIX encoding: cut code[0]-'A' bytes at the start, code[1]-'A' at the end, append the rest. */
function decode(entry: Buffer): { form: string; lemma: string; tags: string } | undefined {
  const first = entry.indexOf(0x3b);
  const second = entry.indexOf(0x3b, first + 1);
  if (first < 0 || second < 0) return undefined;
  const form = entry.subarray(0, first);
  const code = entry.subarray(first + 1, second);
  const cutStart = code[0]! - 65;
  const cutEnd = code[1]! - 65;
  const lemma = Buffer.concat([form.subarray(cutStart, form.length - cutEnd), code.subarray(2)]);
  return {
    form: form.toString("utf8"),
    lemma: lemma.toString("utf8"),
    tags: entry.subarray(second + 1).toString("utf8"),
  };
}

async function main(): Promise<void> {
  const input = process.argv[2];
  if (!input)
    throw new Error(
      "usage: tsx lib/search/lexicon/generate.ts <libmorfologik-stemming2-java.deb | morfologik-polish.jar>",
    );
  const lemmas = new Map<string, Set<string>>();
  let entries = 0;
  for (const entry of cfsa2Sequences(await readDictionary(input))) {
    entries++;
    const decoded = decode(entry);
    if (!decoded) continue;
    // Tags of several readings are joined by "+"; any kept part of speech keeps the pair.
    if (!decoded.tags.split("+").some((tag) => KEPT_POS.has(tag.split(":")[0]!))) continue;
    const form = foldWord(decoded.form);
    const lemma = foldWord(decoded.lemma);
    if (!/^[a-z0-9]+$/.test(form) || !/^[a-z0-9]+$/.test(lemma)) continue;
    let set = lemmas.get(form);
    if (!set) lemmas.set(form, (set = new Set()));
    set.add(lemma);
  }
  const lines: string[] = [];
  for (const [form, set] of lemmas) {
    const stems = new Set([...set].map(stemWord));
    if (stems.size === 1 && stems.has(stemWord(form))) continue;
    lines.push(`${form}\t${[...set].sort().join(" ")}`);
  }
  lines.sort();
  writeFileSync(OUTPUT, gzipSync(lines.join("\n") + "\n", { level: 9 }));
  console.log(`${entries} entries, ${lemmas.size} folded forms kept, ${lines.length} written to ${OUTPUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
