/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { PublicPartnerships } from "@/components/partnerships/interests/public-partnerships";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children }: { href: { pathname: string; params: { slug: string } }; children: ReactNode }) => (
    <a href={`${href.pathname}:${href.params.slug}`}>{children}</a>
  ),
}));

describe("PublicPartnerships", () => {
  it("names each partner and the request, linking both, and a hidden request only by name", async () => {
    const { container } = renderWithIntl(
      <PublicPartnerships
        partnerships={[
          {
            id: "p1",
            status: "FORMED",
            formedAt: new Date("2027-01-05T10:00:00Z"),
            title: "Kuchnia dla seniorów",
            slug: "kuchnia",
            partner: { kind: "organisation", id: "o", name: "Fundacja A", slug: "fundacja-a" },
          },
          {
            id: "p2",
            status: "COMPLETED",
            formedAt: new Date("2026-05-05T10:00:00Z"),
            title: null,
            slug: null,
            partner: { kind: "institution", id: "i", name: "Urząd Gminy B", slug: "gmina-b" },
          },
        ]}
      />,
      "en",
    );
    expect(screen.getByRole("heading", { name: "Partnerships on the platform" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Fundacja A" })).toHaveAttribute(
      "href",
      "/organisations/[slug]:fundacja-a",
    );
    expect(screen.getByRole("link", { name: "Urząd Gminy B" })).toHaveAttribute("href", "/institutions/[slug]:gmina-b");
    expect(screen.getByRole("link", { name: "Kuchnia dla seniorów" })).toHaveAttribute(
      "href",
      "/partnerships/[slug]:kuchnia",
    );
    // A hidden request's title is not shown at all: it may be why it was hidden.
    expect(screen.getByText("a request hidden by a moderator")).toBeInTheDocument();
    expect(screen.getByText(/^Completed/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
