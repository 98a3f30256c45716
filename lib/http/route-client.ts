// The browser's side of the platform's JSON route handlers (uploads of
// files; removals are server actions): refusals come as { error: { code, fields? } }.

export type RouteAnswer = { ok: true; body: unknown } | { ok: false; code: string; fields?: Record<string, string> };

/** Calls the route; a network failure is UNAVAILABLE, a refusal without a code INTERNAL. */
export async function callRoute(url: string, init: RequestInit): Promise<RouteAnswer> {
  try {
    const response = await fetch(url, init);
    if (response.ok) return { ok: true, body: await response.json().catch(() => null) };
    const error = (
      (await response.json().catch(() => ({}))) as { error?: { code?: string; fields?: Record<string, string> } }
    ).error;
    return { ok: false, code: error?.code ?? "INTERNAL", fields: error?.fields };
  } catch {
    return { ok: false, code: "UNAVAILABLE" };
  }
}
