/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { InvitationAnswer, LeaveOfferButton } from "@/components/offers/co-applicants/consent-buttons";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const acceptCoApplicationAction = jest.fn();
const declineCoApplicationAction = jest.fn();
const leaveCoApplicationAction = jest.fn();
jest.mock("@/lib/offers/co-applicants/actions", () => ({
  acceptCoApplicationAction: (input: unknown) => acceptCoApplicationAction(input),
  declineCoApplicationAction: (input: unknown) => declineCoApplicationAction(input),
  leaveCoApplicationAction: (input: unknown) => leaveCoApplicationAction(input),
}));
const push = jest.fn();
const replace = jest.fn();
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ push, replace }) }));

const input = { offerId: "offer1", organisationId: "odra" };

describe("a co-applicant's answers land where the page says what happened (UX review F-C4, F-C8)", () => {
  beforeEach(() => {
    jest.clearAllMocks();
    jest.spyOn(window, "confirm").mockReturnValue(true);
  });

  it("after accepting opens the draft, naming the organisation that joined", async () => {
    acceptCoApplicationAction.mockResolvedValue({ data: undefined });
    renderWithIntl(<InvitationAnswer {...input} />);
    fireEvent.click(screen.getByRole("button", { name: "Przyjmij zaproszenie" }));
    await waitFor(() =>
      expect(replace).toHaveBeenCalledWith({
        pathname: "/offers/[id]",
        params: { id: "offer1" },
        query: { przyjeto: "odra" },
      }),
    );
    expect(acceptCoApplicationAction).toHaveBeenCalledWith(input);
  });

  it("stays and says why when accepting is refused", async () => {
    acceptCoApplicationAction.mockResolvedValue({ data: { refused: "ALREADY_ACCEPTED" } });
    renderWithIntl(<InvitationAnswer {...input} />);
    fireEvent.click(screen.getByRole("button", { name: "Przyjmij zaproszenie" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Zaproszenie zostało już przyjęte.");
    expect(replace).not.toHaveBeenCalled();
  });

  it("after declining or withdrawing opens 'Moje oferty' with the offer answered, which that page confirms", async () => {
    declineCoApplicationAction.mockResolvedValue({ data: undefined });
    renderWithIntl(<InvitationAnswer {...input} />);
    fireEvent.click(screen.getByRole("button", { name: "Odrzuć zaproszenie" }));
    await waitFor(() => expect(push).toHaveBeenCalledWith({ pathname: "/offers", query: { odpowiedz: "offer1" } }));

    push.mockClear();
    leaveCoApplicationAction.mockResolvedValue({ data: undefined });
    renderWithIntl(<LeaveOfferButton {...input} organisationName="Fundacja Ekologiczna „Zielona Odra”" />);
    // The button says what it does without repeating the section's heading; the question names the organisation.
    fireEvent.click(screen.getByRole("button", { name: "Wycofaj naszą organizację" }));
    expect(window.confirm).toHaveBeenLastCalledWith(
      expect.stringContaining("Wycofać Twoją organizację – Fundacja Ekologiczna „Zielona Odra” – z tej oferty?"),
    );
    await waitFor(() => expect(push).toHaveBeenCalledWith({ pathname: "/offers", query: { odpowiedz: "offer1" } }));
  });
});
