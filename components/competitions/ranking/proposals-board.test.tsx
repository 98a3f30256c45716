/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ProposalsBoard, type BoardRow } from "@/components/competitions/ranking/proposals-board";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/competitions/evaluation/actions", () => ({
  proposeAmountAction: jest.fn(),
  resolveDivergenceAction: jest.fn(),
}));

const row = (offerId: string, rank: number, proposed: number | null, divergent = false): BoardRow => ({
  offerId,
  title: `Oferta ${offerId}`,
  rank,
  requested: 1_000_000,
  divergent,
  resolution: null,
  resolutionNote: "",
  agreedScore: "",
  proposed,
  cutReason: "",
  opinion: "",
  recommended: null,
  revision: proposed === null ? 0 : 1,
});

describe("the chair's proposals board", () => {
  it("says the pool's remainder as the amounts are typed, before anything is saved", async () => {
    const { container } = renderWithIntl(
      <ProposalsBoard
        rows={[row("a", 1, 1_000_000), row("b", 2, null, true)]}
        pool={1_500_000}
        maxPoints="25.0"
        locale="pl"
      />,
    );
    const status = screen.getByText(/^Pozostało/);
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(status).toHaveTextContent("Pozostało 5000,00 zł z 15 000,00 zł");
    const amounts = screen.getAllByLabelText("Proponowana kwota (zł)");
    fireEvent.change(amounts[1]!, { target: { value: "6000" } });
    expect(await screen.findByText(/^Przekroczono/)).toHaveTextContent("Przekroczono pulę 15 000,00 zł o 1000,00 zł");
    fireEvent.change(amounts[0]!, { target: { value: "" } });
    expect(await screen.findByText(/^Pozostało/)).toHaveTextContent("Pozostało 9000,00 zł z 15 000,00 zł");
    // The divergent offer asks for its resolution first; the other does not.
    expect(screen.getAllByText("Rozstrzygnięcie rozbieżności")).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
  });
});
