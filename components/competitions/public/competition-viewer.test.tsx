/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { CompetitionReaderActions } from "@/components/competitions/public/competition-viewer";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/competitions/follow-actions", () => ({ followCompetitionAction: "follow" }));
jest.mock("next-safe-action/hooks", () => ({
  useAction: () => ({ execute: jest.fn(), isPending: false, result: {} }),
}));

const fetchMock = jest.fn(async () => ({ ok: true, status: 200, json: async () => ({ signedIn: false }) }));

beforeEach(() => {
  fetchMock.mockClear();
  global.fetch = fetchMock as unknown as typeof fetch;
});

describe("a competition's page, the reader's part for a visitor", () => {
  it("invites to sign in to prepare an offer while offers are taken", async () => {
    renderWithIntl(<CompetitionReaderActions competitionId="k1" slug="k" signInHref="/logowanie" open />);
    expect(
      await screen.findByRole("link", {
        name: "Zaloguj się, aby obserwować konkurs, zadać pytanie lub przygotować ofertę.",
      }),
    ).toHaveAttribute("href", "/logowanie");
  });

  it("no longer speaks of preparing an offer once offers are not taken (evaluation, decided, annulled)", async () => {
    renderWithIntl(<CompetitionReaderActions competitionId="k1" slug="k" signInHref="/logowanie" open={false} />);
    expect(await screen.findByRole("link", { name: "Zaloguj się, aby obserwować konkurs." })).toBeInTheDocument();
    expect(screen.queryByText(/przygotować ofertę/)).not.toBeInTheDocument();
  });
});
