/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { AccountabilitySection } from "@/components/ideas/accountability/accountability-section";
import { accountabilityFigures } from "@/lib/ideas/accountability/figures";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const now = new Date("2027-03-15T11:00:00Z");
const figures = accountabilityFigures(
  [
    {
      publishedAt: new Date("2027-01-01T10:00:00Z"),
      answerDueAt: new Date("2027-01-31T22:59:59Z"),
      firstAnsweredAt: new Date("2027-01-05T10:00:00Z"),
    },
    {
      publishedAt: new Date("2027-01-10T10:00:00Z"),
      answerDueAt: new Date("2027-02-09T22:59:59Z"),
      firstAnsweredAt: null,
    },
  ],
  now,
);
const view = { institutionId: "i".repeat(25), figures, waiting: 3, overdue: 1 };

describe("AccountabilitySection", () => {
  it("gives the figures, a chart described in words and the same numbers in a table", async () => {
    const { container } = renderWithIntl(<AccountabilitySection view={view} />);
    expect(
      screen.getByText("Ostatnie 12 miesięcy (kwiecień 2026 – marzec 2027, bieżący miesiąc włącznie)."),
    ).toBeInTheDocument();
    expect(screen.getByText("4 dni")).toBeInTheDocument();
    expect(screen.getByText("50% (1 z 2)")).toBeInTheDocument();
    expect(screen.getByText("3 wpisy, w tym po terminie: 1")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: /Wpisy, których termin odpowiedzi minął/ })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Wpisy, których termin odpowiedzi minął w danym miesiącu" });
    const february = within(table).getByRole("row", { name: /luty 2027/ });
    expect(
      within(february)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1", "0", "1"]);
    expect(within(table).getAllByRole("row")).toHaveLength(13);
    expect(screen.getByRole("link", { name: "Wszystkie wpisy skierowane do tego urzędu" })).toHaveAttribute(
      "href",
      `/pomysly?office=${"i".repeat(25)}`,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
