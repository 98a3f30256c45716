/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { FollowOrganisationButton } from "@/components/notifications/follow-button";
import { MembershipRequestPanel } from "@/components/organisations/membership-request-panel";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/organisations/actions", () => ({
  requestToJoinAction: jest.fn(),
  requestOfficialStatusAction: jest.fn(),
  withdrawMembershipRequestAction: "withdraw",
}));
jest.mock("@/lib/notifications/actions", () => ({ followOrganisationAction: "follow" }));

// The action hook as the components use it: pending while a call is on its way, then the result and onSuccess.
let pending = false;
let succeeded: { data: unknown } | null = null;
const onSuccess: Record<string, (() => void) | undefined> = {};
jest.mock("next-safe-action/hooks", () => ({
  useAction: (action: string, options?: { onSuccess?: () => void }) => {
    onSuccess[action] = options?.onSuccess;
    return { execute: jest.fn(), isPending: pending, result: succeeded ?? {} };
  },
}));

beforeEach(() => {
  pending = false;
  succeeded = null;
});

describe("asking to join and following, by keyboard", () => {
  it("keeps the follow button focusable while its action is on its way", () => {
    pending = true;
    renderWithIntl(<FollowOrganisationButton organisationId="org1" following={false} />);
    const button = screen.getByRole("button", { name: "Obserwuj" });
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute("aria-disabled", "true");
  });

  it("leaves the focus on the panel's heading once a request is withdrawn, and says so", async () => {
    const changed = jest.fn();
    const { container, rerender } = renderWithIntl(
      <MembershipRequestPanel
        kind="organisation"
        targetId="org1"
        ownRequest={{ id: "r1", status: "PENDING", decisionReason: null }}
        onChanged={changed}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Wycofaj prośbę" }));
    act(() => onSuccess.withdraw!());
    expect(changed).toHaveBeenCalled();
    expect(screen.getByRole("heading", { name: "Dołącz do tej organizacji" })).toHaveFocus();

    succeeded = { data: { withdrawn: true } };
    rerender(
      <MembershipRequestPanel
        kind="organisation"
        targetId="org1"
        ownRequest={{ id: "r1", status: "WITHDRAWN", decisionReason: null }}
        onChanged={changed}
      />,
    );
    expect(screen.getByText("Prośba wycofana.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Dołącz do tej organizacji" })).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
  });
});
