/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, ...props }: { href: unknown; children: React.ReactNode }) => (
    <a href={typeof href === "string" ? href : JSON.stringify(href)} {...props}>
      {children}
    </a>
  ),
}));

import { OffersList } from "@/components/offers/editor/offers-list";

describe("an empty list of offers", () => {
  it("shows a member of an organisation the way to the open competitions", () => {
    renderWithIntl(<OffersList offers={[]} now={new Date()} member />);
    expect(screen.getByText(/Twoje organizacje nie mają jeszcze ofert/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Otwarte konkursy ofert" }).getAttribute("href")).toBe("/competitions");
  });

  it("tells someone in no organisation that organisations make offers, and how to join or register one", () => {
    renderWithIntl(<OffersList offers={[]} now={new Date()} member={false} />);
    expect(screen.queryByText(/Twoje organizacje/)).toBeNull();
    expect(screen.getByText(/nie należysz do żadnej/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Znajdź organizację" }).getAttribute("href")).toBe("/organisations");
    expect(screen.getByRole("link", { name: "Zarejestruj organizację" }).getAttribute("href")).toBe(
      "/organisations/register",
    );
  });
});
