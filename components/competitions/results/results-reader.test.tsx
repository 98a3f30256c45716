/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { ResultsReader } from "@/components/competitions/results/results-reader";
import type { CompetitionViewer } from "@/lib/competitions/viewer-types";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ children, href, ...props }: { children: React.ReactNode; href: { pathname: string } }) => (
    <a href={href.pathname} {...props}>
      {children}
    </a>
  ),
}));

let answer: CompetitionViewer = { signedIn: false };
const fetchMock = jest.fn(async () => ({ ok: true, status: 200, json: async () => answer }));
beforeEach(() => {
  global.fetch = fetchMock as unknown as typeof fetch;
});

const reader = () => renderWithIntl(<ResultsReader competitionId="k1" slug="k" signInHref="/logowanie" />);

describe("the results page's reader part", () => {
  it("invites a visitor to sign in", async () => {
    answer = { signedIn: false };
    reader();
    expect(await screen.findByRole("link", { name: /^Zaloguj się, aby zobaczyć wyniki swoich ofert/ })).toHaveAttribute(
      "href",
      "/logowanie",
    );
  });

  it("shows an applicant its offers' outcomes and the way to ask for the reasons while the 30 days run", async () => {
    answer = {
      signedIn: true,
      following: false,
      manages: false,
      decides: false,
      mayPrepare: false,
      drafts: [],
      results: {
        requestsUntil: "2027-01-06T23:00:00.000Z",
        mayRequestReasons: true,
        ownOutcomes: [
          { offerId: "o1", title: "Seniorzy w sieci", outcome: "FUNDED", amount: 2_500_000 },
          { offerId: "o2", title: "Zielone spacery", outcome: "NOT_FUNDED", amount: null },
        ],
      },
    };
    const { container } = reader();
    expect(await screen.findByRole("heading", { name: "Twoje oferty" })).toBeInTheDocument();
    expect(screen.getByText(/dotacja 25\s000,00/)).toBeInTheDocument();
    expect(screen.getByText(/Nie otrzymała dotacji/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zażądaj uzasadnienia" })).toHaveAttribute(
      "href",
      "/competitions/[slug]/reasons",
    );
    expect(screen.getByText(/do 6 stycznia 2027 włącznie/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says the time for reasons has ended, without the link", async () => {
    answer = {
      signedIn: true,
      following: false,
      manages: false,
      decides: true,
      mayPrepare: false,
      drafts: [],
      results: { requestsUntil: "2026-01-06T23:00:00.000Z", mayRequestReasons: false, ownOutcomes: [] },
    };
    reader();
    expect(await screen.findByText("Termin na żądanie uzasadnienia upłynął.")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Zażądaj uzasadnienia" })).toBeNull();
    expect(screen.getByRole("link", { name: /Rozstrzygnięcie i żądania uzasadnienia/ })).toBeInTheDocument();
  });
});
