/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { PartyOpenRequests } from "@/components/partnerships/requests/party-open-requests";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({
    href,
    children,
    lang,
  }: {
    href: { pathname: string; params: { slug: string } };
    children: ReactNode;
    lang?: string;
  }) => (
    <a href={`${href.pathname}:${href.params.slug}`} lang={lang}>
      {children}
    </a>
  ),
}));

const requests = [
  {
    id: "r1",
    slug: "kuchnia",
    title: "Kuchnia dla seniorów",
    repliesCloseOn: new Date("2027-01-20T00:00:00Z"),
    roles: ["VOLUNTEERS" as const, "IN_KIND_RESOURCES" as const],
  },
  {
    id: "r2",
    slug: "festyn",
    title: "Festyn powiatowy",
    repliesCloseOn: new Date("2027-02-01T00:00:00Z"),
    roles: [],
  },
];

// As the server and the browser have it: English dates are British.
installBritishEnglishDates();

describe("PartyOpenRequests", () => {
  it("lists each open request with its link, roles and closing day, in the reader's language", async () => {
    const { container } = renderWithIntl(<PartyOpenRequests requests={requests} />, "en");
    expect(screen.getByRole("heading", { level: 2, name: "Open partner requests" })).toBeInTheDocument();
    const link = screen.getByRole("link", { name: "Kuchnia dla seniorów" });
    expect(link).toHaveAttribute("href", "/partnerships/[slug]:kuchnia");
    expect(link).toHaveAttribute("lang", "pl");
    expect(screen.getByRole("link", { name: "Festyn powiatowy" })).toBeInTheDocument();
    expect(screen.getByText(/^Role sought: volunteers, /)).toBeInTheDocument();
    expect(screen.getAllByText(/^Role sought/)).toHaveLength(1);
    expect(screen.getByText("Replies until 20 January 2027")).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says it in Polish and German too", () => {
    renderWithIntl(<PartyOpenRequests requests={requests.slice(0, 1)} />, "pl");
    expect(screen.getByRole("heading", { name: "Otwarte zapytania o partnera" })).toBeInTheDocument();
    expect(screen.getByText("Zgłoszenia do 20 stycznia 2027")).toBeInTheDocument();
  });

  it("shows nothing for a party with no open request", () => {
    const { container } = renderWithIntl(<PartyOpenRequests requests={[]} />, "de");
    expect(container).toBeEmptyDOMElement();
  });
});
