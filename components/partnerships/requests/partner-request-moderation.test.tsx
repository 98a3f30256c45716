/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { PartnerRequestModeration } from "@/components/partnerships/requests/partner-request-moderation";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const hide = jest.fn();
jest.mock("@/lib/partnerships/requests/actions", () => ({
  hidePartnerRequestAction: "hide",
  restorePartnerRequestAction: "restore",
}));
jest.mock("@/lib/i18n/navigation", () => ({ Link: () => null }));
jest.mock("next-safe-action/hooks", () => ({
  useAction: (action: string) => ({ executeAsync: action === "hide" ? hide : jest.fn(), isPending: false }),
}));

const TITLE = "Kuchnia dla seniorów";

describe("a moderator hiding a request on its page", () => {
  it("says in our words that a reason is missing, sends nothing, and leaves the browser's check out", async () => {
    renderWithIntl(<PartnerRequestModeration requestId="r1" title={TITLE} state="PUBLISHED" shown={"0".repeat(32)} />);
    fireEvent.click(screen.getByRole("button", { name: `Ukryj zapytanie – ${TITLE}` }));
    const reason = screen.getByRole("textbox");
    expect(reason).not.toHaveAttribute("required");
    expect(reason.closest("form")).toHaveAttribute("novalidate");
    await act(async () => fireEvent.submit(reason.closest("form")!));
    expect(screen.getByText("Podaj powód (co najmniej 5 znaków).")).toBeVisible();
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(hide).not.toHaveBeenCalled();
  });

  it("shows the server's own check of the reason the same way", async () => {
    hide.mockResolvedValueOnce({ validationErrors: { reason: { _errors: ["newsReasonTooLong"] } } });
    renderWithIntl(<PartnerRequestModeration requestId="r1" title={TITLE} state="PUBLISHED" shown={"0".repeat(32)} />);
    fireEvent.click(screen.getByRole("button", { name: `Ukryj zapytanie – ${TITLE}` }));
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "Reklama usług komercyjnych." } });
    await act(async () => fireEvent.submit(screen.getByRole("textbox").closest("form")!));
    expect(hide).toHaveBeenCalledWith({ requestId: "r1", reason: "Reklama usług komercyjnych." });
    expect(screen.getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox")).toHaveAccessibleDescription(/Powód jest za długi|1000/);
  });
});
