/** @jest-environment jsdom */
// The language switcher links the page being shown in each language, keeping
// its query (a search, the filters) once the browser has read it.
import { fireEvent, screen } from "@testing-library/react";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

let address = "/";
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  usePathname: () => address,
  useParams: () => ({}),
}));

/** Shows `at` as the page's address (the pathname through the router, the query in the location bar). */
function visit(at: string) {
  window.history.replaceState(null, "", at);
  address = at.split("?")[0]!;
}

const link = (code: string) => screen.getByRole("link", { name: new RegExp(`^${code}\\b`) });

describe("the language switcher", () => {
  it("keeps the search's query in every language", () => {
    visit("/szukaj?q=OSP");
    renderWithIntl(<LanguageSwitcher />);
    expect(link("EN")).toHaveAttribute("href", "/en/search?q=OSP");
    expect(link("DE")).toHaveAttribute("href", "/de/suche?q=OSP");
    expect(link("PL")).toHaveAttribute("href", "/pl/szukaj?q=OSP");
  });

  it("keeps repeated filters and Polish letters", () => {
    visit("/organizacje?sphere=udpp-4-1-1&sphere=udpp-4-1-2&q=%C5%BC%C3%B3%C5%82w");
    renderWithIntl(<LanguageSwitcher />);
    expect(link("EN")).toHaveAttribute(
      "href",
      "/en/organisations?sphere=udpp-4-1-1&sphere=udpp-4-1-2&q=%C5%BC%C3%B3%C5%82w",
    );
  });

  it("reads a query set on the same page again when a link is pointed at or focused", () => {
    visit("/organizacje");
    renderWithIntl(<LanguageSwitcher />);
    expect(link("EN")).toHaveAttribute("href", "/en/organisations");
    // A filter form's results: the router changes the query, not the pathname.
    window.history.replaceState(null, "", "/organizacje?sphere=udpp-4-1-1");
    fireEvent.focus(link("EN"));
    expect(link("EN")).toHaveAttribute("href", "/en/organisations?sphere=udpp-4-1-1");
    window.history.replaceState(null, "", "/organizacje?sphere=udpp-4-1-2");
    fireEvent.pointerEnter(link("DE"));
    expect(link("DE")).toHaveAttribute("href", "/de/organisationen?sphere=udpp-4-1-2");
  });

  it("links the page without a query when there is none", () => {
    visit("/en/contact");
    renderWithIntl(<LanguageSwitcher />, "en");
    // next-intl prefixes a link to another language, so the proxy switches it (and its cookie).
    expect(link("PL")).toHaveAttribute("href", "/pl/kontakt");
  });
});
