/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { CompetitionAnnouncement } from "@/components/competitions/public/competition-announcement";
import { CompetitionFacts } from "@/components/competitions/public/competition-facts";
import { CompetitionHeader } from "@/components/competitions/public/competition-header";
import { CompetitionResults } from "@/components/competitions/public/competition-results";
import { CompetitionTasks } from "@/components/competitions/public/competition-tasks";
import type { CompetitionPageView } from "@/lib/competitions/page-view";
import type { Locale } from "@/lib/i18n/locales";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, className }: { href: unknown; children: React.ReactNode; className?: string }) => (
    <a href={typeof href === "string" ? href : JSON.stringify(href)} className={className}>
      {children}
    </a>
  ),
}));

// 10:00 in Warsaw on 7 December 2026.
const now = new Date("2026-12-07T09:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const sphere = {
  code: "10",
  namePl: "Działalność na rzecz osób w wieku emerytalnym",
  nameEn: "Seniors",
  nameDe: "Senioren",
};

const competition: CompetitionPageView = {
  id: "k1",
  slug: "seniorzy-2027",
  reference: "DPO-I.524.1.2026",
  title: "Aktywni seniorzy 2027",
  summary: "Konkurs na **wsparcie** aktywności osób starszych.",
  awardRules: "Dotacje przyznaje Zarząd Województwa.",
  implementationTerms: "Zadania realizuje się w 2027 roku.",
  implementationStartsOn: day("2027-02-01"),
  implementationEndsOn: day("2027-12-15"),
  allowedYears: [2027],
  offersOpenAt: new Date("2026-12-01T08:00:00Z"),
  offersDeadline: new Date("2026-12-29T15:00:00Z"),
  selectionProcedure: "Oferty ocenia komisja konkursowa.",
  selectionCriteria: [{ key: "quality", name: "Jakość oferty", maxPoints: 10, onlySupport: false }],
  selectionDueOn: day("2027-01-20"),
  draftBudgetBasis: true,
  minGrant: 500_000,
  maxGrant: 4_000_000,
  minOwnContributionBp: 1000,
  minOwnFinancialBp: null,
  nonFinancialCounts: true,
  maxAdminCostBp: 1000,
  adminCapBase: "TOTAL_COST",
  resultsTableWaived: false,
  jointOffersAllowed: true,
  recipientPaymentsAllowed: false,
  maxOffersPerApplicantPerTask: null,
  confirmationRequired: true,
  confirmationDueAt: null,
  confirmationChannels: ["PAPER", "TRUSTED_PROFILE"],
  contactName: "Anna Urzędniczka",
  contactEmail: "konkursy@urzad.example",
  contactPhone: "77 541 60 00",
  status: "PUBLISHED",
  publishedAt: new Date("2026-11-30T08:00:00Z"),
  totalPool: 20_000_000,
  institution: { id: "i1", name: "Województwo Opolskie", officeName: "Urząd Marszałkowski", slug: "umwo" },
  spheres: [{ sphere: { id: "s10", ...sphere } }],
  territories: [],
  tasks: [
    {
      id: "t1",
      number: "1",
      kindName: "Wspieranie aktywności osób starszych",
      description: "",
      form: "SUPPORT",
      pool: 20_000_000,
      minGrant: null,
      maxGrant: 3_000_000,
      minOwnContributionBp: null,
      maxAdminCostBp: null,
      startsOn: null,
      endsOn: null,
      status: "OPEN",
      sphere,
      history: [{ id: "h1", year: 2026, label: "Seniorzy 2026", costs: 12_000_000, grants: 9_300_000, computed: true }],
      awards: [],
    },
  ],
  publications: [
    { channel: "BIP", publishedOn: day("2026-11-30"), url: "https://bip.example/1", note: null },
    { channel: "NOTICE_BOARD", publishedOn: day("2026-11-30"), url: null, note: null },
    { channel: "WEBSITE", publishedOn: day("2026-12-01"), url: null, note: null },
  ],
  deadlineChanges: [
    {
      id: "d1",
      previousDeadline: new Date("2026-12-22T15:00:00Z"),
      newDeadline: new Date("2026-12-29T15:00:00Z"),
      reason: "Przedłużenie na prośbę organizacji.",
      actReference: "Uchwała nr 123/2026",
      createdAt: new Date("2026-12-05T10:00:00Z"),
      document: { id: "doc2", title: "Uchwała o przedłużeniu" },
    },
  ],
  documents: [{ id: "doc1", title: "Regulamin konkursu", kind: "REGULATIONS", file: { kind: "pdf", size: 204_800 } }],
  attachmentRequirements: [
    { id: "a1", label: "Statut", description: null, required: true, perApplicant: true, condition: "NOT_IN_KRS" },
  ],
  commissionCall: { opensAt: new Date("2026-12-01T08:00:00Z"), closesAt: new Date("2026-12-20T15:00:00Z") },
  _count: { questions: 2 },
  phase: "OPEN",
  answeredQuestions: 2,
};

function renderPage(locale: Locale) {
  return renderWithIntl(
    <main>
      <CompetitionHeader competition={competition} now={now} />
      <CompetitionTasks competition={competition} />
      <CompetitionAnnouncement competition={competition} />
      <CompetitionFacts competition={competition} />
    </main>,
    locale,
  );
}

describe("a competition's public page", () => {
  it("says the deadline in Polish time with the days left, the task's limits and last year's amounts", () => {
    renderPage("pl");
    expect(screen.getByText(/Termin składania ofert: 29 grudnia 2026, 16:00 \(czas polski\)/)).toBeInTheDocument();
    expect(screen.getByText(/zostały 22 dni/)).toBeInTheDocument();
    expect(screen.getByText(/^od 5\s?000,00\s+zł do 30\s000,00\s+zł$/)).toBeInTheDocument();
    const history = screen.getByRole("table", { name: /Zadania tego samego rodzaju/ });
    expect(within(history).getByText(/93\s000,00\s+zł/)).toBeInTheDocument();
    // The task takes the competition's cap (it sets none of its own): said at the task and with the parameters.
    expect(screen.getAllByText("najwyżej 10% całkowitego kosztu zadania")).toHaveLength(2);
    expect(screen.getByRole("link", { name: "Uchwała o przedłużeniu" })).toHaveAttribute(
      "href",
      "/api/competitions/k1/documents/doc2",
    );
    expect(screen.getByRole("link", { name: "Pytania i odpowiedzi (2 odpowiedzi)" })).toBeInTheDocument();
    // An adverb, as the office's attachment names have any gender ("Pełnomocnictwo", "Statut", "Umowa").
    expect(screen.getByText("Statut").closest("li")).toHaveTextContent(
      "Statut – obowiązkowo, gdy oferent nie jest w KRS, od każdego oferenta",
    );
  });

  it("shows a decided competition's results: who got how much in each task", async () => {
    const task = competition.tasks[0]!;
    const decided: CompetitionPageView = {
      ...competition,
      status: "DECIDED",
      phase: "DECIDED",
      tasks: [
        {
          ...task,
          awards: [
            {
              id: "w1",
              recipientName: "Fundacja Seniorów",
              amount: 2_500_050,
              organisation: { slug: "fundacja-seniorow" },
            },
            { id: "w2", recipientName: "Koło Gospodyń Wiejskich", amount: 1_000_000, organisation: null },
          ],
        },
      ],
    };
    const { container } = renderWithIntl(<CompetitionResults competition={decided} />, "pl");
    expect(screen.getByRole("heading", { name: "Wyniki konkursu" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Przyznane dotacje – zadanie 1" });
    expect(within(table).getByRole("link", { name: "Fundacja Seniorów" })).toBeInTheDocument();
    expect(within(table).getByText(/25\s000,50\s+zł/)).toBeInTheDocument();
    expect(within(table).getByText("Koło Gospodyń Wiejskich")).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says a decided competition without awards on the platform has no results here yet, and an open one shows none", () => {
    const { unmount } = renderWithIntl(
      <CompetitionResults competition={{ ...competition, status: "DECIDED", phase: "DECIDED" }} />,
      "pl",
    );
    expect(screen.getByText("Urząd nie opublikował jeszcze wyników na platformie.")).toBeInTheDocument();
    unmount();
    const { container } = renderWithIntl(<CompetitionResults competition={competition} />, "pl");
    expect(container).toBeEmptyDOMElement();
  });

  it.each(["pl", "en", "de"] as const)("has no axe violation in %s", async (locale) => {
    const { container } = renderPage(locale);
    expect(await axeViolations(container)).toEqual([]);
  });
});
