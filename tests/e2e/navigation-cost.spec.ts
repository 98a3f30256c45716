import { expect, test, type Request } from "@playwright/test";

// What one page view asks of the server (issue 21). Next.js prefetched every link that came
// into view with a request rendered afresh: a view of the directory's page made 26 of them
// (the menu and the footer, twice) while the page itself came from the page cache.
const isPrefetch = (request: Request) => request.headers()["next-router-prefetch"] !== undefined;

test("a page view prefetches nothing, and a link still navigates in the browser", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (isPrefetch(request)) prefetches.push(request.url());
  });
  await page.goto("/organizacje", { waitUntil: "networkidle" });
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Forum" }).hover();
  await page.waitForLoadState("networkidle");
  expect(prefetches).toEqual([]);

  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Forum" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forum" })).toBeVisible();
  expect(documents).toEqual([]);
  expect(prefetches).toEqual([]);
});
