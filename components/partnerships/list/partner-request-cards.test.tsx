/** @jest-environment jsdom */
// A card says what a reader needs to decide whether to open the request, in
// words (days left, interest count), and the list's filter form labels every
// field; both pass axe's WCAG 2.1 A/AA rules.
import { screen, within } from "@testing-library/react";
import { PartnerRequestCards } from "@/components/partnerships/list/partner-request-cards";
import { PartnerRequestFilters } from "@/components/partnerships/list/partner-request-filters";
import type { PartnerRequestCard } from "@/lib/partnerships/list/page-view";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("next/form", () => ({
  __esModule: true,
  default: ({ children, ...props }: React.FormHTMLAttributes<HTMLFormElement>) => <form {...props}>{children}</form>,
}));

const card: PartnerRequestCard = {
  id: "cmrequest000000000000001",
  slug: "kuchnia-dla-seniorow",
  title: "Kuchnia dla seniorów w Opolu",
  author: { kind: "organisation", slug: "fundacja-x", name: "Fundacja Świetlic Wiejskich" },
  roles: ["VOLUNTEERS", "CO_APPLICANT"],
  spheres: ["pomoc społeczna"],
  territories: [{ name: "Opole", kind: "URBAN_GMINA" }],
  radiusKm: 25,
  repliesCloseOn: new Date("2027-02-15T00:00:00Z"),
  daysLeft: 3,
  neededCompetences: ["WORK_WITH_SENIORS", "FUNDRAISING", "CARE_SERVICES", "NO_LONGER_A_CODE"],
  neededResources: ["KITCHEN", "MINIBUS"],
  interestCount: 0,
  maxPartners: 2,
};

describe("the partner requests' cards", () => {
  it("names the request, the party, roles, area, closing date with days left and needs, in Polish", async () => {
    const { container } = renderWithIntl(<PartnerRequestCards cards={[card]} />);
    const item = screen.getByRole("listitem");
    expect(within(item).getByRole("link", { name: "Kuchnia dla seniorów w Opolu" })).toHaveAttribute(
      "href",
      "/partnerstwa/kuchnia-dla-seniorow",
    );
    expect(within(item).getByRole("link", { name: "Fundacja Świetlic Wiejskich" })).toHaveAttribute(
      "href",
      "/organizacje/fundacja-x",
    );
    expect(item).toHaveTextContent("Zgłasza: Fundacja Świetlic Wiejskich");
    expect(item).toHaveTextContent("wolontariusze, współwnioskodawca oferty wspólnej");
    expect(item).toHaveTextContent("Opole, do 25 km od siedziby zgłaszającego");
    expect(item).toHaveTextContent("Odpowiedzi do 15 lutego 2027 (zostały 3 dni)");
    // Four needs named (an unknown code left out), the fifth counted.
    expect(item).toHaveTextContent("i 1 inna potrzeba");
    expect(item).not.toHaveTextContent("NO_LONGER_A_CODE");
    expect(item).toHaveTextContent("Nikt jeszcze nie zgłosił zainteresowania · szukanych 2 partnerów");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("speaks English and German, names an office, and one gone from the platform without a link", () => {
    const office = { ...card, author: { kind: "institution" as const, slug: "ug-kanaly", name: "Urząd Gminy" } };
    const { unmount } = renderWithIntl(
      <PartnerRequestCards cards={[{ ...office, daysLeft: 0, interestCount: 4 }]} />,
      "en",
    );
    expect(screen.getByRole("link", { name: "Urząd Gminy" })).toHaveAttribute("href", "/en/institutions/ug-kanaly");
    expect(screen.getByRole("listitem")).toHaveTextContent(/Replies close on .*2027 \(last day\)/);
    expect(screen.getByRole("listitem")).toHaveTextContent("4 expressions of interest");
    unmount();
    // A powiat and the voivodeship are said in German around their Polish names, only the names marked Polish.
    const inGerman = renderWithIntl(
      <PartnerRequestCards
        cards={[
          {
            ...card,
            radiusKm: null,
            territories: [
              { name: "nyski", kind: "POWIAT" },
              { name: "OPOLSKIE", kind: "VOIVODESHIP" },
            ],
          },
        ]}
      />,
      "de",
    );
    expect(screen.getByRole("listitem")).toHaveTextContent("Powiat nyski, Woiwodschaft Opolskie");
    expect(screen.getByText("nyski")).toHaveAttribute("lang", "pl");
    expect(screen.getByText("nyski").closest("dd")).not.toHaveAttribute("lang");
    inGerman.unmount();
    renderWithIntl(<PartnerRequestCards cards={[{ ...card, author: null, territories: [], radiusKm: null }]} />, "de");
    const item = screen.getByRole("listitem");
    expect(item).toHaveTextContent("Anfrage von nicht mehr auf der Plattform");
    expect(item).toHaveTextContent("die ganze Region");
    expect(within(item).getAllByRole("link")).toHaveLength(1);
  });
});

describe("the list's filter form", () => {
  it("labels every field, explains the territory and keeps the search", async () => {
    const { container } = renderWithIntl(
      <PartnerRequestFilters
        action="/partnerstwa"
        search={{ filters: { role: "EXPERTISE", territory: "1607053", q: "kuchnia" }, sort: "relevance", page: 1 }}
        spheres={[{ value: "udpp-4-1-1", label: "1. pomoc społeczna" }]}
        territories={[{ value: "1607053", label: "Nysa (pow. nyski)", lang: "pl" }]}
      />,
    );
    const form = screen.getByRole("search", { name: "Szukaj zapytań" });
    expect(within(form).getByLabelText("Szukana rola partnera")).toHaveValue("EXPERTISE");
    expect(within(form).getByLabelText("Gmina lub powiat")).toHaveValue("1607053");
    expect(within(form).getByLabelText("Gmina lub powiat")).toHaveAccessibleDescription(
      expect.stringContaining("w całym regionie"),
    );
    expect(within(form).getByLabelText("Słowa z tytułu, opisu inicjatywy lub naboru")).toHaveValue("kuchnia");
    expect(within(form).getByLabelText("Kolejność")).toHaveValue("relevance");
    expect(within(form).getByRole("option", { name: "forma prawna: fundacja" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
