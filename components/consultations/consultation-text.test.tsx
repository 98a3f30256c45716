/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { ConsultationText } from "@/components/consultations/consultation-text";
import { splitIntoUnits } from "@/lib/consultations/units";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

// The remark form is prefilled with what the control is given: shown here as text.
jest.mock("@/components/consultations/remark-control", () => ({
  RemarkControl: ({ unit }: { unit: { text: string } }) => <output>{unit.text}</output>,
}));
jest.mock("@/components/consultations/remark-list", () => ({ RemarkList: () => null }));

const units = splitIntoUnits(
  "## 1. Cel główny\n\nCelem głównym jest wzmacnianie organizacji.\n\nCele szczegółowe to rozwój wolontariatu.\n\n## 2. Zasady współpracy\n\n## 3. Zakres\n\nZakres obejmuje sfery pożytku publicznego.",
).map((unit, index) => ({ ...unit, id: `u${index}` }));

describe("ConsultationText", () => {
  it("numbers the paragraphs of a text split by headings 1, 2, 3, and its hint cites a unit of this text", () => {
    renderWithIntl(<ConsultationText units={units} counts={null} shown={null} remarkContext={null} />);
    const text = screen.getByRole("list");
    expect(
      within(text)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["1. Cel główny", "Akapit 1", "Akapit 2", "2. Zasady współpracy", "3. Zakres", "Akapit 3"]);
    expect(screen.getByText(/Oznaczenie każdego fragmentu/)).toHaveTextContent("(tu np. „Akapit 1”)");
  });

  it("cites a legal text's units by their own labels", () => {
    const legal = splitIntoUnits(
      "§ 1. Rada liczy 16 członków.\n§ 2. 1. Kadencja trwa 3 lata.\n2. Posiedzenia co kwartał.",
    ).map((unit, index) => ({ ...unit, id: `l${index}` }));
    renderWithIntl(<ConsultationText units={legal} counts={null} shown={null} remarkContext={null} />, "en");
    expect(
      within(screen.getByRole("list"))
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["§ 1", "§ 2", "§ 2 ust. 1", "§ 2 ust. 2"]);
    expect(screen.getByText(/citation/)).toHaveTextContent("“§ 1”");
  });

  it("prefills a remark on a heading with the heading itself, not with nothing", () => {
    const context = { consultationId: "c", personName: "Anna", organisations: [], allowSelf: true };
    renderWithIntl(<ConsultationText units={units} counts={null} shown={null} remarkContext={context} />);
    const prefills = screen.getAllByRole("status").map((output) => output.textContent);
    expect(prefills).toContain("2. Zasady współpracy");
    expect(prefills).not.toContain("");
  });
});
