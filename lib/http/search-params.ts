// Public lists' URL parameters (news, library): each checked on its own by
// its schema, an invalid one dropped (and reported) rather than failing the page.
import type { z } from "zod";

export function parseSearchParams<T>(
  schemas: Record<string, z.ZodType>,
  raw: Record<string, string | string[] | undefined>,
): { params: T; dropped: boolean } {
  const params: Record<string, unknown> = {};
  let dropped = false;
  for (const [name, schema] of Object.entries(schemas)) {
    const value = Array.isArray(raw[name]) ? raw[name][0] : raw[name];
    if (value === undefined || value === "") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) params[name] = parsed.data;
    else dropped = true;
  }
  return { params: params as T, dropped };
}

/** The query string of a search, for links (pagination, feeds) that keep it. */
export function searchQueryOf(params: object, page?: number): string {
  const entries = Object.entries({ ...params, page: page && page > 1 ? page : undefined } as Record<
    string,
    unknown
  >).filter(([, value]) => value !== undefined && value !== "");
  return entries.length
    ? `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString()}`
    : "";
}
