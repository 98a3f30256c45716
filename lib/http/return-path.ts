// Where to go after signing in. Only a path on this site is accepted, so a
// crafted link cannot send people elsewhere (no open redirect).
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 1000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  // Control characters and whitespace have no business in such a path.
  if (/[\u0000-\u0020\u007f]/.test(value)) return null;
  return value;
}
