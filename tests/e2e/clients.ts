import type { Browser, BrowserContext } from "@playwright/test";

let counter = 0;

/**
 * A browser context that reaches the app as its own client: a distinct
 * address in X-Forwarded-For, which the app trusts one hop deep in the tests,
 * as behind a reverse proxy in production.
 */
export async function newClientContext(browser: Browser, storageState?: string): Promise<BrowserContext> {
  counter += 1;
  const address = `10.${process.pid % 250}.${Math.floor(counter / 250) % 250}.${(counter % 250) + 1}`;
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address }, storageState });
}
