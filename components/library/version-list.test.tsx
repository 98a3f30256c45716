/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { VersionList } from "@/components/library/version-list";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

describe("VersionList", () => {
  it("shows the editors each version's file and whether a moderator still has to see it", async () => {
    const { container } = renderWithIntl(
      <VersionList
        title="Program współpracy 2027"
        versions={[
          {
            id: "v2",
            number: 2,
            issuedOn: new Date("2026-12-01"),
            changeNote: "Uwzględniono uwagi.",
            review: "PROPOSED",
            file: { kind: "docx" },
          },
          {
            id: "v1",
            number: 1,
            issuedOn: new Date("2026-11-02"),
            changeNote: null,
            review: "ACCEPTED",
            file: { kind: "pdf" },
          },
        ]}
      />,
    );
    const list = within(screen.getByRole("region", { name: "Wersje dokumentu" }));
    const [second, first] = list.getAllByRole("listitem");
    expect(
      within(second!).getByRole("link", { name: "Plik (wersja 2, DOCX) – Program współpracy 2027" }),
    ).toHaveAttribute("href", "/api/library/versions/v2");
    expect(second).toHaveTextContent("1 grudnia 2026 – czeka na moderację");
    expect(second).toHaveTextContent("Uwzględniono uwagi.");
    expect(first).toHaveTextContent("2 listopada 2026 – przyjęta");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says so when the document has no file yet", () => {
    renderWithIntl(<VersionList title="Program" versions={[]} />, "en");
    expect(screen.getByRole("region", { name: "The document's versions" })).toHaveTextContent(
      "The document has no file yet.",
    );
  });
});
