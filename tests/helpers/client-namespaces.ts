// Which message namespaces a page's client components read, found in the
// source: the page's imports are followed, and once a file says "use client"
// everything it imports runs in the browser too. A client component reads a
// namespace with useTranslations("name") (or "name.part"), or through a root
// translator (useTranslations() or useErrorText()) with keys written out as
// "name.key". The page must hand those namespaces to the browser
// (components/i18n/client-messages.tsx); this is what checks it does.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
// Type-only imports bring no code along.
const IMPORT = /(?:import|export)\s(?!type\s)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const COMMENT = /\/\*[\s\S]*?\*\/|(^|[^:"'`])\/\/[^\n]*/g;
const NAMED_TRANSLATOR = /useTranslations\(\s*["'`]([A-Za-z][\w.]*)["'`]/g;
const ROOT_TRANSLATOR = /useTranslations\(\s*\)|useErrorText\(\s*\)/;
// A key written out for a root translator: "forum.flag.reason" in full, or up
// to where a template inserts a value ("ballot.refusals.${code}").
const WRITTEN_KEY = /["'`]([A-Za-z]\w*(?:\.[A-Za-z_]\w*)+)["'`]|["'`]([A-Za-z]\w*(?:\.[A-Za-z_]\w*)*)\.\$\{/g;
const WHOLE_NAMESPACE = /["'`]([A-Za-z]\w*)["'`]/g;
const PROVIDED = /<ClientMessages\s+namespaces=\{(\[[^\]]*\]|SHELL_NAMESPACES)\}/g;
const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use client["']/;

const sources = new Map<string, string>();
function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    sources.set(file, text);
  }
  return text;
}

function resolveImport(specifier: string, from: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOf(file: string): string[] {
  const found: string[] = [];
  for (const match of source(file).matchAll(IMPORT)) {
    const resolved = resolveImport((match[1] ?? match[2])!, file);
    if (resolved && !resolved.includes("/lib/generated/")) found.push(resolved);
  }
  return found;
}

/** Namespaces (or "namespace.part") one client file reads, given the catalogue's top-level names. */
function namespacesReadBy(file: string, catalogue: ReadonlySet<string>): string[] {
  const text = source(file).replace(COMMENT, "$1");
  const read = [...text.matchAll(NAMED_TRANSLATOR)].map((match) => match[1]!);
  if (ROOT_TRANSLATOR.test(text)) {
    for (const match of text.matchAll(WRITTEN_KEY)) {
      const key = (match[1] ?? match[2])!;
      if (catalogue.has(key.split(".")[0]!)) read.push(key);
    }
    // A namespace chosen at run time: t(`${ns}.heading`) with ns = "joinRequest".
    for (const match of text.matchAll(WHOLE_NAMESPACE)) if (catalogue.has(match[1]!)) read.push(match[1]!);
  }
  return read;
}

export interface PageMessages {
  page: string;
  /** Namespaces the page's client components read. */
  read: Set<string>;
  /** Namespaces handed to the browser by the page, the files it imports, and its layouts. */
  provided: Set<string>;
}

function layoutsAbove(page: string): string[] {
  const layouts: string[] = [];
  for (let dir = path.dirname(page); dir.startsWith(path.join(ROOT, "app")); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (existsSync(layout)) layouts.push(layout);
  }
  return layouts;
}

function providedBy(file: string, shell: readonly string[], catalogue: ReadonlySet<string>): string[] {
  // Without `namespaces`, ClientMessages hands over the whole catalogue.
  const names: string[] = /<ClientMessages>/.test(source(file)) ? [...catalogue] : [];
  for (const match of source(file).matchAll(PROVIDED)) {
    const list = match[1]!;
    if (list === "SHELL_NAMESPACES" || list.includes("...SHELL_NAMESPACES")) names.push(...shell);
    for (const literal of list.matchAll(/["']([\w.]+)["']/g)) names.push(literal[1]!);
  }
  return names;
}

export function pageMessages(
  page: string,
  catalogue: ReadonlySet<string>,
  shell: readonly string[],
  { withLayouts = true } = {},
): PageMessages {
  const read = new Set<string>();
  const provided = new Set<string>();
  const seen = new Set<string>();
  const queue: { file: string; client: boolean }[] = [page, ...(withLayouts ? layoutsAbove(page) : [])].map((file) => ({
    file,
    client: false,
  }));
  while (queue.length > 0) {
    const { file, client: importedByClient } = queue.shift()!;
    const client = importedByClient || USE_CLIENT.test(source(file));
    const key = `${client}:${file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (client) for (const name of namespacesReadBy(file, catalogue)) read.add(name);
    else for (const name of providedBy(file, shell, catalogue)) provided.add(name);
    for (const imported of importsOf(file)) queue.push({ file: imported, client });
  }
  return { page, read, provided };
}

/** Whether `name` ("forum" or "forum.part") is covered by what the page hands over. */
export function isProvided(name: string, provided: ReadonlySet<string>): boolean {
  const parts = name.split(".");
  return parts.some((_, i) => provided.has(parts.slice(0, i + 1).join(".")));
}

export function allPages(dir = path.join(ROOT, "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return allPages(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

export const relativeToRoot = (file: string) => path.relative(ROOT, file);
