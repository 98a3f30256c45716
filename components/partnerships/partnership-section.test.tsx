/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { PartnershipSection } from "@/components/partnerships/partnership-section";
import type { PartnershipSection as Section } from "@/lib/partnerships/profile/section-view";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children }: { href: { params: { slug: string } }; children: ReactNode }) => (
    <a href={`/organizacje/${href.params.slug}`}>{children}</a>
  ),
}));

const section: Section = {
  openToPartnerships: true,
  offers: { competences: ["TRANSLATION_GERMAN"], resources: ["EVENT_HALL", "KITCHEN"] },
  needs: { competences: [], resources: ["MINIBUS"] },
  languages: [
    { code: "de", name: "niemiecki" },
    { code: "pl", name: "polski" },
  ],
  tags: ["mniejszość niemiecka"],
  formed: [],
  pastProjects: [
    {
      id: "p1",
      title: "Dni Kultury Niemieckiej",
      years: { from: 2022, to: 2024 },
      description: "Koncerty i warsztaty.",
      partners: [
        { name: "Gmina Dobrodzień", slug: null },
        { name: "Fundacja Opolskie Centrum Wolontariatu", slug: "opolskie-centrum-wolontariatu" },
      ],
    },
    { id: "p2", title: "Wigilia sąsiedzka", years: { from: 2021, to: 2021 }, description: null, partners: [] },
  ],
};

describe("PartnershipSection", () => {
  it("marks an organisation open to partnerships and shows offers, needs and projects under their headings", async () => {
    const { container } = renderWithIntl(<PartnershipSection section={section} />);
    const region = screen.getByRole("region", { name: "Partnerstwa" });
    expect(region).toHaveTextContent("Otwarta na partnerstwa");
    expect(screen.getByRole("heading", { level: 3, name: "Oferuje partnerom" })).toBeInTheDocument();
    expect(screen.getByText("kuchnia")).toBeInTheDocument();
    expect(screen.getByText("bus lub mikrobus")).toBeInTheDocument();
    expect(screen.getByText("(2022–2024)")).toBeInTheDocument();
    expect(screen.getByText("(2021)")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Fundacja Opolskie Centrum Wolontariatu" })).toHaveAttribute(
      "href",
      "/organizacje/opolskie-centrum-wolontariatu",
    );
    expect(within(region).queryByRole("link", { name: "Gmina Dobrodzień" })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says so when the organisation is not looking for partners, and leaves out empty parts", () => {
    renderWithIntl(
      <PartnershipSection
        section={{ ...section, openToPartnerships: false, needs: { competences: [], resources: [] }, pastProjects: [] }}
      />,
    );
    expect(screen.getByText("Obecnie nie szuka partnerów")).toBeInTheDocument();
    expect(screen.queryByText(/Otwarta na partnerstwa/)).toBeNull();
    expect(screen.queryByRole("heading", { name: "Szuka u partnerów" })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Zrealizowane projekty z partnerami" })).toBeNull();
  });
});
