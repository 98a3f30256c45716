/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, ...props }: { href: unknown; children: React.ReactNode }) => (
    <a href={typeof href === "string" ? href : JSON.stringify(href)} {...props}>
      {children}
    </a>
  ),
}));

import { OffersList } from "@/components/offers/editor/offers-list";

type Item = Parameters<typeof OffersList>[0]["offers"][number];

const deadline = new Date("2027-01-04T11:00:00Z");
const item = (over: Partial<Item>): Item => ({
  id: "o1",
  kind: "JOINT",
  status: "DRAFT",
  title: "Wolontariat łączy pokolenia",
  submittedAt: null,
  leadOrganisation: { name: "Fundacja Opolskie Centrum Wolontariatu" },
  competition: {
    slug: "k",
    title: "Konkurs 2027",
    offersDeadline: deadline,
    offersOpenAt: new Date("2026-12-01T00:00:00Z"),
    status: "PUBLISHED",
  },
  task: { number: "1", kindName: "Wolontariat" },
  institution: { name: "Gmina", officeName: null },
  institutionName: "Urząd Gminy",
  invitation: false,
  offerors: [{ name: "Fundacja Opolskie Centrum Wolontariatu", state: "LEAD" }],
  requestedGrant: 100_000,
  totalCost: 120_000,
  ...over,
});

describe("an empty list of offers", () => {
  it("shows a member of an organisation the way to the open competitions", () => {
    renderWithIntl(<OffersList offers={[]} now={new Date()} member />);
    expect(screen.getByText(/Twoje organizacje nie mają jeszcze ofert/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Otwarte konkursy ofert" }).getAttribute("href")).toBe("/competitions");
  });

  it("tells someone in no organisation that organisations make offers, and how to join or register one", () => {
    renderWithIntl(<OffersList offers={[]} now={new Date()} member={false} />);
    expect(screen.queryByText(/Twoje organizacje/)).toBeNull();
    expect(screen.getByText(/nie należysz do żadnej/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Znajdź organizację" }).getAttribute("href")).toBe("/organisations");
    expect(screen.getByRole("link", { name: "Zarejestruj organizację" }).getAttribute("href")).toBe(
      "/organisations/register",
    );
  });
});

describe("an invitation in the list", () => {
  it("says first that it waits for the organisation's decision and names the offerors with their part", async () => {
    const { container } = renderWithIntl(
      <OffersList
        offers={[
          item({
            invitation: true,
            requestedGrant: null,
            totalCost: null,
            offerors: [
              { name: "Fundacja Opolskie Centrum Wolontariatu", state: "LEAD" },
              { name: "Fundacja Ekologiczna „Zielona Odra”", state: "INVITED" },
            ],
          }),
        ]}
        now={new Date("2026-12-07T12:00:00Z")}
        member
      />,
    );
    expect(screen.getByText("Zaproszenie czeka na decyzję Twojej organizacji")).toBeTruthy();
    const offerors = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(offerors).toContain("Fundacja Opolskie Centrum Wolontariatu – organizacja wiodąca");
    expect(offerors).toContain("Fundacja Ekologiczna „Zielona Odra” – współoferent, zaproszenie czeka na decyzję");
    expect(screen.queryByText(/koszt całkowity/)).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("is not how an own draft reads: no badge, and a single applicant named alone", () => {
    renderWithIntl(<OffersList offers={[item({ kind: "SINGLE" })]} now={new Date("2026-12-07T12:00:00Z")} member />);
    expect(screen.queryByText(/Zaproszenie czeka/)).toBeNull();
    expect(screen.getByText("Fundacja Opolskie Centrum Wolontariatu")).toBeTruthy();
    expect(screen.getByText(/koszt całkowity/)).toBeTruthy();
  });
});
