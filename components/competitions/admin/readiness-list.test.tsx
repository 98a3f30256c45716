/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { ReadinessList } from "@/components/competitions/admin/readiness-list";
import type { ReadinessProblem } from "@/lib/competitions/publication-rules";
import { locales } from "@/lib/i18n/locales";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const problems: ReadinessProblem[] = [
  { code: "FIELD_MISSING", severity: "error", values: { field: "awardRules" } },
  { code: "PUBLICATION_MISSING", severity: "error", values: { channel: "NOTICE_BOARD" } },
  {
    code: "DEADLINE_TOO_EARLY",
    severity: "error",
    values: { earliest: "2027-04-01", lastPublication: "2027-03-11", minDays: 21 },
  },
  { code: "DEADLINE_ON_DAY_OFF", severity: "warning", values: { day: "2027-04-04" } },
];

describe("what stands in the way of publishing", () => {
  it("names each problem in words, with the field, the channel and the days, errors apart from warnings", () => {
    renderWithIntl(<ReadinessList problems={problems} />);
    expect(screen.getByText("Nie można jeszcze opublikować ogłoszenia:")).toBeInTheDocument();
    expect(screen.getByText("Brakuje pola „Zasady przyznawania dotacji”.")).toBeInTheDocument();
    expect(screen.getByText("Brak daty publikacji: Tablica ogłoszeń urzędu.")).toBeInTheDocument();
    // Plainly, with the number of days, and the way to the field.
    expect(
      screen.getByText(
        "Termin składania ofert musi przypadać najwcześniej 1 kwietnia 2027 (21 dni od ostatniej publikacji, 11 marca 2027; art. 13 ust. 1).",
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zmień termin" })).toHaveAttribute("href", "#competition-offersDeadline");
    expect(screen.getByText("Zwróć uwagę:")).toBeInTheDocument();
    expect(screen.getByText(/w dzień wolny od pracy \(4 kwietnia 2027\)/)).toBeInTheDocument();
  });

  it("says the announcement may be published when only warnings are left", () => {
    renderWithIntl(<ReadinessList problems={problems.slice(3)} />);
    expect(screen.getByText(/^Ogłoszenie zawiera wszystko/)).toBeInTheDocument();
    expect(screen.queryByText("Nie można jeszcze opublikować ogłoszenia:")).toBeNull();
  });

  it.each(locales)("is complete and accessible in %s", async (locale) => {
    const { container } = renderWithIntl(<ReadinessList problems={problems} />, locale);
    expect(container.textContent).not.toMatch(/competitionsAdmin|\{/);
    expect(await axeViolations(container)).toEqual([]);
  });
});
