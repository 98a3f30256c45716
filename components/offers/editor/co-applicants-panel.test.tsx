/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { CoApplicantsPanel } from "@/components/offers/editor/co-applicants-panel";
import type { OfferForEditor } from "@/lib/offers/queries";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const addCoApplicantAction = jest.fn();
const removeCoApplicantAction = jest.fn();
const findCoApplicantsAction = jest.fn();
jest.mock("@/lib/offers/drafts/actions", () => ({
  addCoApplicantAction: (input: unknown) => addCoApplicantAction(input),
  removeCoApplicantAction: (input: unknown) => removeCoApplicantAction(input),
  findCoApplicantsAction: (input: unknown) => findCoApplicantsAction(input),
}));

const ODRA = "Fundacja Ekologiczna „Zielona Odra”";
type Row = OfferForEditor["coApplicants"][number];
const accepted: Row = {
  organisationId: "odra",
  name: ODRA,
  invitedAt: new Date("2026-12-06T09:00:00Z"),
  // 17:15 Polish time.
  acceptedAt: new Date("2026-12-07T16:15:00Z"),
  acceptedByName: "Teresa Nadodrzańska",
};
const pending: Row = {
  organisationId: "sudety",
  name: "Stowarzyszenie Sudety",
  invitedAt: new Date("2026-12-07T10:00:00Z"),
  acceptedAt: null,
  acceptedByName: null,
};
const panel = (coApplicants: Row[]) => (
  <CoApplicantsPanel offerId="offer1" leadOrganisationId="lead" coApplicants={coApplicants} />
);

async function search(q: string) {
  fireEvent.change(screen.getByLabelText("Znajdź organizację w katalogu"), { target: { value: q } });
  fireEvent.click(screen.getByRole("button", { name: "Szukaj" }));
  await screen.findByText(/Znaleziono/);
}

describe("the lead's co-applicants panel (UX review F-C2, F-C6)", () => {
  beforeEach(() => jest.clearAllMocks());

  it("says of each co-applicant when it was invited, or when and by whom the invitation was accepted", async () => {
    const { container } = renderWithIntl(panel([accepted, pending]));
    const rows = screen.getAllByRole("listitem");
    expect(rows[0]!.textContent).toContain(
      `${ODRA} – zaproszenie przyjęte (7 grudnia 2026, 17:15, Teresa Nadodrzańska)`,
    );
    expect(rows[1]!.textContent).toContain(
      "Stowarzyszenie Sudety – czeka na przyjęcie zaproszenia (wysłane 7 grudnia 2026)",
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it("names no person for an acceptance recorded without one (offers submitted before consent existed)", () => {
    renderWithIntl(panel([{ ...accepted, acceptedByName: null }]));
    expect(screen.getByRole("listitem").textContent).toContain(
      `${ODRA} – zaproszenie przyjęte (7 grudnia 2026, 17:15)U`,
    );
  });

  it("after choosing an organisation clears the search, says who was invited and told, and focuses its new row", async () => {
    findCoApplicantsAction.mockResolvedValue({
      data: [{ id: "sudety", name: "Stowarzyszenie Sudety", seatName: "Kłodzko", krs: null }],
    });
    addCoApplicantAction.mockResolvedValue({ data: undefined });
    const { rerender } = renderWithIntl(panel([accepted]));
    await search("Sudety");
    fireEvent.click(screen.getByRole("button", { name: "Wybierz: Stowarzyszenie Sudety" }));
    await waitFor(() =>
      expect(addCoApplicantAction).toHaveBeenCalledWith({ offerId: "offer1", organisationId: "sudety" }),
    );
    // The action refreshed the page: it lists the new co-applicant.
    await act(async () => rerender(panel([accepted, pending])));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Stowarzyszenie Sudety: zaproszenie wysłane. Właściciele i redaktorzy tej organizacji dostali powiadomienie",
    );
    expect(screen.getByLabelText("Znajdź organizację w katalogu")).toHaveValue("");
    expect(screen.queryByText("Nie znaleziono zweryfikowanych organizacji.")).toBeNull();
    expect(screen.queryByText(/Znaleziono/)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByRole("listitem")[1]));
    expect(document.activeElement!.textContent).toContain("Stowarzyszenie Sudety – czeka na przyjęcie zaproszenia");
  });

  it("keeps the search and says why when adding is refused", async () => {
    findCoApplicantsAction.mockResolvedValue({
      data: [{ id: "sudety", name: "Stowarzyszenie Sudety", seatName: "Kłodzko", krs: null }],
    });
    addCoApplicantAction.mockResolvedValue({ data: { refused: "CO_APPLICANT_UNVERIFIED" } });
    renderWithIntl(panel([]));
    await search("Sudety");
    fireEvent.click(screen.getByRole("button", { name: "Wybierz: Stowarzyszenie Sudety" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Współoferentem może być tylko zweryfikowana organizacja.",
    );
    expect(screen.getByLabelText("Znajdź organizację w katalogu")).toHaveValue("Sudety");
    expect(screen.getByRole("button", { name: "Wybierz: Stowarzyszenie Sudety" })).toBeInTheDocument();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("removes one only when the lead confirms, then says so and focuses the panel's heading", async () => {
    removeCoApplicantAction.mockResolvedValue({ data: undefined });
    const confirm = jest.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { rerender } = renderWithIntl(panel([accepted, pending]));
    fireEvent.click(screen.getByRole("button", { name: "Usuń współoferenta: Stowarzyszenie Sudety" }));
    // Its people's data in the offer goes with it: a slip of the finger must not cost them.
    expect(confirm).toHaveBeenLastCalledWith(expect.stringContaining("Usunąć współoferenta – Stowarzyszenie Sudety"));
    expect(removeCoApplicantAction).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Usuń współoferenta: Stowarzyszenie Sudety" }));
    await waitFor(() => expect(removeCoApplicantAction).toHaveBeenCalled());
    await act(async () => rerender(panel([accepted])));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Stowarzyszenie Sudety nie jest już współoferentem tej oferty.",
    );
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Współoferenci" }));
    confirm.mockRestore();
  });
});
