// Layout shifts as Chrome's CLS scores them (the Layout Instability API), and
// what moved, for the journeys that check that a page does not move as it fills in.
import type { Page } from "@playwright/test";

type Shift = { value: number; moved: string[] };

/** Starts recording, from the page's first paint, every layout shift not caused by the reader's input. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record: { value: number; moved: string[] }[] = [];
    Object.assign(window, { layoutShifts: record });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const moved = (entry.sources ?? []).map((source) => {
          const node = source.node as Element | null | undefined;
          return `${node?.nodeName ?? "?"} ${node?.textContent?.trim().slice(0, 30) ?? ""}`;
        });
        record.push({ value: entry.value, moved });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** How many shifts have been recorded so far: a mark to measure from. */
export function layoutShiftMark(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { layoutShifts: unknown[] }).layoutShifts.length);
}

/** The sum of the shifts recorded after `mark` (all of them by default), and what moved. */
export function layoutShiftsSince(page: Page, mark = 0): Promise<{ score: number; moved: string[] }> {
  return page.evaluate((from) => {
    const record = (window as unknown as { layoutShifts: Shift[] }).layoutShifts.slice(from);
    return { score: record.reduce((sum, shift) => sum + shift.value, 0), moved: record.flatMap((s) => s.moved) };
  }, mark);
}
