// The maps by keyboard (issue 24 review): a marker leads to its entry and the
// focus goes there, and the partnership map's first view shows its markers.
import { expect, test, type Locator } from "@playwright/test";
import { axeViolations } from "./axe";

/** The entry's top is at the top of the window (or the page is scrolled to its end), not just peeking in at the bottom. */
async function broughtToTop(entry: Locator): Promise<boolean> {
  return entry.evaluate((element) => {
    const top = element.getBoundingClientRect().top;
    const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    return (top >= 0 && top <= 24) || (atEnd && top >= 0);
  });
}

test("Enter on a directory map's marker lands on that gmina's results, not at the page's top", async ({ page }) => {
  await page.goto("/organizacje");
  const map = page.getByRole("region", { name: "Mapa gmin regionu z liczbą organizacji" });
  const opole = map.getByRole("button", { name: /^Opole: \d+ organizacj/ });
  await opole.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/gmina=1661011.*#directory-results$/);
  const results = page.locator("#directory-results");
  await expect(results).toBeFocused();
  // The results' count (the map below them has a status line of its own, for its tiles).
  await expect(results.getByRole("status").filter({ hasText: "Znaleziono" })).toBeVisible();
  expect(await broughtToTop(results)).toBe(true);
});

test("the partnership map shows all its markers at once, and Enter on one moves the focus to its entry", async ({
  page,
}) => {
  await page.goto("/partnerstwa/mapa");
  const map = page.getByRole("region", { name: "Mapa siedzib zgłaszających otwarte zapytania" });
  const markers = map.getByRole("button", { name: /zapyta/ });
  await expect(markers.first()).toBeVisible();
  const frame = (await map.boundingBox())!;
  const boxes = await Promise.all((await markers.all()).map(async (marker) => (await marker.boundingBox())!));
  expect(boxes.length).toBeGreaterThanOrEqual(2);
  for (const box of boxes) {
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
  }
  // Fitted to the markers: they spread over a good part of the map, not huddled in a corner of the region.
  const spread = Math.max(
    (Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x))) / frame.width,
    (Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y))) / frame.height,
  );
  expect(spread).toBeGreaterThan(0.5);

  const marker = markers.first();
  const name = (await marker.textContent())!;
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#place-\d+$/);
  const entry = page.locator(":focus");
  await expect(entry).toHaveAttribute("id", /^place-\d+$/);
  // The entry is the marker's place: its heading names it as the marker does.
  const place = (await entry.getByRole("heading", { level: 3 }).textContent())!.replace(/ \(.*$/, "");
  expect(name).toContain(`${place}:`);
  expect(await broughtToTop(entry)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});
