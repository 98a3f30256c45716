/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { ForYouList } from "@/components/partnerships/suggestions/for-you-list";
import { SuggestionList } from "@/components/partnerships/suggestions/suggestion-list";
import { defaultWeights, scoreFit } from "@/lib/partnerships/score/combine";
import { explainFit } from "@/lib/partnerships/score/explain";
import { candidateFacts, NYSA, requestFacts } from "@/lib/partnerships/score/test-facts";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  getPathname: jest.requireActual("@/lib/i18n/navigation").getPathname,
  Link: ({ children, href, ...props }: { children: React.ReactNode; href: string | { params: { slug: string } } }) => (
    <a href={typeof href === "string" ? href : `/x/${href.params.slug}`} {...props}>
      {children}
    </a>
  ),
}));

const fit = scoreFit(
  requestFacts({ neededResources: ["EVENT_HALL", "KITCHEN"], requiresPublicBenefit: true }),
  candidateFacts({ seat: NYSA, offeredResources: ["EVENT_HALL"] }),
  defaultWeights,
  new Date("2026-12-06"),
);

describe("the suggestions list", () => {
  it("says the fit in words and in numbers beside the bar, why, and what is not met, with a link to the profile", async () => {
    const { container } = renderWithIntl(
      <SuggestionList
        suggestions={[
          {
            id: "o1",
            slug: "fundacja",
            name: "Fundacja Sala",
            seat: "Nysa",
            explanation: explainFit(fit, "pl", "author", new Map()),
          },
        ]}
      />,
    );
    expect(screen.getByRole("list", { name: "Proponowane organizacje, od najlepiej dopasowanej" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Fundacja Sala" })).toHaveAttribute("href", "/organizacje/fundacja");
    expect(screen.getByText(`${Math.round(fit.score * 100)} na 100`)).toBeInTheDocument();
    expect(screen.getByText(/^Dopasowanie: /)).toBeInTheDocument();
    expect(screen.getByText(/^Oferuje to, czego potrzebujesz: sala na wydarzenia/i)).toBeInTheDocument();
    expect(screen.getByText(/^Niespełnione: .*status organizacji pożytku publicznego/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says plainly when nothing fits", () => {
    renderWithIntl(<SuggestionList suggestions={[]} />, "en");
    expect(screen.getByText(/No organisation open to partnerships fits this request yet/)).toBeInTheDocument();
  });
});

describe("the for-you list", () => {
  it("names each request's author and closing date, in German too", async () => {
    const { container } = renderWithIntl(
      <ForYouList
        entries={[
          {
            id: "r1",
            slug: "festyn",
            title: "Festyn",
            author: "Stowarzyszenie Autor",
            repliesCloseOn: new Date("2027-01-15T00:00:00Z"),
            explanation: explainFit(fit, "de", "candidate", new Map()),
          },
        ]}
      />,
      "de",
    );
    expect(screen.getByRole("link", { name: "Festyn" })).toBeInTheDocument();
    expect(screen.getByText(/Veröffentlicht von Stowarzyszenie Autor/)).toBeInTheDocument();
    expect(screen.getByText(/Antworten bis 15\. Januar 2027/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
