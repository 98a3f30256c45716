/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { SubmitOfferForm } from "@/components/offers/submission/submit-offer-form";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const submitOfferAction = jest.fn();
jest.mock("@/lib/offers/submission/actions", () => ({
  submitOfferAction: (input: unknown) => submitOfferAction(input),
}));
const submitSmallGrantOfferAction = jest.fn();
jest.mock("@/lib/small-grants/actions", () => ({
  submitSmallGrantOfferAction: (input: unknown) => submitSmallGrantOfferAction(input),
}));
const push = jest.fn();
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ push }) }));

const revisions = { description: 3, funding: 1 };

describe("SubmitOfferForm", () => {
  beforeEach(() => jest.clearAllMocks());

  it("sends the revisions the page saw, in the reader's language, and goes to the confirmation once submitted", async () => {
    submitOfferAction.mockResolvedValue({ data: { number: 1, shortChecksum: "0a55-22c2-b414" } });
    const { container } = renderWithIntl(<SubmitOfferForm offerId="offer1" revisions={revisions} />, "en");
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Submit the offer" }));
    await waitFor(() =>
      expect(push).toHaveBeenCalledWith({ pathname: "/offers/[id]/confirmation", params: { id: "offer1" } }),
    );
    expect(submitOfferAction).toHaveBeenCalledWith({ offerId: "offer1", revisions, locale: "en" });
  });

  it("says why a submission was refused: the server's checks in words, the deadline by its clock", async () => {
    submitOfferAction.mockResolvedValueOnce({
      validationErrors: { "funding.grant": { _errors: ["Wnioskowana dotacja przekracza kwotę maksymalną."] } },
    });
    renderWithIntl(<SubmitOfferForm offerId="offer1" revisions={revisions} />);
    fireEvent.click(screen.getByRole("button", { name: "Złóż ofertę" }));
    expect(await screen.findByText("Wnioskowana dotacja przekracza kwotę maksymalną.")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("Oferty nie złożono:");

    submitOfferAction.mockResolvedValueOnce({ data: { refused: "DEADLINE_PASSED" } });
    fireEvent.click(screen.getByRole("button", { name: "Złóż ofertę" }));
    expect(await screen.findByText(/Termin składania ofert minął \(według zegara serwera\)/)).toBeTruthy();
    expect(push).not.toHaveBeenCalled();
  });

  it("files a small-grant offer through the small grants' own action, then shows the offer", async () => {
    submitSmallGrantOfferAction.mockResolvedValue({ data: { shortChecksum: "0a55-22c2-b414" } });
    renderWithIntl(<SubmitOfferForm offerId="offer1" revisions={revisions} smallGrant />);
    fireEvent.click(screen.getByRole("button", { name: "Złóż ofertę" }));
    await waitFor(() => expect(push).toHaveBeenCalledWith({ pathname: "/offers/[id]", params: { id: "offer1" } }));
    expect(submitSmallGrantOfferAction).toHaveBeenCalledWith({ offerId: "offer1", revisions, locale: "pl" });
    expect(submitOfferAction).not.toHaveBeenCalled();
  });
});
