/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { CommentQueue } from "@/components/ideas/comments/comment-queue";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const restoreCommentsAction = jest.fn();
jest.mock("@/lib/ideas/comments/actions", () => ({
  hideCommentsAction: jest.fn(),
  approveCommentsAction: jest.fn(),
  dismissCommentFlagsAction: jest.fn(),
  restoreCommentsAction: (input: unknown) => restoreCommentsAction(input),
}));
jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children }: { href: string; children: React.ReactNode }) => <a href={String(href)}>{children}</a>,
}));

const SHOWN = "0123456789abcdef0123456789abcdef";
const item = {
  id: "c7",
  shown: SHOWN,
  number: 4,
  excerpt: "Ławki przy stawie",
  wholeText: null,
  createdAt: new Date("2026-12-01T10:00:00Z"),
  hidden: true,
  held: false,
  author: "Anna",
  idea: { slug: "lawki", title: "Ławki w parku" },
  flags: [],
};

describe("the ideas board's comment queue", () => {
  beforeEach(() => restoreCommentsAction.mockReset());

  it("restores the chosen hidden comments as the moderator was shown them, and says how many", async () => {
    restoreCommentsAction.mockResolvedValue({ data: { restored: 1 } });
    renderWithIntl(<CommentQueue items={[item]} empty="Nic nie czeka." />);
    fireEvent.click(screen.getByRole("checkbox", { name: /Ławki w parku, komentarz nr 4/ }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Przywróć zaznaczone ukryte" })));
    expect(restoreCommentsAction).toHaveBeenCalledWith({ commentIds: ["c7"], shown: { c7: SHOWN } });
    expect(screen.getByRole("status")).toHaveTextContent("Przywrócono 1 komentarz.");
  });

  it("says nothing was restored when a chosen comment was rewritten while hidden", async () => {
    restoreCommentsAction.mockResolvedValue({ data: { refused: "changedSinceShown" } });
    renderWithIntl(<CommentQueue items={[item]} empty="Nic nie czeka." />);
    fireEvent.click(screen.getByRole("checkbox", { name: /Ławki w parku/ }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Przywróć zaznaczone ukryte" })));
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    expect(screen.getByRole("alert")).toHaveTextContent(/zmieniono po otwarciu listy/);
  });
});
