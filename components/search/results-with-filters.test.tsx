/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { createTranslator } from "next-intl";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { messagesFor } from "@/lib/i18n/messages";
import { filterChips } from "@/lib/search/filter-chips";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const query = (params: Record<string, unknown>) => {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined) as [string, string][];
  return entries.length ? `?${new URLSearchParams(entries)}` : "";
};

function frame(active: { key: string; field?: string; value: string }[], params: Record<string, string>) {
  return renderWithIntl(
    <main>
      <h1>Katalog</h1>
      <ResultsWithFilters
        id="test"
        filters={
          <form role="search" aria-label="Szukaj organizacji">
            <label htmlFor="test-q">Szukaj</label>
            <input id="test-q" name="q" />
          </form>
        }
        count="Znaleziono 2 organizacje"
        chips={filterChips("/organizacje", params, active, query)}
      >
        <ol>
          <li>Fundacja</li>
          <li>Stowarzyszenie</li>
        </ol>
      </ResultsWithFilters>
    </main>,
  );
}

describe("ResultsWithFilters", () => {
  it("puts the form in a closed disclosure, the count in a status region and each filter in a removing link", async () => {
    const { container } = frame(
      [
        { key: "sphere", field: "Sfera", value: "ekologia" },
        { key: "opp", value: "tylko OPP" },
      ],
      { sphere: "udpp-4-1-17", opp: "1", page: "2" },
    );
    const details = container.querySelector("details")!;
    expect(details.open).toBe(false);
    expect(within(details).getByText("Wyszukiwanie i filtry (wybrano 2)").tagName).toBe("SUMMARY");
    expect(within(details).getByRole("search", { hidden: true })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Znaleziono 2 organizacje");
    const chips = within(screen.getByRole("navigation", { name: "Wybrane filtry" }));
    expect(chips.getByRole("link", { name: "Usuń filtr: Sfera: ekologia" })).toHaveAttribute(
      "href",
      "/organizacje?opp=1",
    );
    expect(chips.getByRole("link", { name: "Usuń filtr: tylko OPP" })).toHaveAttribute(
      "href",
      "/organizacje?sphere=udpp-4-1-17",
    );
    expect(chips.getByRole("link", { name: "Wyczyść wszystkie" })).toHaveAttribute("href", "/organizacje");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows no chips without filters, and no 'clear all' for one", () => {
    const { unmount } = frame([], {});
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(screen.getByText("Wyszukiwanie i filtry").tagName).toBe("SUMMARY");
    unmount();
    frame([{ key: "q", field: "Słowa", value: "seniorzy" }], { q: "seniorzy" });
    expect(screen.getByRole("link", { name: "Usuń filtr: Słowa: seniorzy" })).toHaveAttribute("href", "/organizacje");
    expect(screen.queryByRole("link", { name: "Wyczyść wszystkie" })).toBeNull();
  });
});

/** jsdom has no layout: the width is what matchMedia answers. */
function viewport(wide: boolean) {
  window.matchMedia = (query: string) =>
    ({ matches: wide && query === "(min-width: 64rem)", media: query }) as unknown as MediaQueryList;
}

describe("ResultsWithFilters on submit", () => {
  it("closes the filters below 1024 px and takes the focus to the results", () => {
    viewport(false);
    const { container } = frame([], {});
    const details = container.querySelector("details")!;
    details.open = true;
    fireEvent.submit(screen.getByRole("search"));
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(container.querySelector("#test-results"));
  });

  it("leaves the filters and the focus alone from 1024 px, where both are shown side by side", () => {
    viewport(true);
    const { container } = frame([], {});
    const details = container.querySelector("details")!;
    details.open = true;
    const field = screen.getByRole("textbox", { name: "Szukaj" });
    field.focus();
    fireEvent.submit(screen.getByRole("search"));
    expect(details.open).toBe(true);
    expect(document.activeElement).toBe(field);
  });

  it("starts the filter column with a link past its fields to the results", () => {
    const { container } = frame([], {});
    const first = container.querySelector("details > div")!.firstElementChild!;
    expect(first).toHaveTextContent("Przejdź do wyników");
    expect(first).toHaveAttribute("href", "#test-results");
    expect(container.querySelector("#test-results")).toHaveAttribute("tabindex", "-1");
  });
});

describe("the lists' result counts", () => {
  // Keys chosen at run time: the translator's key types know only literal keys.
  const t = createTranslator({ locale: "pl", messages: messagesFor("pl") }) as unknown as (
    key: string,
    values: { count: number },
  ) => string;
  const counts = [0, 1, 2, 5, 12, 22, 25, 101];
  it.each([
    [
      "directory.found",
      "organizacji",
      [
        "Nie znaleziono organizacji",
        "Znaleziono 1 organizację",
        "Znaleziono 2 organizacje",
        "Znaleziono 5 organizacji",
        "Znaleziono 12 organizacji",
        "Znaleziono 22 organizacje",
        "Znaleziono 25 organizacji",
        "Znaleziono 101 organizacji",
      ],
    ],
    [
      "news.found",
      "aktualności",
      [
        "Nie znaleziono aktualności",
        "Znaleziono 1 aktualność",
        "Znaleziono 2 aktualności",
        "Znaleziono 5 aktualności",
        "Znaleziono 12 aktualności",
        "Znaleziono 22 aktualności",
        "Znaleziono 25 aktualności",
        "Znaleziono 101 aktualności",
      ],
    ],
    [
      "library.found",
      "dokumentów",
      [
        "Nie znaleziono dokumentów",
        "Znaleziono 1 dokument",
        "Znaleziono 2 dokumenty",
        "Znaleziono 5 dokumentów",
        "Znaleziono 12 dokumentów",
        "Znaleziono 22 dokumenty",
        "Znaleziono 25 dokumentów",
        "Znaleziono 101 dokumentów",
      ],
    ],
    [
      "consultations.found",
      "konsultacji",
      [
        "Nie znaleziono konsultacji",
        "Znaleziono 1 konsultację",
        "Znaleziono 2 konsultacje",
        "Znaleziono 5 konsultacji",
        "Znaleziono 12 konsultacji",
        "Znaleziono 22 konsultacje",
        "Znaleziono 25 konsultacji",
        "Znaleziono 101 konsultacji",
      ],
    ],
    [
      "forum.search.found",
      "wpisów",
      [
        "Nie znaleziono wpisów",
        "Znaleziono 1 wpis",
        "Znaleziono 2 wpisy",
        "Znaleziono 5 wpisów",
        "Znaleziono 12 wpisów",
        "Znaleziono 22 wpisy",
        "Znaleziono 25 wpisów",
        "Znaleziono 101 wpisów",
      ],
    ],
  ])("%s uses the Polish forms (%s)", (key, _, expected) => {
    expect(counts.map((count) => t(key, { count }))).toEqual(expected);
  });
});
