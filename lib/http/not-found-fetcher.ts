// Fetches the not-found page rendered whole (lib/http/not-found-document.ts)
// from this same server, for lib/http/page-answer.ts to send in place of
// Next.js's error shell. It is the same for every reader (the layout reads no
// session; the request carries no cookie), so each language's copy is kept
// like the page cache keeps pages: a while, and until public data changes.
import http from "node:http";
import { TtlCache } from "@/lib/cache/ttl-cache";
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

export function createNotFoundFetcher(port: number, keepSeconds: number): NotFoundDocument {
  const kept = new TtlCache<Buffer>({ ttlMs: keepSeconds * 1000, maxEntries: locales.length });
  return async (locale) => {
    const hit = kept.get(locale);
    if (hit) return hit;
    const body = await fetchLocal(port, notFoundDocumentPath(locale));
    if (body) kept.set(locale, body);
    return body;
  };
}
