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
  ])("%s uses the Polish forms (%s)", (key, _, expected) => {
    expect(counts.map((count) => t(key, { count }))).toEqual(expected);
  });

  // A thread title found with no post in it is a result too: the line names both.
  it.each([
    ["pl", 1, 0, "Znaleziono 1 wątek i 0 wpisów"],
    ["pl", 2, 22, "Znaleziono 2 wątki i 22 wpisy"],
    ["pl", 5, 1, "Znaleziono 5 wątków i 1 wpis"],
    ["pl", 0, 500, "Znaleziono 0 wątków i ponad 500 wpisów"],
    ["en", 1, 0, "Found 1 thread and 0 posts"],
    ["en", 3, 1, "Found 3 threads and 1 post"],
    ["de", 1, 0, "1 Thema und 0 Beiträge gefunden"],
    ["de", 2, 1, "2 Themen und 1 Beitrag gefunden"],
  ] as const)("forum.search.found in %s: %i threads, %i posts", (locale, threads, posts, expected) => {
    const translate = createTranslator({ locale, messages: messagesFor(locale) });
    const postsMore = posts === 500 ? "true" : "false";
    expect(translate("forum.search.found", { threads, threadsMore: "false", posts, postsMore })).toBe(expected);
  });
});
