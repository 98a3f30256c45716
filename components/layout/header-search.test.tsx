/** @jest-environment jsdom */
// The header's search box: a plain GET form to the results page in the
// reader's language, its field labelled and its button named, axe-clean.
import { screen, within } from "@testing-library/react";
import { HeaderSearch } from "@/components/layout/header-search";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

describe("the header's search box", () => {
  it("sends ?q= by GET to the results page, in three languages", async () => {
    for (const [locale, name, button, action] of [
      ["pl", "Szukaj na platformie", "Szukaj na platformie", "/szukaj"],
      ["en", "Search the platform", "Search the platform", "/en/search"],
      ["de", "Auf der Plattform suchen", "Auf der Plattform suchen", "/de/suche"],
    ] as const) {
      const { container, unmount } = renderWithIntl(<HeaderSearch />, locale);
      const form = screen.getByRole("search", { name });
      expect(form).toHaveAttribute("action", action);
      // No method: a form's default is GET, so the query is in the address and the page can be cached.
      expect(form).not.toHaveAttribute("method");
      expect(within(form).getByRole("searchbox", { name })).toHaveAttribute("name", "q");
      expect(within(form).getByRole("button", { name: button })).toHaveAttribute("type", "submit");
      expect(await axeViolations(container)).toEqual([]);
      unmount();
    }
  });
});
