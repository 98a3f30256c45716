/** @jest-environment jsdom */
// The header's search box: a plain GET form to the results page in the
// reader's language, its field labelled and its button named, axe-clean; from
// 1024 px the magnifier shows the field in place with the focus in it; not
// shown on the results page, whose own field is the one there.
import { fireEvent, screen, within } from "@testing-library/react";
import { HeaderSearch } from "@/components/layout/header-search";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

let address = "/";
jest.mock("next/navigation", () => ({ ...jest.requireActual("next/navigation"), usePathname: () => address }));

/** jsdom has no layout: the width is what matchMedia answers. */
function viewport(wide: boolean) {
  window.matchMedia = (query: string) =>
    ({
      matches: wide && query === "(min-width: 64rem)",
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
}

/** Counts the form's submissions (jsdom cannot navigate: each is cancelled once counted). */
function submissions(form: HTMLElement): jest.Mock {
  const submitted = jest.fn((event: Event) => event.preventDefault());
  form.addEventListener("submit", submitted);
  return submitted;
}

describe("the header's search box", () => {
  beforeEach(() => {
    address = "/";
    viewport(false);
  });

  it("sends ?q= by GET to the results page, in three languages", async () => {
    for (const [locale, name, button, action, placeholder] of [
      ["pl", "Szukaj na platformie", "Szukaj na platformie", "/szukaj", "Szukaj…"],
      ["en", "Search the platform", "Search the platform", "/en/search", "Search…"],
      ["de", "Auf der Plattform suchen", "Auf der Plattform suchen", "/de/suche", "Suchen…"],
    ] as const) {
      const { container, unmount } = renderWithIntl(<HeaderSearch />, locale);
      const form = screen.getByRole("search", { name });
      expect(form).toHaveAttribute("action", action);
      // No method: a form's default is GET, so the query is in the address and the page can be cached.
      expect(form).not.toHaveAttribute("method");
      const field = within(form).getByRole("searchbox", { name });
      expect(field).toHaveAttribute("name", "q");
      // On phones the field shows, empty: the placeholder says what it is for (the label stays its name).
      expect(field).toHaveAttribute("placeholder", placeholder);
      expect(within(form).getByRole("button", { name: button })).toHaveAttribute("type", "submit");
      expect(await axeViolations(container)).toEqual([]);
      unmount();
    }
  });

  it("below 1024 px the magnifier submits the field, which is always shown", () => {
    renderWithIntl(<HeaderSearch />);
    const button = screen.getByRole("button", { name: "Szukaj na platformie" });
    expect(button).not.toHaveAttribute("aria-expanded");
    expect(screen.getByRole("searchbox").className).toContain("lg:hidden");
    const submitted = submissions(screen.getByRole("search"));
    fireEvent.click(button);
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it("from 1024 px the magnifier shows the field in place with the focus in it, and Escape hides it again", async () => {
    viewport(true);
    const { container } = renderWithIntl(<HeaderSearch />);
    const button = screen.getByRole("button", { name: "Szukaj na platformie" });
    const field = screen.getByRole("searchbox", { name: "Szukaj na platformie" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveAttribute("aria-controls", field.id);
    expect(field.className).toContain("lg:hidden");
    const submitted = submissions(screen.getByRole("search"));

    fireEvent.click(button);
    expect(submitted).not.toHaveBeenCalled();
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(field.className).not.toContain("lg:hidden");
    expect(field.className).toContain("lg:absolute");
    // The main areas give way meanwhile (app/globals.css hides the nav when the form after it is open).
    expect(screen.getByRole("search")).toHaveAttribute("data-search-open");
    expect(field).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);

    // Empty, the magnifier does not search for nothing: the focus goes back to the field.
    button.focus();
    fireEvent.click(button);
    expect(submitted).not.toHaveBeenCalled();
    expect(field).toHaveFocus();
    // With words, it searches.
    fireEvent.change(field, { target: { value: "wolontariatu" } });
    fireEvent.click(button);
    expect(submitted).toHaveBeenCalledTimes(1);

    fireEvent.keyDown(document, { key: "Escape" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("search")).not.toHaveAttribute("data-search-open");
    expect(field.className).toContain("lg:hidden");
    expect(button).toHaveFocus();
  });

  it("is not shown on the results page, whose own field is the one search field there", () => {
    for (const [locale, path] of [
      ["pl", "/szukaj"],
      ["en", "/en/search"],
      ["de", "/de/suche"],
    ] as const) {
      address = path;
      const { container, unmount } = renderWithIntl(<HeaderSearch />, locale);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    address = "/organizacje";
    const { container } = renderWithIntl(<HeaderSearch />);
    expect(within(container).getByRole("search")).toBeInTheDocument();
  });
});
