/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { PartnershipControls } from "@/components/partnerships/interests/partnership-controls";
import type { MyPartnershipsView } from "@/lib/partnerships/workflow/queries";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const confirmPartnershipAction = jest.fn();
const endPartnershipAction = jest.fn();
const completePartnershipAction = jest.fn();
const partnershipConsentAction = jest.fn();
jest.mock("@/lib/partnerships/workflow/actions", () => ({
  confirmPartnershipAction: (input: unknown) => confirmPartnershipAction(input),
  endPartnershipAction: (input: unknown) => endPartnershipAction(input),
  completePartnershipAction: (input: unknown) => completePartnershipAction(input),
  partnershipConsentAction: (input: unknown) => partnershipConsentAction(input),
}));

type Partnership = MyPartnershipsView["partnerships"][number];
const partnershipId = "p".repeat(25);
const partnership = (over: Partial<Partnership> = {}): Partnership => ({
  id: partnershipId,
  status: "PROPOSED",
  request: { slug: "kuchnia", title: "Kuchnia dla seniorów" },
  endsLater: null,
  side: "partner",
  us: { kind: "organisation", id: "us", name: "Fundacja A", slug: "a" },
  them: { kind: "organisation", id: "them", name: "Koło B", slug: "b" },
  ourConfirmedAt: null,
  theirConfirmedAt: null,
  ourShowsPublicly: false,
  theirShowsPublicly: false,
  ourCompletedAt: null,
  ourWouldAgain: null,
  shownPublicly: false,
  contacts: null,
  ...over,
});

describe("PartnershipControls", () => {
  beforeEach(() => jest.clearAllMocks());

  it("confirms a proposed partnership with the side's consent to show it", async () => {
    confirmPartnershipAction.mockResolvedValue({ data: { confirmed: true, formed: false } });
    const { container } = renderWithIntl(<PartnershipControls partnership={partnership()} />, "en");
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole("checkbox", { name: "Show this partnership on our public profile" }));
    fireEvent.click(screen.getByRole("button", { name: "Confirm the partnership" }));
    await waitFor(() =>
      expect(confirmPartnershipAction).toHaveBeenCalledWith({ partnershipId, side: "partner", showPublicly: true }),
    );
    expect(await screen.findByRole("status")).toHaveTextContent("Your confirmation was saved.");
  });

  it("asks whether the sides would work together again before marking a formed partnership completed", async () => {
    completePartnershipAction.mockResolvedValue({ data: { completed: true } });
    renderWithIntl(
      <PartnershipControls partnership={partnership({ status: "FORMED", ourConfirmedAt: new Date() })} />,
      "pl",
    );
    fireEvent.click(screen.getByRole("button", { name: "Oznacz partnerstwo jako zakończone" }));
    expect(await screen.findByText("Wybierz „tak” albo „nie”.")).toBeInTheDocument();
    expect(completePartnershipAction).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("radio", { name: "Nie" }));
    fireEvent.click(screen.getByRole("button", { name: "Oznacz partnerstwo jako zakończone" }));
    await waitFor(() =>
      expect(completePartnershipAction).toHaveBeenCalledWith({
        partnershipId,
        side: "partner",
        wouldWorkAgain: false,
        endedEarly: false,
      }),
    );
  });

  it("asks for the word that the project ended early while its planned end is ahead, and says why when it is missing", async () => {
    completePartnershipAction
      .mockResolvedValueOnce({ data: { refused: "beforeProjectEnd" } })
      .mockResolvedValueOnce({ data: { completed: true } });
    const { container } = renderWithIntl(
      <PartnershipControls
        partnership={partnership({ status: "FORMED", ourConfirmedAt: new Date(), endsLater: "2027-08-31" })}
      />,
      "pl",
    );
    const early = screen.getByRole("checkbox", { name: "Projekt zakończył się przed planowanym terminem" });
    expect(early).toHaveAccessibleDescription(/trwa do 31 sierpnia 2027/);
    fireEvent.click(screen.getByRole("radio", { name: "Tak" }));
    fireEvent.click(screen.getByRole("button", { name: "Oznacz partnerstwo jako zakończone" }));
    expect(await screen.findByText(/Projekt według zapytania jeszcze trwa/)).toBeInTheDocument();
    fireEvent.click(early);
    fireEvent.click(screen.getByRole("button", { name: "Oznacz partnerstwo jako zakończone" }));
    await waitFor(() =>
      expect(completePartnershipAction).toHaveBeenLastCalledWith({
        partnershipId,
        side: "partner",
        wouldWorkAgain: true,
        endedEarly: true,
      }),
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
