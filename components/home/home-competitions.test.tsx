/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { HomeCompetitions } from "@/components/home/home-competitions";
import type { CompetitionListItem } from "@/lib/competitions/list";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children }: { href: unknown; children: React.ReactNode }) => (
    <a href={typeof href === "string" ? href : JSON.stringify(href)}>{children}</a>
  ),
}));

// 10:00 in Warsaw on 7 December 2026.
const now = new Date("2026-12-07T09:00:00Z");

const competition: CompetitionListItem = {
  id: "k1",
  slug: "seniorzy-2027",
  title: "Aktywni seniorzy 2027",
  status: "PUBLISHED",
  offersOpenAt: new Date("2026-12-01T08:00:00Z"),
  // 16:00 on 9 December in Warsaw.
  offersDeadline: new Date("2026-12-09T15:00:00Z"),
  totalPool: 32_000_000,
  maxGrantCeiling: 4_000_000,
  institution: { id: "i1", name: "Urząd Marszałkowski", officeName: null },
  spheres: [],
  phase: "OPEN",
};

describe("the home page's competitions block", () => {
  it("gives an open competition's office, pool, deadline in Polish time and the calendar days left", async () => {
    const { container } = renderWithIntl(<HomeCompetitions items={[competition]} total={1} now={now} />);
    expect(screen.getByText("zostały 2 dni")).toBeInTheDocument();
    expect(screen.getByText(/Oferty do 9 grudnia 2026, 16:00/)).toBeInTheDocument();
    expect(screen.getByText(/Łączna kwota: 320\s000,00\s+zł/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Wszystkie konkursy ofert (1 z naborem)" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says so when no competition takes offers, and still links to the list", () => {
    renderWithIntl(<HomeCompetitions items={[]} total={0} now={now} />, "de");
    expect(screen.getByText("Derzeit nimmt keine Ausschreibung Angebote an.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Alle Ausschreibungen" })).toBeInTheDocument();
  });
});
