/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { LegalRuleSection } from "@/components/admin/legal-rules/legal-rule-section";
import type { LegalRuleOverview } from "@/lib/legal-rules/queries";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const addLegalRuleAction = jest.fn();
jest.mock("@/lib/legal-rules/actions", () => ({
  addLegalRuleAction: (input: unknown) => addLegalRuleAction(input),
}));

const maxGrant: LegalRuleOverview = {
  key: "smallGrant.maxGrant",
  unit: "grosze",
  current: {
    id: "r1",
    value: 1_000_000,
    validFrom: "2019-03-01",
    validTo: "2031-01-01",
    source: "Art. 19a UDPP",
    note: null,
    state: "inForce",
  },
  latestValidFrom: "2031-01-01",
  history: [
    {
      id: "r2",
      value: 2_000_000,
      validFrom: "2031-01-01",
      validTo: null,
      source: "Nowelizacja",
      note: "Po zmianie ustawy",
      state: "scheduled",
    },
    {
      id: "r1",
      value: 1_000_000,
      validFrom: "2019-03-01",
      validTo: "2031-01-01",
      source: "Art. 19a UDPP",
      note: null,
      state: "inForce",
    },
  ],
};

const share: LegalRuleOverview = {
  key: "smallGrant.maxShareOfPlannedBp",
  unit: "basisPoints",
  current: { ...maxGrant.current!, value: 2_000, validTo: null },
  latestValidFrom: "2019-03-01",
  history: [{ ...maxGrant.current!, value: 2_000, validTo: null }],
};

describe("LegalRuleSection", () => {
  beforeEach(() => jest.clearAllMocks());

  it.each(["pl", "en", "de"] as const)(
    "shows the value in force, its unit and history in words (%s)",
    async (locale) => {
      const { container } = renderWithIntl(
        <>
          <LegalRuleSection rule={maxGrant} />
          <LegalRuleSection rule={share} />
        </>,
        locale,
      );
      expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(2);
      expect(screen.getAllByRole("table")).toHaveLength(2);
      // Grosze as złoty, basis points as a percentage, in the reader's number format.
      expect(container).toHaveTextContent(/10[\s\u00a0\u202f.,]?000[.,]00/);
      expect(container).toHaveTextContent(/20[\s\u00a0]?%/);
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it("names the history's states and the key", () => {
    renderWithIntl(<LegalRuleSection rule={maxGrant} />);
    expect(screen.getByRole("heading", { name: "Najwyższa kwota małego grantu" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Historia wartości: Najwyższa kwota małego grantu" })).toHaveTextContent(
      /zaplanowana.*obowiązuje/,
    );
    expect(screen.getByText("smallGrant.maxGrant")).toBeInTheDocument();
    expect(screen.getByText("Po zmianie ustawy")).toBeInTheDocument();
  });

  it("refuses an amount that is not złoty before sending, and shows the server's refusal of a retroactive day", async () => {
    addLegalRuleAction.mockResolvedValue({
      validationErrors: { validFrom: { _errors: ["legalRuleValidFromNotAfterCurrent"] } },
    });
    renderWithIntl(<LegalRuleSection rule={maxGrant} />);
    const value = screen.getByRole("textbox", { name: /Kwota w złotych/ });
    fireEvent.change(value, { target: { value: "dużo" } });
    fireEvent.change(screen.getByLabelText(/Obowiązuje od dnia/), { target: { value: "2030-01-01" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Źródło/ }), { target: { value: "Art. 19a UDPP" } });
    fireEvent.click(screen.getByRole("button", { name: "Dodaj wartość" }));
    expect(
      await screen.findByRole("link", { name: "Podaj kwotę w złotych, np. 10000 lub 10 000,00." }),
    ).toHaveAttribute("href", "#legal-rule-smallgrant-maxgrant-value");
    expect(addLegalRuleAction).not.toHaveBeenCalled();

    fireEvent.change(value, { target: { value: "15 000,50" } });
    fireEvent.click(screen.getByRole("button", { name: "Dodaj wartość" }));
    await waitFor(() =>
      expect(addLegalRuleAction).toHaveBeenCalledWith({
        key: "smallGrant.maxGrant",
        value: "15 000,50",
        validFrom: "2030-01-01",
        source: "Art. 19a UDPP",
        note: "",
      }),
    );
    expect(await screen.findByRole("link", { name: /późniejszego niż 1 stycznia 2031/ })).toHaveAttribute(
      "href",
      "#legal-rule-smallgrant-maxgrant-valid-from",
    );
  });
});
