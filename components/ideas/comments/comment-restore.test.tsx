/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { CommentRestore } from "@/components/ideas/comments/comment-restore";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const executed: { name: string; input: unknown }[] = [];
let result: { data?: { restored: number } | { refused: string }; serverError?: string } = {};
const SHOWN = "0123456789abcdef0123456789abcdef";
jest.mock("next-safe-action/hooks", () => ({
  useAction: (action: { name: string }) => ({
    execute: (input: unknown) => executed.push({ name: action.name, input }),
    isPending: false,
    result,
    reset: jest.fn(),
  }),
}));
jest.mock("@/lib/ideas/comments/actions", () => ({ restoreCommentsAction: { name: "restore" } }));

beforeEach(() => {
  executed.length = 0;
  result = {};
});

describe("CommentRestore", () => {
  it("restores the hidden comment it names through the moderators' restore action", async () => {
    const { container } = renderWithIntl(
      <CommentRestore comment={{ id: "c7", number: 4, shown: SHOWN, anchor: "komentarz-4" }} />,
    );
    const button = screen.getByRole("button", { name: "Przywróć komentarz nr 4" });
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(button);
    expect(executed).toEqual([{ name: "restore", input: { commentIds: ["c7"], shown: { c7: SHOWN } } }]);
  });

  it("says whether the comment came back or had been restored already", () => {
    result = { data: { restored: 1 } };
    const { unmount } = renderWithIntl(
      <CommentRestore comment={{ id: "c7", number: 4, shown: SHOWN, anchor: "komentarz-4" }} />,
    );
    expect(screen.getByText("Komentarz przywrócono.")).toBeVisible();
    unmount();
    result = { data: { restored: 0 } };
    renderWithIntl(<CommentRestore comment={{ id: "c7", number: 4, shown: SHOWN, anchor: "komentarz-4" }} />);
    expect(screen.getByText("Ten komentarz był już przywrócony.")).toBeVisible();
  });

  it("says so when the comment was rewritten after the page was opened", () => {
    result = { data: { refused: "changedSinceShown" } };
    renderWithIntl(<CommentRestore comment={{ id: "c7", number: 4, shown: SHOWN, anchor: "komentarz-4" }} />);
    expect(screen.getByText(/Ten komentarz zmieniono po otwarciu strony/)).toBeVisible();
  });
});
