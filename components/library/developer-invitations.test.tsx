/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { DeveloperInvitations, type Invitation } from "@/components/library/developer-invitations";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const answer = jest.fn();
jest.mock("@/lib/library/actions", () => ({ answerDeveloperInvitationAction: "answer" }));
jest.mock("next-safe-action/hooks", () => ({
  useAction: () => ({ execute: jest.fn(), executeAsync: answer, isPending: false, result: {} }),
}));
jest.mock("@/lib/i18n/navigation", () => ({
  useRouter: () => ({ refresh: jest.fn() }),
  Link: ({ children }: { children: React.ReactNode }) => <span>{children}</span>,
}));

const invitation: Invitation = {
  id: "d1",
  party: "Fundacja Forum",
  invitedBy: "Anna Nowak",
  document: { slug: "program", title: "Program współpracy 2027", steward: "Urząd Miasta" },
};

describe("DeveloperInvitations", () => {
  beforeEach(() => answer.mockReset().mockResolvedValue({ data: { ok: true } }));

  it("asks before declining, and cancelling returns focus to the button", () => {
    renderWithIntl(<DeveloperInvitations items={[invitation]} />);
    fireEvent.click(screen.getByRole("button", { name: "Odrzuć… – Program współpracy 2027" }));
    expect(answer).not.toHaveBeenCalled();
    expect(
      screen.getByRole("group", {
        name: /Odrzucić zaproszenie do współautorstwa dokumentu „Program współpracy 2027”\?/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tak, odrzuć" })).toHaveFocus();
    fireEvent.click(screen.getByRole("button", { name: "Anuluj" }));
    expect(screen.getByRole("button", { name: "Odrzuć… – Program współpracy 2027" })).toHaveFocus();
    expect(answer).not.toHaveBeenCalled();
  });

  it("declines once confirmed and moves focus to the message saying so", async () => {
    const { rerender } = renderWithIntl(<DeveloperInvitations items={[invitation]} />);
    fireEvent.click(screen.getByRole("button", { name: "Odrzuć… – Program współpracy 2027" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tak, odrzuć" })));
    expect(answer).toHaveBeenCalledWith({ developerId: "d1", accept: false });
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Odrzucono zaproszenie: Program współpracy 2027.");
    expect(status.parentElement).toHaveFocus();
    // The refreshed page no longer lists the invitation; the message and its focus stay.
    rerender(<DeveloperInvitations items={[]} />);
    expect(screen.getByRole("status").parentElement).toHaveFocus();
  });

  it("moves focus to the message after accepting, too", async () => {
    renderWithIntl(<DeveloperInvitations items={[invitation]} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Przyjmij – Program współpracy 2027" })));
    expect(answer).toHaveBeenCalledWith({ developerId: "d1", accept: true });
    expect(screen.getByRole("status").parentElement).toHaveFocus();
  });
});
