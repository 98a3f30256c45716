// A Content-Security-Policy that allows a page's own inline scripts by their
// hashes instead of a per-request nonce. Next.js writes its bootstrap and the
// RSC payload (`self.__next_f.push(...)`) as inline scripts; a nonce must be
// put into the HTML as it is rendered, so every page would be rendered per
// request. A hash depends only on the script's text: the same page always gets
// the same header, so Next.js may prerender it and a shared cache may keep both.
//
// The production server (lib/http/page-answer.ts) reads each HTML page whole
// and adds to its policy's script-src the hashes of the inline scripts that
// Next.js writes, and of no other. Hashing every script in the page would allow
// a script injected into it (user content that slipped past sanitising, which
// the CSP is there to stop): so a script is hashed only if its whole text has
// one of the three shapes Next.js writes, each a call with a JSON argument that
// must parse (data only, no code can hide in it):
// - `(self.__next_f=self.__next_f||[]).push([0])`, which starts the RSC payload;
// - `self.__next_f.push([1,"…"])`, a piece of the RSC payload;
// - `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({…});`,
//   Turbopack's list of the page's chunks.
// An injected script of one of these shapes would run (and an RSC payload is
// not inert: it can render any client component), so no user content may ever
// be rendered as raw HTML; anything else is blocked. A Next.js upgrade that writes a
// new kind of inline script shows up as a CSP violation in tests/e2e/security.spec.ts.
import { createHash } from "node:crypto";

// The text of a script element ends at the first "</script" (HTML's raw-text
// rule); React escapes "<" in text and attributes, so user content cannot open one.
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

// The types a browser executes (HTML's "prepare the script element"); any
// other type, application/ld+json among them, is a data block the browser
// never runs, and script-src does not apply to it.
const JAVASCRIPT_MIME =
  /^(?:(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript)|text\/javascript1\.[0-5])$/;
const EXECUTED_KEYWORDS = new Set(["module", "importmap", "speculationrules"]);

function executes(attributes: string): boolean {
  const match = TYPE_ATTRIBUTE.exec(attributes);
  if (!match) return true;
  const type = (match[1] ?? match[2] ?? match[3] ?? "").trim().toLowerCase();
  return type === "" || JAVASCRIPT_MIME.test(type) || EXECUTED_KEYWORDS.has(type);
}

const FRAMEWORK_SCRIPTS: { shape: RegExp; argument: (value: unknown) => boolean }[] = [
  {
    shape: /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\((\[0\])\)$/,
    argument: () => true,
  },
  {
    shape: /^self\.__next_f\.push\((\[[\s\S]*\])\)$/,
    argument: (value) => Array.isArray(value) && Number.isInteger(value[0]),
  },
  {
    shape: /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/,
    argument: (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  },
];

function parsesAsJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

/** Whether an inline script's whole text is one Next.js writes: a call whose only argument is JSON data. */
export function isFrameworkScript(text: string): boolean {
  return FRAMEWORK_SCRIPTS.some(({ shape, argument }) => {
    const match = shape.exec(text);
    const parsed = match ? parsesAsJson(match[1]!) : null;
    return parsed !== null && argument(parsed.value);
  });
}

// Whether each script judged lately is Next.js's, by its hash: a prerendered
// page sends the same scripts on every request, and parsing them again was a
// tenth of the cost of serving it. A verdict is reused only for the same bytes.
const RECENT_LIMIT = 1024;
const recent = new Map<string, boolean>();

function judged(source: string, bytes: Buffer): boolean {
  const known = recent.get(source);
  if (known !== undefined) return known;
  const verdict = isFrameworkScript(bytes.toString("utf8"));
  // The oldest judged goes first (a Map keeps insertion order).
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  recent.set(source, verdict);
  return verdict;
}

/**
 * The CSP hash sources ('sha256-…') of the inline scripts of Next.js in `html`
 * that a browser would run, each once, in page order. Other inline scripts get
 * no hash, so the policy blocks them.
 */
export function inlineScriptHashes(html: string | Buffer): string[] {
  // Read byte for byte (latin1 is one character per byte: no UTF-8 decoding of
  // the whole page); each script's own bytes are what the browser hashes.
  const page = typeof html === "string" ? Buffer.from(html, "utf8") : html;
  const hashes = new Set<string>();
  for (const [, attributes = "", text = ""] of page.toString("latin1").matchAll(SCRIPT_ELEMENT)) {
    if (SRC_ATTRIBUTE.test(attributes) || !executes(attributes)) continue;
    const bytes = Buffer.from(text, "latin1");
    const source = `'sha256-${createHash("sha256").update(bytes).digest("base64")}'`;
    if (judged(source, bytes)) hashes.add(source);
  }
  return [...hashes];
}

/**
 * `policy` with `sources` added to its script-src. A policy without a
 * script-src (the API's `default-src 'none'`) is returned as it is: adding one
 * would allow scripts its default forbids.
 */
export function withScriptSources(policy: string, sources: readonly string[]): string {
  if (sources.length === 0) return policy;
  return policy
    .split(";")
    .map((directive) =>
      /^\s*script-src(?:\s|$)/i.test(directive) ? `${directive.trimEnd()} ${sources.join(" ")}` : directive,
    )
    .join(";");
}
