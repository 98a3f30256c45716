/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { OwnRemarks, type OwnRemarkView } from "@/components/consultations/own-remarks";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const withdraw = jest.fn();
jest.mock("@/lib/consultations/remarks/actions", () => ({
  withdrawRemarkAction: "withdraw",
  editRemarkAction: "edit",
  submitRemarkAction: "submit",
}));
jest.mock("next-safe-action/hooks", () => ({
  useAction: (action: string) => ({
    execute: jest.fn(),
    executeAsync: action === "withdraw" ? withdraw : jest.fn(),
    isPending: false,
    result: {},
  }),
}));
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const remark = (overrides: Partial<OwnRemarkView>): OwnRemarkView => ({
  id: "r1",
  state: "SUBMITTED",
  unitLabel: "§ 1",
  organisationName: "Stowarzyszenie Uważne",
  currentWording: null,
  proposedWording: "Nowy zapis.",
  justification: "Uzasadnienie.",
  decision: null,
  decisionReason: null,
  createdAt: new Date("2026-12-01T10:00:00Z"),
  editedAt: null,
  ...overrides,
});
const context = { consultationId: "c1", personName: "Osoba", organisations: [], allowSelf: true };

describe("OwnRemarks", () => {
  it("moves the focus into the form on change, and back to the change button on cancel", async () => {
    renderWithIntl(<OwnRemarks open context={context} remarks={[remark({})]} />);
    const change = screen.getByRole("button", { name: "Zmień § 1" });
    act(() => fireEvent.click(change));
    const field = screen.getAllByRole("textbox")[0]!;
    expect(field).toHaveFocus();
    act(() => fireEvent.click(screen.getByRole("button", { name: "Anuluj" })));
    expect(screen.getByRole("button", { name: "Zmień § 1" })).toHaveFocus();
  });

  it("offers no change or withdrawal of an answered remark, and says why", async () => {
    const { container } = renderWithIntl(
      <OwnRemarks
        open
        context={context}
        remarks={[
          remark({
            id: "answered",
            unitLabel: "§ 1",
            decision: "NOT_ACCEPTED",
            decisionReason: "Termin wynika z ustawy.",
          }),
          remark({ id: "open", unitLabel: "§ 2" }),
        ]}
      />,
    );
    const [answered, unanswered] = screen.getAllByRole("listitem");
    expect(within(answered!).queryByRole("button")).toBeNull();
    expect(answered).toHaveTextContent("Urząd odpowiedział na tę uwagę, więc nie można jej już zmienić ani wycofać.");
    expect(within(unanswered!).getByRole("button", { name: "Zmień § 2" })).toBeInTheDocument();
    expect(within(unanswered!).getByRole("button", { name: "Wycofaj § 2" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says in words when the server refuses a withdrawal because an answer came first", async () => {
    withdraw.mockResolvedValue({ data: { refused: "REMARK_ANSWERED" } });
    renderWithIntl(<OwnRemarks open context={context} remarks={[remark({})]} />);
    fireEvent.click(screen.getByRole("button", { name: "Wycofaj § 1" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tak, wycofaj" })));
    expect(withdraw).toHaveBeenCalledWith({ remarkId: "r1" });
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Urząd już odpowiedział na tę uwagę, więc nie można jej zmienić ani wycofać.",
    );
  });
});
