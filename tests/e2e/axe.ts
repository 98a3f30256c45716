import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.2 AA (issue 24): 2.1's rules and 2.2's new one, the minimum target size (2.5.8). */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function axeViolations(page: Page): Promise<string[]> {
  // After a navigation (a client one, or a plain link's) Next.js puts the new page's <title> in a moment after
  // its content: axe looks once the page has settled and has one (a page that never gets one is still reported).
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
  await page.waitForFunction(() => document.title.trim() !== "", null, { timeout: 5_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
  );
  // The whole finding in the log, so a violation seen once (in CI) can be understood afterwards.
  if (violations.length > 0)
    console.log(
      `axe on ${page.url()}:\n${JSON.stringify(
        results.violations.map((v) => ({
          id: v.id,
          nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
        })),
        null,
        2,
      )}`,
    );
  return violations;
}
