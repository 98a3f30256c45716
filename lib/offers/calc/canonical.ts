// The canonical text of a submitted offer, from which its checksum is taken:
// the same document gives the same bytes whatever the key order, the Unicode
// normalisation of a pasted text or the JavaScript engine. Pure (the browser
// may show what will be checksummed); the hash itself is in checksum.ts.

export class CanonicalJsonError extends Error {
  constructor(reason: string) {
    super(`Not canonical JSON: ${reason}`);
    this.name = "CanonicalJsonError";
  }
}

/**
 * JSON with object keys sorted by code point, strings in NFC, no whitespace,
 * `undefined` properties left out. Only safe integers are allowed as numbers
 * (money is grosze): a float would print differently across engines.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isSafeInteger(value)) throw new CanonicalJsonError(`${value} is not a safe integer`);
      return Object.is(value, -0) ? "0" : String(value);
    case "string":
      return JSON.stringify(value.normalize("NFC"));
    case "object": {
      if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key.normalize("NFC"), item] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
    }
    default:
      throw new CanonicalJsonError(`a ${typeof value} cannot be stored`);
  }
}

/** What the checksum covers: the template version and the canonical document, as UTF-8 bytes. */
export function checksumInput(templateVersion: string, document: unknown): Uint8Array {
  return new TextEncoder().encode(`${templateVersion}\n${canonicalJson(document)}`);
}

/** "0a5522c2b414…" → "0a55-22c2-b414": the first 12 hex digits in groups of four, printed on every page. */
export function shortChecksum(hex: string): string {
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}
