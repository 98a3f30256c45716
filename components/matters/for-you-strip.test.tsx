/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ForYouStripClient } from "@/components/matters/for-you-strip-client";
import type { MattersSummary } from "@/lib/matters/types";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";
import { failedAnswer, fakeFetch } from "@/tests/helpers/fake-fetch";

let answers: (MattersSummary | "fail")[];
const fetchMock = fakeFetch(() => {
  const next = answers.shift()!;
  return next === "fail" ? failedAnswer() : next;
});

describe("the home page's 'for you' strip", () => {
  it("keeps its place while it asks, and shows a visitor where their matters will be, in the same frame", async () => {
    answers = [{ signedIn: false }];
    const { container } = renderWithIntl(<ForYouStripClient />);
    // The page below must not move when the answer comes: the wait holds the answer's frame (and its height).
    const waiting = container.firstElementChild!;
    expect(waiting).toBeEmptyDOMElement();
    expect(fetchMock).toHaveBeenCalledWith(
      "/api/account/matters-summary",
      expect.objectContaining({ cache: "no-store" }),
    );
    const strip = await screen.findByRole("region", { name: "Dla Ciebie" });
    expect(strip.className).toBe(waiting.className);
    expect(strip.className).toMatch(/\bmin-h-/);
    // What will be there, not only that something will.
    expect(strip).toHaveTextContent("Po zalogowaniu: odpowiedzi na Twoje uwagi, głosowania i terminy.");
    expect(screen.getByRole("link", { name: "Zaloguj się" })).toHaveAttribute("href", "/logowanie");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows a signed-in person the matters to deal with by kind, each linking to My matters", async () => {
    answers = [{ signedIn: true, toDo: 3, toRead: 0, counts: { offerDrafts: 2, ballots: 1 } }];
    const { container } = renderWithIntl(<ForYouStripClient />);
    const strip = await screen.findByRole("region", { name: "Dla Ciebie" });
    expect(strip).toHaveTextContent("3 sprawy do załatwienia");
    expect(screen.getByRole("link", { name: "Oferty w przygotowaniu w trwających konkursach: 2" })).toHaveAttribute(
      "href",
      "/moje-sprawy",
    );
    expect(screen.getByRole("link", { name: "Głosy do oddania: 1" })).toHaveAttribute("href", "/moje-sprawy");
    expect(screen.queryByRole("link", { name: /Prośby o przyjęcie/ })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("counts news to read apart from the matters to deal with (UX review F-W2)", async () => {
    answers = [
      { signedIn: true, toDo: 5, toRead: 7, counts: { offerDrafts: 1, ballots: 2, joinRequests: 2 } },
      { signedIn: true, toDo: 0, toRead: 2, counts: {} },
    ];
    const { unmount } = renderWithIntl(<ForYouStripClient />);
    expect(await screen.findByRole("region", { name: "Dla Ciebie" })).toHaveTextContent(
      "5 spraw do załatwienia, 7 nowości",
    );
    unmount();
    renderWithIntl(<ForYouStripClient />, "en");
    const strip = await screen.findByRole("region", { name: "For you" });
    expect(strip).toHaveTextContent("Nothing to deal with, 2 new items");
    // News alone names no kinds: they are read on My matters.
    expect(screen.getAllByRole("link").map((link) => link.textContent)).toEqual(["Go to my matters"]);
  });

  it("names at most three links, so its row stays one line: two kinds and the rest counted when more wait", async () => {
    answers = [
      {
        signedIn: true,
        toDo: 9,
        toRead: 2,
        counts: { offerDrafts: 1, ballots: 3, joinRequests: 3, officialRequests: 2 },
      },
    ];
    renderWithIntl(<ForYouStripClient />);
    const strip = await screen.findByRole("region", { name: "Dla Ciebie" });
    expect(strip).toHaveTextContent("9 spraw do załatwienia, 2 nowości");
    expect(
      screen
        .getAllByRole("link")
        .map((link) => link.textContent)
        .filter((name) => name !== "Przejdź do moich spraw"),
    ).toEqual(["Głosy do oddania: 3", "Oferty w przygotowaniu w trwających konkursach: 1", "i jeszcze 5 spraw"]);
  });

  it("names the kinds with deadlines first, and how many matters it leaves out, so the lines add up to the count", async () => {
    // The review's case: the kinds first in the old order would have left the ballots out.
    answers = [
      {
        signedIn: true,
        toDo: 8,
        toRead: 0,
        counts: { joinRequests: 3, consents: 1, officialRequests: 2, ballots: 2 },
      },
    ];
    renderWithIntl(<ForYouStripClient />);
    const strip = await screen.findByRole("region", { name: "Dla Ciebie" });
    expect(strip).toHaveTextContent("8 spraw do załatwienia");
    const links = screen.getAllByRole("link").filter((link) => link.textContent !== "Przejdź do moich spraw");
    expect(links.map((link) => link.textContent)).toEqual([
      "Głosy do oddania: 2",
      "Zgłoszenia czekające na Twoją zgodę jako kandydata: 1",
      "i jeszcze 5 spraw",
    ]);
    expect(links.at(-1)).toHaveAttribute("href", "/moje-sprawy");
  });

  it("says so when asking failed, and asks again on request", async () => {
    answers = ["fail", { signedIn: true, toDo: 0, toRead: 0, counts: {} }];
    renderWithIntl(<ForYouStripClient />);
    fireEvent.click(await screen.findByRole("button", { name: "Spróbuj ponownie" }));
    expect(await screen.findByText("Nic na Ciebie nie czeka.")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
