/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { PublicationSection, TaskDecisionSection } from "@/components/competitions/decision/decision-sections";
import { ReasonsList } from "@/components/competitions/decision/reasons-list";
import { ResultsPublication, ResultsTables } from "@/components/competitions/results/results-tables";
import type { DecisionPageView } from "@/lib/competitions/decision/queries";
import type { ResultsView } from "@/lib/competitions/decision/results-view";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/competitions/decision/actions", () => ({}));
jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ children, href, ...props }: { children: React.ReactNode; href: { pathname: string } }) => (
    <a href={href.pathname} {...props}>
      {children}
    </a>
  ),
}));

const offer = (id: string, formal: "COMPLETE" | "REJECTED" | "PENDING", extra: object = {}) => ({
  id,
  title: `Oferta ${id}`,
  applicants: [`Fundacja ${id}`],
  requested: 3_000_000,
  shortChecksum: "abcd-ef01-2345",
  formal,
  rejectionReason: formal === "REJECTED" ? "Po terminie." : null,
  proposed: formal === "COMPLETE" ? 2_500_000 : null,
  cutReason: formal === "COMPLETE" ? "Koszty zawyżone." : null,
  recommended: true,
  opinion: "",
  decision: null,
  ...extra,
});

const view = (overrides: Partial<DecisionPageView> = {}): DecisionPageView => ({
  id: "k1",
  slug: "konkurs",
  title: "Konkurs testowy",
  status: "PUBLISHED",
  deadlinePassed: true,
  resultsPublishedAt: null,
  commissionClosed: true,
  settings: { acceptanceDays: 7, reasonsAnswerDays: 14, resultsListUnfunded: true },
  notices: [],
  tasks: [
    {
      id: "t1",
      number: "1",
      kindName: "Wspieranie seniorów",
      pool: 5_000_000,
      decision: null,
      offers: [offer("a", "COMPLETE"), offer("b", "REJECTED")],
    },
    { id: "t2", number: "2", kindName: "Kultura", pool: 1_000_000, decision: null, offers: [] },
  ],
  today: "2026-12-07",
  requests: [],
  decidedOffers: [],
  ...overrides,
});

describe("the office's decision page", () => {
  it("offers the decision form for the admitted offers and the annulment for a task without offers", async () => {
    const page = view();
    const { container } = renderWithIntl(
      <>
        {page.tasks.map((task) => (
          <TaskDecisionSection key={task.id} view={page} task={task} />
        ))}
        <PublicationSection view={page} />
      </>,
    );
    expect(screen.getByRole("group", { name: /Oferta a/ })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: /Oferta b/ })).toBeNull();
    expect(screen.getByText("Na to zadanie nie złożono żadnej oferty.")).toBeInTheDocument();
    expect(screen.getByText(/Nierozstrzygnięte zadania: 1, 2/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("waits for the formal check before any decision form", () => {
    const page = view();
    const task = { ...page.tasks[0]!, offers: [offer("a", "COMPLETE"), offer("c", "PENDING")] };
    renderWithIntl(<TaskDecisionSection view={page} task={task} />);
    expect(screen.getByText(/Ocena formalna części ofert nie jest zakończona/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Zapisz rozstrzygnięcie zadania" })).toBeNull();
  });

  it("after publication shows the notice's channel days and the requests with their answer forms", async () => {
    const page = view({
      status: "DECIDED",
      resultsPublishedAt: new Date("2026-12-07T10:00:00Z"),
      notices: [
        {
          id: "n1",
          kind: "RESULTS",
          publishedAt: new Date("2026-12-07T10:00:00Z"),
          bipOn: "2026-12-07",
          noticeBoardOn: null,
          websiteOn: null,
          bipUrl: null,
        },
      ],
      requests: [
        {
          id: "r1",
          body: "Dlaczego?",
          receivedAt: new Date("2026-12-08T10:00:00Z"),
          requesterName: "Jan Kowalski",
          requesterEmail: "jan@example.org",
          state: "RECEIVED",
          answer: null,
          answeredAt: null,
          answerDueOn: "2026-12-22",
          offer: { title: "Oferta a" },
        },
      ],
    });
    const { container } = renderWithIntl(
      <>
        <PublicationSection view={page} />
        <ReasonsList view={page} />
      </>,
    );
    expect(screen.getByLabelText("Biuletyn Informacji Publicznej")).toHaveValue("2026-12-07");
    expect(screen.getByText(/Odpowiedź planowana do 22 grudnia 2026/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Wyślij odpowiedź" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("the published results", () => {
  const results: ResultsView = {
    id: "k1",
    slug: "konkurs",
    title: "Konkurs testowy",
    reference: null,
    status: "DECIDED",
    institution: { name: "Urząd", officeName: null, slug: "urzad" },
    resultsPublishedAt: new Date("2026-12-07T10:00:00Z"),
    notices: [
      {
        id: "n1",
        kind: "RESULTS",
        publishedAt: new Date("2026-12-07T10:00:00Z"),
        bipOn: null,
        noticeBoardOn: null,
        websiteOn: null,
        bipUrl: null,
        note: null,
      },
    ],
    reasonsUntil: new Date("2027-01-06T23:00:00Z"),
    reasonsDays: 30,
    tasks: [
      {
        id: "t1",
        number: "1",
        kindName: "Wspieranie seniorów",
        form: "SUPPORT",
        pool: 5_000_000,
        outcome: "FUNDED",
        annulmentGround: null,
        reason: null,
        awards: [
          {
            id: "w1",
            recipientName: "Fundacja A",
            organisationSlug: "fundacja-a",
            krs: null,
            coApplicants: [{ name: "Klub B", slug: "klub-b" }],
            offerTitle: "Oferta a",
            amount: 2_500_000,
            status: "ACCEPTANCE_PENDING",
          },
        ],
        unfunded: [
          {
            offerId: "o2",
            outcome: "REJECTED_FORMAL",
            title: "Oferta b",
            applicants: [{ name: "Fundacja B" }],
          },
        ],
      },
      {
        id: "t2",
        number: "2",
        kindName: "Kultura",
        form: "SUPPORT",
        pool: 1_000_000,
        outcome: "ANNULLED",
        annulmentGround: "NO_OFFERS",
        reason: "Brak ofert.",
        awards: [],
        unfunded: [],
      },
    ],
  };

  it("lists who got how much, the offers not funded, the annulled task's ground and the reasons window", async () => {
    const { container } = renderWithIntl(
      <>
        <ResultsTables results={results} />
        <ResultsPublication results={results} />
      </>,
    );
    const awards = screen.getByRole("table", { name: "Dotacje przyznane w zadaniu 1" });
    expect(awards).toHaveTextContent(/Fundacja A.*Klub B.*Oferta a.*25\s000,00/);
    expect(screen.getByRole("table", { name: "Oferty bez dotacji w zadaniu 1" })).toHaveTextContent(
      "Odrzucona z przyczyn formalnych",
    );
    expect(screen.getByText(/nie złożono żadnej oferty \(art\. 18a ust\. 1 pkt 1\)/)).toBeInTheDocument();
    expect(screen.getByText(/do 6 stycznia 2027 włącznie/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Ogłoszenie (PDF)" })).toHaveAttribute(
      "href",
      "/api/competitions/k1/results-notice?notice=n1&format=pdf",
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
