/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { PartnerRequestDetails } from "@/components/partnerships/requests/partner-request-details";
import { PartnerRequestHeader } from "@/components/partnerships/requests/partner-request-header";
import { PartnerRequestStateNotice } from "@/components/partnerships/requests/partner-request-state-notice";
import type { PartnerRequestPageView } from "@/lib/partnerships/requests/page-view";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children }: { href: { pathname: string; params: { slug: string } }; children: ReactNode }) => (
    <a href={`${href.pathname.replace("[slug]", href.params.slug)}`}>{children}</a>
  ),
}));

const view: PartnerRequestPageView = {
  id: "r1",
  slug: "bezpieczne-wakacje-partnerzy-gminy",
  title: "Bezpieczne wakacje 2027",
  initiativeHtml: "<p>Pokazy pierwszej pomocy nad wodą.</p>",
  call: { name: "Otwarty konkurs ofert", url: "https://bip.example.org/konkurs" },
  roles: ["ACTION_PARTNER", "VOLUNTEERS"],
  partnerKinds: { legalForms: ["FOUNDATION"], requiresPublicBenefit: true, welcomesLocalGovernment: true },
  spheres: [{ id: "s23", code: "23", name: "Ratownictwo i ochrona ludności" }],
  area: { kind: "radius", radiusKm: 30, from: { name: "OPOLSKIE", kind: "VOIVODESHIP" } },
  needs: { competences: ["RESCUE_AND_SAFETY"], resources: ["VOLUNTEERS"] },
  offers: { competences: ["PROMOTION_AND_MEDIA"], resources: [] },
  partnerGives: "Cztery dni pokazów.",
  partnerGets: "Dofinansowanie i promocję.",
  budget: { sharePercent: 20, note: null },
  timeline: { startsOn: "2027-07-01", endsOn: "2027-08-31", note: null },
  repliesCloseOn: "2027-01-20",
  daysLeft: 5,
  maxPartners: 6,
  interestCount: 3,
  acceptedCount: 1,
  status: "OPEN",
  statusChangedAt: new Date("2026-12-01T10:00:00Z"),
  closingNote: null,
  listed: true,
  visibility: "PUBLISHED",
  party: {
    kind: "institution",
    name: "Urząd Marszałkowski Województwa Opolskiego",
    slug: "umwo",
    seat: { name: "OPOLSKIE", kind: "VOIVODESHIP" },
  },
  withheld: null,
  change: null,
  rules: { maxReplyDays: 90, since: "2026-12-01", latestRenewal: "2027-03-06", today: "2026-12-06" },
  interestFacts: {
    id: "r1",
    slug: "bezpieczne-wakacje-partnerzy-gminy",
    status: "OPEN",
    visibility: "PUBLISHED",
    repliesCloseOn: new Date("2027-01-20T00:00:00Z"),
    welcomesLocalGovernment: true,
    organisationId: null,
    institutionId: "umwo-id",
    neededCompetences: ["RESCUE_AND_SAFETY"],
    neededResources: ["VOLUNTEERS"],
  },
  viewer: { signedIn: false, ofParty: false, mayEdit: false, moderates: false, shown: null },
};

const page = (shown: PartnerRequestPageView, locale: "pl" | "en" | "de" = "pl") =>
  renderWithIntl(
    <>
      <PartnerRequestStateNotice view={shown} />
      <PartnerRequestHeader view={shown} />
      <PartnerRequestDetails view={shown} />
    </>,
    locale,
  );

jest.setTimeout(30_000);

describe("a partner request's page", () => {
  it("says what is sought in the reader's language, with status in words and days left, without WCAG violations", async () => {
    const { container } = page(view, "en");
    expect(await axeViolations(container)).toEqual([]);
    expect(screen.getByRole("heading", { level: 1, name: "Bezpieczne wakacje 2027" })).toBeInTheDocument();
    expect(screen.getByText("Open – taking interest")).toBeInTheDocument();
    expect(screen.getByText(/5 days left/)).toBeInTheDocument();
    expect(screen.getByText("6 partners, accepted so far: 1")).toBeInTheDocument();
    expect(screen.getByText("3 so far")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Urząd Marszałkowski Województwa Opolskiego" })).toHaveAttribute(
      "href",
      "/institutions/umwo",
    );
    for (const text of [
      "partner carrying out an action",
      "with public-benefit status (OPP)",
      "rescue and safety",
      "The partner's share of the budget: 20%.",
    ])
      expect(screen.getByText(text, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/Within 30 km of the seat/)).toBeInTheDocument();
  });

  it("says the kind of each place in the reader's language, keeping only the register's name Polish", () => {
    const inPowiats = {
      ...view,
      area: {
        kind: "territories" as const,
        territories: [
          { code: "1609", name: "opolski", kind: "POWIAT" as const },
          { code: "1661011", name: "Opole", kind: "URBAN_GMINA" as const },
        ],
      },
    };
    const { container, unmount } = page(view, "en");
    expect(container).toHaveTextContent("Urząd Marszałkowski Województwa Opolskiego (Opolskie Voivodeship)");
    expect(container).toHaveTextContent("Within 30 km of the seat (Opolskie Voivodeship).");
    expect(container).not.toHaveTextContent(/województwo/);
    const name = screen.getAllByText("Opolskie")[0]!;
    expect(name).toHaveAttribute("lang", "pl");
    expect(name.parentElement!.closest("[lang=pl]")).toBeNull();
    unmount();
    const german = page(inPowiats, "de");
    expect(german.container).toHaveTextContent("(Woiwodschaft Opolskie)");
    const area = screen.getByRole("heading", { name: "Gebiet" }).nextElementSibling as HTMLElement;
    expect(
      within(area)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Powiat opolski", "Opole"]);
    german.unmount();
    const polish = page(inPowiats, "pl");
    expect(polish.container).toHaveTextContent("(województwo opolskie)");
    expect(polish.container).toHaveTextContent("powiat opolski");
  });

  it("tells the party why its request is hidden, and everyone that an expired one takes no interest", async () => {
    page({
      ...view,
      visibility: "HIDDEN",
      withheld: { reason: "Reklama." },
      viewer: { ...view.viewer, ofParty: true },
    });
    expect(screen.getByText("Zapytanie ukryte przez moderację")).toBeInTheDocument();
    expect(screen.getByText("Reklama.")).toBeInTheDocument();
    page({ ...view, status: "EXPIRED", daysLeft: 0 });
    expect(screen.getByText(/Zapytanie wygasło/)).toBeInTheDocument();
    expect(screen.getByText(/Termin zgłoszeń minął. Zapytanie nie przyjmuje/)).toBeInTheDocument();
  });

  it("tells the party that its request or its change waits for the moderators, or why a change was refused", () => {
    const party = { ...view.viewer, ofParty: true };
    page({ ...view, visibility: "PENDING", withheld: { reason: null }, viewer: party });
    expect(screen.getByText("Zapytanie czeka na moderację")).toBeInTheDocument();
    page({ ...view, change: { waiting: true, heldClosingNote: null, rejectedNote: null }, viewer: party });
    expect(screen.getByText("Zmiany czekają na moderację")).toBeInTheDocument();
    expect(screen.getByText(/Wszyscy widzą poprzednią treść zapytania/)).toBeInTheDocument();
    page({
      ...view,
      change: { waiting: false, heldClosingNote: null, rejectedNote: "Słowa obraźliwe w opisie." },
      viewer: party,
    });
    expect(screen.getByText("Moderacja odrzuciła ostatnie zmiany")).toBeInTheDocument();
    expect(screen.getByText("Słowa obraźliwe w opisie.")).toBeInTheDocument();
  });

  it("tells the party that its closing note waits for the moderators, with the note, in its own words", () => {
    const party = { ...view.viewer, ofParty: true };
    const note = "Dziękujemy wszystkim, partnerzy są już wybrani.";
    const { container } = page(
      {
        ...view,
        status: "CLOSED",
        change: { waiting: false, heldClosingNote: note, rejectedNote: null },
        viewer: party,
      },
      "en",
    );
    expect(screen.getByText("Your closing note waits for the moderators")).toBeInTheDocument();
    expect(screen.getByText(note)).toHaveAttribute("lang", "pl");
    expect(container).toHaveTextContent("were told of the closing without it");
    expect(container).not.toHaveTextContent("Your changes wait");
  });
});
