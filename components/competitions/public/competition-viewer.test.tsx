/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { CompetitionReaderActions } from "@/components/competitions/public/competition-viewer";
import { messagesFor } from "@/lib/i18n/messages";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { fakeFetch } from "@/tests/helpers/fake-fetch";

jest.mock("@/lib/competitions/follow-actions", () => ({ followCompetitionAction: "follow" }));
jest.mock("next-safe-action/hooks", () => ({
  useAction: () => ({ execute: jest.fn(), isPending: false, result: {} }),
}));

const fetchMock = fakeFetch(() => ({ signedIn: false }));

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

describe("a competition's page, the place of the reader's part", () => {
  it("is kept, busy, in the markup everyone is served, and the answer fills it without changing it", async () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="pl" messages={messagesFor("pl")}>
        <CompetitionReaderActions competitionId="k1" slug="k" signInHref="/logowanie" open />
      </NextIntlClientProvider>,
    );
    expect(html).toMatch(/^<div class="mt-4 min-h-12" aria-busy="true">/);
    const { container } = renderWithIntl(
      <CompetitionReaderActions competitionId="k1" slug="k" signInHref="/logowanie" open />,
    );
    await screen.findByRole("link", { name: /Zaloguj się/ });
    expect(container.firstElementChild).toHaveClass("mt-4 min-h-12");
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "false");
  });

  it("keeps the same place for a signed-in reader's row of buttons", async () => {
    fetchMock.mockImplementationOnce(async () => ({
      ok: true,
      status: 200,
      json: async () => ({ signedIn: true, following: false, manages: false, mayPrepare: true, drafts: [] }),
    }));
    const { container } = renderWithIntl(
      <CompetitionReaderActions competitionId="k1" slug="k" signInHref="/logowanie" open />,
    );
    expect(await screen.findByRole("button", { name: "Obserwuj konkurs" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Przygotuj ofertę" })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveClass("mt-4 min-h-12");
  });
});
