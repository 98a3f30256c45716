/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { ConsultationText, TEXT_LIST_ID } from "@/components/consultations/consultation-text";
import { UnitRemarkControls } from "@/components/consultations/unit-remark-controls";
import { splitIntoUnits } from "@/lib/consultations/units";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

// The remark form is prefilled with what the unit's control gives it: shown here as text.
jest.mock("@/components/consultations/remark-form", () => ({
  RemarkForm: ({ target, onCancel }: { target: { unit: { text: string } }; onCancel: () => void }) => (
    <>
      <output>{target.unit.text}</output>
      <button type="button" onClick={onCancel}>
        cancel
      </button>
    </>
  ),
}));
jest.mock("@/components/consultations/remark-list", () => ({ RemarkList: () => null }));

const units = splitIntoUnits(
  "## 1. Cel główny\n\nCelem głównym jest wzmacnianie organizacji.\n\nCele szczegółowe to rozwój wolontariatu.\n\n## 2. Zasady współpracy\n\n## 3. Zakres\n\nZakres obejmuje sfery pożytku publicznego.",
).map((unit, index) => ({ ...unit, id: `u${index}` }));

const context = { consultationId: "c", personName: "Anna", organisations: [], allowSelf: true };

describe("ConsultationText", () => {
  it("numbers the paragraphs of a text split by headings 1, 2, 3, and its hint cites a unit of this text", () => {
    renderWithIntl(<ConsultationText units={units} counts={null} shown={null} withRemarkControls={false} />);
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
    renderWithIntl(<ConsultationText units={legal} counts={null} shown={null} withRemarkControls={false} />, "en");
    expect(
      within(screen.getByRole("list"))
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["§ 1", "§ 2", "§ 2 ust. 1", "§ 2 ust. 2"]);
    expect(screen.getByText(/citation/)).toHaveTextContent("“§ 1”");
  });

  it("prefills a remark on a heading with the heading itself, not with nothing", () => {
    renderWithIntl(
      <ConsultationText
        units={units}
        counts={null}
        shown={null}
        withRemarkControls
        remarkControls={<UnitRemarkControls listId={TEXT_LIST_ID} context={context} />}
      />,
    );
    const heading = screen.getByRole("button", { name: /2\. Zasady współpracy/ });
    act(() => fireEvent.click(heading));
    expect(screen.getByRole("status")).toHaveTextContent("2. Zasady współpracy");
    expect(heading).toHaveAttribute("aria-expanded", "true");
  });

  it("opens a unit's form under its own button, prefilled with the unit's text, and gives focus back when it closes", () => {
    renderWithIntl(
      <ConsultationText
        units={units}
        counts={new Map([["u2", 3]])}
        shown={null}
        withRemarkControls
        remarkControls={<UnitRemarkControls listId={TEXT_LIST_ID} context={context} />}
      />,
    );
    const buttons = screen.getAllByRole("button", { name: /Akapit/ });
    act(() => fireEvent.click(buttons[1]!));
    const item = buttons[1]!.closest("li")!;
    expect(within(item).getByRole("status")).toHaveTextContent("Cele szczegółowe to rozwój wolontariatu.");
    expect(within(item).getByRole("link", { name: /3 uwagi/ })).toHaveAttribute(
      "href",
      "?uwagi=" + units[2]!.key + "#" + units[2]!.key,
    );
    expect(buttons[1]).toHaveAttribute("aria-controls", item.querySelector("[data-remark-slot] > div")!.id);
    // Another unit's form opens beside it; the first stays as it was.
    act(() => fireEvent.click(buttons[0]!));
    expect(screen.getAllByRole("status")).toHaveLength(2);
    act(() => fireEvent.click(within(item).getByRole("button", { name: "cancel" })));
    expect(within(item).queryByRole("status")).toBeNull();
    expect(buttons[1]).toHaveAttribute("aria-expanded", "false");
    expect(buttons[1]).toHaveFocus();
  });

  it("escapes the text it writes as markup", () => {
    const hostile = splitIntoUnits('Treść <img src=x onerror="alert(1)"> & "cytat"').map((unit, index) => ({
      ...unit,
      id: `h${index}`,
    }));
    const { container } = renderWithIntl(
      <ConsultationText units={hostile} counts={null} shown={null} withRemarkControls={false} />,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("list")).toHaveTextContent('Treść <img src=x onerror="alert(1)"> & "cytat"');
  });
});
