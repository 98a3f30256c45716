// Fetches the not-found page rendered whole (lib/http/not-found-document.ts)
// from this same server, for lib/http/page-answer.ts to send in place of
// Next.js's error shell. It is the same for every reader (the layout reads no
// session; the request carries no cookie), so each language's copy is kept
// like the page cache keeps pages: a while, and until public data changes.
import http from "node:http";
import { keptOrLoaded, TtlCache } from "@/lib/cache/ttl-cache";
import type { NotFoundDocument } from "@/lib/http/page-answer";
import { isErrorShell, notFoundDocumentPath } from "@/lib/http/not-found-document";
import { locales } from "@/lib/i18n/locales";
import { log } from "@/lib/log";

const TIMEOUT_MS = 5_000;

function fetchLocal(port: number, path: string): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path, timeout: TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const html = String(response.headers["content-type"] ?? "").startsWith("text/html");
        resolve(response.statusCode === 404 && html && !isErrorShell(body) ? body : null);
      });
      response.on("error", () => resolve(null));
    });
    request.on("timeout", () => request.destroy());
    request.on("error", (error) => {
      log.warn("the not-found page could not be rendered; the error shell is sent", { error });
      resolve(null);
    });
  });
}

/** How long a failed render is remembered: a burst of 404s then costs one failing render, not one each. */
const FAILURE_KEPT_MS = 5_000;

export function createNotFoundFetcher(port: number, keepSeconds: number): NotFoundDocument {
  // Promises, so that 404s arriving while a language's copy renders share that one render.
  const kept = new TtlCache<Promise<Buffer | null>>({ ttlMs: keepSeconds * 1000, maxEntries: locales.length });
  return (locale) =>
    keptOrLoaded(kept, locale, async () => {
      const body = await fetchLocal(port, notFoundDocumentPath(locale));
      if (!body) setTimeout(() => kept.delete(locale), FAILURE_KEPT_MS).unref();
      return body;
    });
}
