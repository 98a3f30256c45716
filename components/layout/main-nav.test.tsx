/** @jest-environment jsdom */
// The header's main navigation: every area in the reader's language, the
// current one marked for assistive technology (not by colour alone).
import { screen, within } from "@testing-library/react";
import { MainNav } from "@/components/layout/main-nav";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

let address = "/";
jest.mock("next/navigation", () => ({ ...jest.requireActual("next/navigation"), usePathname: () => address }));

describe("the main navigation", () => {
  it("links the partnerships (partner requests) after the ideas board, in three languages", () => {
    for (const [locale, name, ideas, href] of [
      ["pl", "Partnerstwa", "Pomysły i potrzeby", "/partnerstwa"],
      ["en", "Partnerships", "Ideas and needs", "/en/partnerships"],
      ["de", "Partnerschaften", "Ideen und Bedarfe", "/de/partnerschaften"],
    ] as const) {
      address = locale === "pl" ? "/" : `/${locale}`;
      const { unmount } = renderWithIntl(<MainNav />, locale);
      const nav = screen.getByRole("navigation");
      const links = within(nav).getAllByRole("link");
      const names = links.map((link) => link.textContent);
      expect(names.indexOf(name)).toBe(names.indexOf(ideas) + 1);
      expect(within(nav).getByRole("link", { name })).toHaveAttribute("href", href);
      unmount();
    }
  });

  it("marks the partner requests' list as the current page when it is shown", async () => {
    address = "/partnerstwa";
    const { container } = renderWithIntl(<MainNav />);
    const nav = screen.getByRole("navigation");
    expect(within(nav).getByRole("link", { name: "Partnerstwa" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Pomysły i potrzeby" })).not.toHaveAttribute("aria-current");
    expect(await axeViolations(container)).toEqual([]);
  });
});
