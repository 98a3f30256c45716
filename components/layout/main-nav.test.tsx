/** @jest-environment jsdom */
// The header's main navigation: every area in the reader's language, the
// current one marked for assistive technology (not by colour alone), and the
// menu button that holds them below 1024 px.
import { fireEvent, screen, within } from "@testing-library/react";
import { MainNav } from "@/components/layout/main-nav";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

let address = "/";
jest.mock("next/navigation", () => ({ ...jest.requireActual("next/navigation"), usePathname: () => address }));

/** The menu button's list: hidden by a class below 1024 px (jsdom has no style sheet, so the class is what is seen). */
function menuList(button: HTMLElement): HTMLElement {
  const list = document.getElementById(button.getAttribute("aria-controls")!);
  expect(list).not.toBeNull();
  return list!;
}

/** The main navigation (the languages below 1024 px are a navigation of their own inside its panel). */
const mainNav = () => screen.getAllByRole("navigation")[0]!;

describe("the main navigation", () => {
  beforeEach(() => {
    address = "/";
  });

  it("links the partnerships (partner requests) after the ideas board, in three languages", () => {
    for (const [locale, name, ideas, href] of [
      ["pl", "Partnerstwa", "Pomysły i potrzeby", "/partnerstwa"],
      ["en", "Partnerships", "Ideas and needs", "/en/partnerships"],
      ["de", "Partnerschaften", "Ideen und Bedarfe", "/de/partnerschaften"],
    ] as const) {
      address = locale === "pl" ? "/" : `/${locale}`;
      const { unmount } = renderWithIntl(<MainNav />, locale);
      const nav = mainNav();
      const links = within(nav).getAllByRole("link");
      const names = links.map((link) => link.textContent);
      expect(names.indexOf(name)).toBe(names.indexOf(ideas) + 1);
      expect(within(nav).getByRole("link", { name })).toHaveAttribute("href", href);
      unmount();
    }
  });

  it("leaves the secondary pages to the footer", () => {
    renderWithIntl(<MainNav />);
    const nav = mainNav();
    for (const name of ["Kontakt", "Sfery pożytku publicznego", "Strona główna"])
      expect(within(nav).queryByRole("link", { name })).toBeNull();
  });

  it("marks the partner requests' list as the current page when it is shown", async () => {
    address = "/partnerstwa";
    const { container } = renderWithIntl(<MainNav />);
    const nav = mainNav();
    expect(within(nav).getByRole("link", { name: "Partnerstwa" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Pomysły i potrzeby" })).not.toHaveAttribute("aria-current");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("opens the menu with its button, and Escape closes it and gives the focus back to the button", async () => {
    const { container } = renderWithIntl(<MainNav />);
    const button = screen.getByRole("button", { name: "Menu" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(menuList(button)).toHaveClass("hidden");

    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(menuList(button)).not.toHaveClass("hidden");
    expect(await axeViolations(container)).toEqual([]);

    const link = within(menuList(button)).getByRole("link", { name: "Konsultacje" });
    link.focus();
    fireEvent.keyDown(link, { key: "Escape" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(menuList(button)).toHaveClass("hidden");
    expect(button).toHaveFocus();
  });

  it("puts the focus on the first area when opened, the languages after the areas in the same panel", () => {
    renderWithIntl(<MainNav />);
    const button = screen.getByRole("button", { name: "Menu" });
    fireEvent.click(button);
    const panel = menuList(button);
    expect(within(panel).getByRole("link", { name: "Konsultacje" })).toHaveFocus();
    const names = within(panel)
      .getAllByRole("link")
      .map((link) => link.textContent);
    // The areas (those under "More" only once they are in the row), then the languages, in the order they are seen.
    expect(names.slice(0, 10)).toEqual([
      "Konsultacje",
      "Wybory do rad",
      "Organizacje",
      "Aktualności",
      "Forum",
      "Konkursy ofert",
      "Biblioteka",
      "Pomysły i potrzeby",
      "Partnerstwa",
      "Urzędy",
    ]);
    expect(within(panel).getByRole("navigation", { name: "Wybór języka" })).toBeInTheDocument();
    expect(names.slice(-3)).toEqual(["PL polski", "EN English", "DE Deutsch"]);
  });

  it("closes when the focus or a click goes elsewhere on the page, and on the next page", () => {
    const { rerender } = renderWithIntl(
      <>
        <MainNav />
        <a href="#tresc">Treść</a>
      </>,
    );
    const button = screen.getByRole("button", { name: "Menu" });
    const outside = screen.getByRole("link", { name: "Treść" });

    fireEvent.click(button);
    const last = within(menuList(button)).getByRole("link", { name: "Urzędy" });
    fireEvent.focusOut(last, { relatedTarget: outside });
    expect(button).toHaveAttribute("aria-expanded", "false");

    fireEvent.click(button);
    fireEvent.pointerDown(outside);
    expect(button).toHaveAttribute("aria-expanded", "false");

    fireEvent.click(button);
    // Moving between its own links keeps it open.
    fireEvent.focusOut(button, { relatedTarget: last });
    expect(button).toHaveAttribute("aria-expanded", "true");
    address = "/konsultacje";
    rerender(
      <>
        <MainNav />
        <a href="#tresc">Treść</a>
      </>,
    );
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("keeps under More the areas the one row has no room for, each behind the same kind of disclosure", () => {
    renderWithIntl(<MainNav />);
    const more = screen.getByRole("button", { name: "Więcej" });
    const panel = document.getElementById(more.getAttribute("aria-controls")!)!;
    expect(panel).not.toBeVisible();
    fireEvent.click(more);
    expect(panel).toBeVisible();
    const names = within(panel)
      .getAllByRole("link")
      .map((link) => link.textContent);
    expect(names).toEqual([
      "Aktualności",
      "Forum",
      "Konkursy ofert",
      "Biblioteka",
      "Pomysły i potrzeby",
      "Partnerstwa",
      "Urzędy",
    ]);
    fireEvent.keyDown(more, { key: "Escape" });
    expect(panel).not.toBeVisible();
    expect(more).toHaveFocus();
  });
});
