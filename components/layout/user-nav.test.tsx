/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { UserNav } from "@/components/layout/user-nav";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("next-auth/react", () => ({ signOut: jest.fn() }));

const labels = { signOut: "Wyloguj się", signingOut: "Wylogowywanie…" };

describe("the header's account navigation", () => {
  it("lets a signed-in person sign out from any page (issue 18)", () => {
    renderWithIntl(<UserNav userName="Anna Nowak" admin={[]} unread={0} signOutLabels={labels} />);
    const nav = screen.getByRole("navigation", { name: "Konto" });
    expect(within(nav).getByRole("button", { name: "Wyloguj się" })).toBeInTheDocument();
  });

  it("offers a visitor signing in, not signing out", () => {
    renderWithIntl(<UserNav userName={null} admin={[]} unread={0} signOutLabels={labels} />);
    const nav = screen.getByRole("navigation", { name: "Konto" });
    expect(within(nav).getByRole("link", { name: "Zaloguj się" })).toBeInTheDocument();
    expect(within(nav).queryByRole("button", { name: "Wyloguj się" })).toBeNull();
  });
});
