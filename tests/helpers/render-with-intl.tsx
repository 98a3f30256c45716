import { render, type RenderResult } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

export function renderWithIntl(ui: ReactElement, locale: Locale = "pl"): RenderResult {
  // As a wrapper, so that rerender() keeps the provider.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Europe/Warsaw">
      {children}
    </NextIntlClientProvider>
  );
  return render(ui, { wrapper });
}

/** axe-core on the rendered DOM, WCAG 2.1 A and AA rules only. */
export async function axeViolations(container: Element): Promise<string[]> {
  const axe = (await import("axe-core")).default;
  const result = await axe.run(container, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    // jsdom has no layout or canvas to measure colours; the browser tier checks contrast.
    rules: { "color-contrast": { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
