/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { IdeaFeedLinks } from "@/components/ideas/idea-feed-links";
import { OfficeExportLinks } from "@/components/ideas/office-export-links";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

describe("IdeaFeedLinks", () => {
  it("links the whole board's feeds in the page's language", async () => {
    const { container } = renderWithIntl(<IdeaFeedLinks query="" locale="de" />);
    expect(screen.getByText("Subskrybuj wpisy:")).toBeVisible();
    expect(screen.getByRole("link", { name: "Kanał RSS" })).toHaveAttribute("href", "/api/ideas/rss?locale=de");
    expect(screen.getByRole("link", { name: "Kanał Atom" })).toHaveAttribute("href", "/api/ideas/atom?locale=de");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("narrows the feeds as the list is filtered", () => {
    renderWithIntl(<IdeaFeedLinks query="?kind=NEED&q=%C5%9Bwietlica" locale="pl" />);
    expect(screen.getByText("Subskrybuj wpisy z tymi filtrami:")).toBeVisible();
    expect(screen.getByRole("link", { name: "Kanał RSS" })).toHaveAttribute(
      "href",
      "/api/ideas/rss?kind=NEED&q=%C5%9Bwietlica&locale=pl",
    );
  });
});

describe("OfficeExportLinks", () => {
  it("offers the office's entries as CSV and XLSX under a heading", async () => {
    const { container } = renderWithIntl(
      <>
        <h2>Rozliczalność</h2>
        <OfficeExportLinks institutionId="cinstitution000000000001" locale="en" />
      </>,
    );
    expect(screen.getByRole("heading", { level: 3, name: "Pobierz wpisy urzędu" })).toBeVisible();
    expect(screen.getByRole("link", { name: "Pobierz CSV" })).toHaveAttribute(
      "href",
      "/api/ideas/export?institutionId=cinstitution000000000001&format=csv&locale=en",
    );
    expect(screen.getByRole("link", { name: "Pobierz XLSX" })).toHaveAttribute(
      "href",
      "/api/ideas/export?institutionId=cinstitution000000000001&format=xlsx&locale=en",
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
