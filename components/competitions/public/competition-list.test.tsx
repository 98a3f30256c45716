/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { CompetitionList } from "@/components/competitions/public/competition-list";
import { CompetitionSearchForm } from "@/components/competitions/public/competition-search-form";
import { CompetitionTabs } from "@/components/competitions/public/competition-tabs";
import type { CompetitionListItem } from "@/lib/competitions/list";
import type { Locale } from "@/lib/i18n/locales";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, className }: { href: unknown; children: React.ReactNode; className?: string }) => (
    <a href={typeof href === "string" ? href : JSON.stringify(href)} className={className}>
      {children}
    </a>
  ),
}));
// The search form is Next.js's <Form>, which needs its router; a plain form is the same to the reader.
jest.mock("next/form", () => ({
  __esModule: true,
  default: ({ children, ...props }: React.ComponentProps<"form">) => <form {...props}>{children}</form>,
}));

// 10:00 in Warsaw on 7 December 2026.
const now = new Date("2026-12-07T09:00:00Z");

const items: CompetitionListItem[] = [
  {
    id: "k1",
    slug: "seniorzy-2027",
    title: "Aktywni seniorzy 2027",
    status: "PUBLISHED",
    offersOpenAt: new Date("2026-12-01T08:00:00Z"),
    // 16:00 on 7 December in Warsaw: today is the last day.
    offersDeadline: new Date("2026-12-07T15:00:00Z"),
    totalPool: 32_000_000,
    maxGrantCeiling: 4_000_000,
    institution: { id: "i1", name: "Urząd Marszałkowski", officeName: null },
    spheres: [{ sphere: { id: "s10", code: "10", namePl: "Seniorzy", nameEn: "Seniors", nameDe: "Senioren" } }],
    phase: "OPEN",
  },
  {
    id: "k2",
    slug: "sport-2027",
    title: "Sport 2027",
    status: "PUBLISHED",
    offersOpenAt: new Date("2026-12-20T08:00:00Z"),
    offersDeadline: new Date("2027-01-20T15:00:00Z"),
    totalPool: 1_000_000,
    maxGrantCeiling: null,
    institution: { id: "i2", name: "Gmina Sportowa", officeName: "Urząd Gminy" },
    spheres: [],
    phase: "UPCOMING",
  },
];

const tabs = [
  { phase: "open", label: "Nabór ofert trwa", href: "/konkursy", current: true },
  { phase: "upcoming", label: "Zapowiedziane", href: "/konkursy?phase=upcoming", current: false },
];

function renderList(locale: Locale) {
  return renderWithIntl(
    <main>
      <h1>Konkursy</h1>
      <CompetitionTabs tabs={tabs} />
      <CompetitionSearchForm
        action="/konkursy"
        search={{ phase: "upcoming", amount: "20 000,50" }}
        officeOptions={[{ value: "i1", label: "Urząd Marszałkowski", lang: "pl" }]}
        territories={[]}
        sphereOptions={[]}
        forms={[{ value: "SUPPORT", label: "Wspieranie" }]}
      />
      <CompetitionList items={items} now={now} headingLevel={2} />
    </main>,
    locale,
  );
}

describe("the competitions list", () => {
  it("shows each card's phase in words, the deadline in Polish time and, while open, the days left", () => {
    renderList("pl");
    expect(
      screen.getByText(/Termin składania ofert: 7 grudnia 2026, 16:00 \(czas polski\) \(ostatni dzień\)/),
    ).toBeInTheDocument();
    // An upcoming competition says its deadline but no countdown.
    expect(screen.getByText("Termin składania ofert: 20 stycznia 2027, 16:00 (czas polski)")).toBeInTheDocument();
    expect(screen.getByText("Nabór wkrótce")).toBeInTheDocument();
    expect(screen.getByText(/Łączna kwota środków: 320\s000,00\s+zł/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Nabór ofert trwa" })).toHaveAttribute("aria-current", "page");
  });

  it("keeps the chosen tab and the typed amount in the search form", () => {
    const { container } = renderList("pl");
    expect(container.querySelector('input[type="hidden"][name="phase"]')).toHaveValue("upcoming");
    // Text, as Polish money is typed with spaces and a decimal comma (a number field joined the digits).
    expect(screen.getByLabelText("Dotacja co najmniej (zł)")).toHaveValue("20 000,50");
  });

  it.each(["pl", "en", "de"] as const)("has no axe violation in %s", async (locale) => {
    const { container } = renderList(locale);
    expect(await axeViolations(container)).toEqual([]);
  });
});
