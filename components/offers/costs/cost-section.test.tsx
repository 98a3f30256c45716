/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { CostSection, type CostSectionContent, type CostSectionProps } from "@/components/offers/costs/cost-section";
import type { CostLine } from "@/lib/offers/document/schema";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";
import type { Locale } from "@/lib/i18n/locales";

/** The editor's part: it keeps the sections and gets every change back. */
function Editor({
  initial,
  onSaved,
  ...props
}: Omit<CostSectionProps, keyof CostSectionContent | "onChange"> & {
  initial: CostSectionContent;
  onSaved?: (content: CostSectionContent) => void;
}) {
  const [content, setContent] = useState(initial);
  return (
    <CostSection
      {...props}
      {...content}
      onChange={(key, section) =>
        setContent((current) => {
          const next = { ...current, [key]: section };
          onSaved?.(next);
          return next;
        })
      }
    />
  );
}

const line = (id: string, extra: Partial<CostLine> = {}): CostLine => ({
  id,
  category: "ACTION",
  actionId: "a1",
  qtyMilli: {},
  ...extra,
});

function renderEditor(
  initial: Partial<CostSectionContent> = {},
  props: Partial<CostSectionProps> = {},
  locale: Locale = "pl",
) {
  let saved: CostSectionContent | null = null;
  const result = renderWithIntl(
    <Editor
      kind="SINGLE"
      years={[2027]}
      actions={[{ id: "a1", name: "Warsztaty", year: 2027 }]}
      applicants={[{ organisationId: "o1", name: "Fundacja Forum" }]}
      params={{}}
      {...props}
      initial={{ costs: { lines: [] }, funding: {}, jointSplit: {}, ...initial }}
      onSaved={(content) => (saved = content)}
    />,
    locale,
  );
  return { ...result, saved: () => saved };
}

/** Intl writes thousands with a no-break space; the tests compare with plain spaces. */
const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ");
const V_A = /^V\.A\. Zestawienie kosztów/;
const V_B = /^V\.B\. Źródła finansowania/;
const V_C = /^V\.C\. Podział kosztów/;
/** The text of the row of `table` whose row header reads `header`. */
const rowText = (table: RegExp, header: string | RegExp) => {
  const region = within(screen.getByRole("region", { name: table }));
  const cell = region.getAllByRole("rowheader").find((th) => {
    const text = plain(th.textContent).trim();
    return typeof header === "string" ? text === header : header.test(text);
  });
  if (!cell) throw new Error(`no row ${String(header)}`);
  return plain(cell.closest("tr")!.textContent);
};
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe("CostSection", () => {
  it("computes the line, the action, the totals and V.B row 1 from '1 234,50' and a quantity as one types", () => {
    const { saved } = renderEditor({ costs: { lines: [line("l1", { name: "Trener" })] } });
    type(screen.getByRole("textbox", { name: "Koszt jednostkowy [PLN] I.1.1." }), "1 234,50");
    type(screen.getByRole("textbox", { name: "Liczba jednostek Rok 1 (2027) I.1.1." }), "10");

    expect(rowText(V_A, "I.1.1.")).toContain("12 345,00");
    expect(rowText(V_A, /^Działanie: Warsztaty/)).toContain("12 345,00");
    expect(rowText(V_A, "Suma kosztów realizacji zadania")).toContain("12 345,00");
    expect(rowText(V_A, "Suma wszystkich kosztów realizacji zadania")).toContain("12 345,00");
    // V.B row 1 is the V.A total, 100 %.
    expect(rowText(V_B, "Suma wszystkich kosztów realizacji zadania")).toMatch(/12 345,00.*100\s?%/);
    // The document keeps integers: grosze and thousandths of a unit.
    expect(saved()!.costs.lines[0]).toMatchObject({ unitCost: 123_450, qtyMilli: { "2027": 10_000 } });
  });

  it("writes the typed amount back in the locale's form on leaving the field, and refuses a third decimal", () => {
    renderEditor({ costs: { lines: [line("l1")] } }, {}, "en");
    // The column heads stay in the template's Polish; what they mean is told in the reader's language.
    expect(screen.getByText("Rodzaj miary", { selector: "dt" })).toHaveAttribute("lang", "pl");
    expect(screen.getByText(/the unit the cost is counted in/)).toBeInTheDocument();
    const unitCost = screen.getByRole("textbox", { name: "Koszt jednostkowy [PLN] I.1.1." });
    type(unitCost, "1234.5");
    fireEvent.blur(unitCost);
    expect(unitCost).toHaveValue("1,234.50");
    type(unitCost, "12.345");
    expect(unitCost).toHaveAccessibleDescription(
      expect.stringContaining("An amount can have at most two decimal places."),
    );
    expect(unitCost).toHaveAttribute("aria-invalid", "true");
  });

  it("removing a line takes its value out of every total and gives the focus to the next line", () => {
    renderEditor({
      costs: {
        lines: [
          line("l1", { name: "Trener", unitCost: 10_000, qtyMilli: { "2027": 2_000 } }),
          line("l2", { name: "Sala", unitCost: 5_000, qtyMilli: { "2027": 1_000 } }),
        ],
      },
    });
    expect(rowText(V_A, "Suma wszystkich kosztów realizacji zadania")).toContain("250,00");
    fireEvent.click(screen.getByRole("button", { name: "Usuń koszt I.1.1. Trener" }));
    expect(rowText(V_A, "Suma wszystkich kosztów realizacji zadania")).toContain("50,00");
    expect(rowText(V_A, "Suma wszystkich kosztów realizacji zadania")).not.toContain("250,00");
    expect(screen.queryByRole("textbox", { name: "Rodzaj kosztu I.1.2." })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Usuń koszt I.1.1. Sala" })).toHaveFocus();
  });

  it("adds, moves and removes lines with real buttons, the focus following the line", () => {
    const { saved, container } = renderEditor();
    const add = screen.getByRole("button", { name: "Dodaj koszt do działania I.1" });
    add.focus();
    fireEvent.click(add);
    const name = screen.getByRole("textbox", { name: "Rodzaj kosztu I.1.1." });
    expect(name).toHaveFocus();
    type(name, "Trener");
    const said = container.querySelectorAll('[aria-live="polite"]')[0]!;
    const first = said.textContent;
    fireEvent.click(add);
    // The same words again, yet a change the screen reader reads.
    expect(plain(said.textContent).trim()).toBe("Dodano nowy koszt w części I.1.");
    expect(said.textContent).not.toBe(first);
    type(screen.getByRole("textbox", { name: "Rodzaj kosztu I.1.2." }), "Sala");

    fireEvent.click(screen.getByRole("button", { name: "W górę koszt I.1.2. Sala" }));
    expect(saved()!.costs.lines.map((item) => item.name)).toEqual(["Sala", "Trener"]);
    // First in its group now, the line has no "up" button: the focus stays on the line, on "down".
    expect(screen.getByRole("button", { name: "W dół koszt I.1.1. Sala" })).toHaveFocus();

    fireEvent.click(screen.getByRole("button", { name: "Usuń koszt I.1.2. Trener" }));
    expect(screen.getByRole("button", { name: "Usuń koszt I.1.1. Sala" })).toHaveFocus();
    fireEvent.click(screen.getByRole("button", { name: "Usuń koszt I.1.1. Sala" }));
    expect(saved()!.costs.lines).toEqual([]);
    // Nothing left in the group: the focus goes back to its "add" button.
    expect(add).toHaveFocus();
  });

  it("says a field of a new line must be filled in only once the person has left it; other reasons at once", async () => {
    renderEditor({ costs: { lines: [line("l1")] } }, { params: { maxGrant: 1_000_000 } });
    const name = screen.getByRole("textbox", { name: "Rodzaj kosztu I.1.1." });
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(name).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText("Uzupełnij pole „Rodzaj kosztu”.")).not.toBeInTheDocument();
    fireEvent.focusOut(name);
    expect(await screen.findByText("Uzupełnij pole „Rodzaj kosztu”.")).toBeInTheDocument();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("Błąd: Uzupełnij pole „Rodzaj kosztu”.");
    // The untouched unit stays quiet; a grant over the maximum is said at once.
    expect(screen.queryByText("Uzupełnij pole „Rodzaj miary”.")).not.toBeInTheDocument();
    type(screen.getByRole("textbox", { name: /^Planowana dotacja/ }), "12 000");
    expect(await screen.findByText(/^Wnioskowana dotacja .* przekracza kwotę maksymalną/)).toBeInTheDocument();
  });

  it("keeps the focus in the table when the last line without an action goes, and with it its group", () => {
    renderEditor({ costs: { lines: [line("l1", { name: "Plakaty", actionId: "gone" })] } });
    expect(screen.getByRole("row", { name: /^I\.2\. Koszty bez wskazanego działania/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Usuń koszt I.2.1. Plakaty" }));
    expect(screen.queryByText("Koszty bez wskazanego działania")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Dodaj koszt do działania I.1" })).toHaveFocus();
  });

  it("puts an administrative cost under II and counts it apart from the actions", () => {
    renderEditor({ costs: { lines: [line("l1", { unitCost: 100_000, qtyMilli: { "2027": 1_000 } })] } });
    fireEvent.click(screen.getByRole("button", { name: "Dodaj koszt administracyjny" }));
    type(screen.getByRole("textbox", { name: "Koszt jednostkowy [PLN] II.1." }), "200");
    type(screen.getByRole("textbox", { name: "Liczba jednostek Rok 1 (2027) II.1." }), "1");
    expect(rowText(V_A, "Suma kosztów administracyjnych")).toContain("200,00");
    expect(rowText(V_A, "Suma kosztów realizacji zadania")).toContain("1000,00");
    expect(rowText(V_A, "Suma wszystkich kosztów realizacji zadania")).toContain("1200,00");
  });

  it("shows the sources that do not add up to the costs with the difference, under V.B", async () => {
    renderEditor({ costs: { lines: [line("l1", { unitCost: 1_234_500, qtyMilli: { "2027": 1_000 } })] } });
    type(screen.getByRole("textbox", { name: /^Planowana dotacja/ }), "10 000");
    expect(
      await screen.findByText(
        "Źródła finansowania (10 000,00 zł) nie pokrywają dokładnie kosztów (12 345,00 zł); różnica: 2345,00 zł.",
        { normalizer: (text) => plain(text).trim() },
      ),
    ).toBeInTheDocument();
    type(screen.getByRole("textbox", { name: /^Wkład własny finansowy/ }), "2 345");
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(screen.queryByText(/nie pokrywają dokładnie kosztów/)).not.toBeInTheDocument();
  });

  it("says at the grant field that it is over the competition's maximum, as its description", async () => {
    renderEditor({}, { params: { maxGrant: 1_000_000 } });
    const grant = screen.getByRole("textbox", { name: /^Planowana dotacja/ });
    type(grant, "12 000");
    const message = "Wnioskowana dotacja (12 000,00 zł) przekracza kwotę maksymalną z ogłoszenia (10 000,00 zł).";
    await screen.findByText(message, { normalizer: (text) => plain(text).trim() });
    expect(
      plain(
        grant.getAttribute("aria-describedby") &&
          document.getElementById(grant.getAttribute("aria-describedby")!)!.textContent,
      ),
    ).toContain(message);
    expect(grant).toHaveAttribute("aria-invalid", "true");
    type(grant, "10 000");
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(grant).not.toHaveAttribute("aria-describedby");
  });

  it("V.C: shows each year's difference between the costs and the applicants' shares", async () => {
    renderEditor(
      {
        costs: { lines: [line("l1", { unitCost: 100_000, qtyMilli: { "2027": 1_000, "2028": 2_000 } })] },
        jointSplit: { o1: { "2027": 60_000, "2028": 200_000 }, o2: { "2027": 40_000 } },
      },
      {
        kind: "JOINT",
        years: [2027, 2028],
        applicants: [
          { organisationId: "o1", name: "Fundacja Forum" },
          { organisationId: "o2", name: "Zielona Odra" },
        ],
      },
    );
    expect(rowText(V_C, /^Różnica/)).toMatch(/0,00.*0,00.*0,00/);
    type(screen.getByRole("textbox", { name: "Oferent 2: Zielona Odra Rok 1 (2027)" }), "300");
    expect(rowText(V_C, /^Różnica/)).toMatch(/100,00.*100,00.*0,00/);
    expect(
      await screen.findByText(/W roku 2027 podział kosztów między oferentów \(900,00 zł\).*różnica: 100,00 zł/, {
        normalizer: (text) => plain(text).trim(),
      }),
    ).toBeInTheDocument();
  });

  it("reads the sums out politely once typing pauses, not at first", () => {
    jest.useFakeTimers();
    try {
      const { container } = renderEditor({ costs: { lines: [line("l1")] } });
      // The last polite region reads the sums (the one before it, what a line's button did).
      const live = [...container.querySelectorAll('[aria-live="polite"]')].at(-1)!;
      expect(live).toHaveTextContent("");
      type(screen.getByRole("textbox", { name: "Koszt jednostkowy [PLN] I.1.1." }), "100");
      type(screen.getByRole("textbox", { name: "Liczba jednostek Rok 1 (2027) I.1.1." }), "3");
      act(() => jest.advanceTimersByTime(500));
      expect(live).toHaveTextContent("");
      act(() => jest.advanceTimersByTime(1_000));
      expect(plain(live.textContent)).toContain("Suma wszystkich kosztów: 300,00 zł.");
    } finally {
      jest.useRealTimers();
    }
  });

  it("scrolls the wide table in a labelled, focusable region and has no axe violations", async () => {
    const { container } = renderEditor(
      { costs: { lines: [line("l1", { name: "Trener" })] } },
      { years: [2027, 2028, 2029] },
    );
    const region = screen.getByRole("region", { name: "V.A. Zestawienie kosztów realizacji zadania" });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region).toHaveClass("overflow-x-auto");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("below md each line is a card: every field shows its column's name, the inputs keep the heads' names", () => {
    renderEditor({ costs: { lines: [line("l1", { name: "Trener" })] } }, { years: [2027, 2028] });
    const unitCost = screen.getByRole("textbox", { name: "Koszt jednostkowy [PLN] I.1.1." });
    const card = unitCost.closest("tr")!;
    // The row is a grid below md and a table row from md up; the heads are hidden only below md.
    expect(card).toHaveClass("grid", "md:table-row");
    expect(screen.getByRole("region", { name: V_A }).querySelector("thead")).toHaveClass(
      "hidden",
      "md:table-header-group",
    );
    const shown = (cell: Element) => plain(cell.querySelector('[aria-hidden="true"]')?.textContent ?? null);
    expect(shown(unitCost.closest("td")!)).toBe("Koszt jednostkowy [PLN]");
    const secondYear = screen.getByRole("textbox", { name: "Liczba jednostek Rok 2 (2028) I.1.1." });
    expect(shown(secondYear.closest("td")!)).toBe("Liczba jednostek: Rok 2 (2028)");
    expect(Array.from(card.querySelectorAll("td")).map(shown)).toEqual(
      expect.arrayContaining([
        "Wartość [PLN]: Razem",
        "Wartość [PLN]: Rok 1 (2027)",
        "Działanie",
        "Kolejność i usuwanie",
      ]),
    );
    expect(screen.getByRole("button", { name: "Usuń koszt I.1.1. Trener" })).toBeInTheDocument();
  });

  it("read-only: shows the values and no field or button", () => {
    renderEditor(
      { costs: { lines: [line("l1", { name: "Trener", unitCost: 10_000, qtyMilli: { "2027": 2_000 } })] } },
      { readOnly: true },
    );
    expect(screen.queryAllByRole("textbox")).toEqual([]);
    expect(screen.queryAllByRole("button")).toEqual([]);
    // Nothing is typed here, so no help with typing either.
    expect(screen.queryByText(/^Kwoty wpisuj w złotych/)).not.toBeInTheDocument();
    expect(rowText(V_A, "Suma wszystkich kosztów realizacji zadania")).toContain("200,00");
  });
});
