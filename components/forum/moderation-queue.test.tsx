/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { ModerationQueue } from "@/components/forum/moderation-queue";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const hidePostsAction = jest.fn();
const dismissFlagsAction = jest.fn();
jest.mock("@/lib/forum/actions", () => ({
  hidePostsAction: (input: unknown) => hidePostsAction(input),
  dismissFlagsAction: (input: unknown) => dismissFlagsAction(input),
  approvePostsAction: jest.fn(),
  suspendUserAction: jest.fn(),
  liftSuspensionAction: jest.fn(),
}));
jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children }: { href: string; children: React.ReactNode }) => <a href={String(href)}>{children}</a>,
}));

const item = {
  id: "post-1",
  shown: "fingerprint",
  number: 2,
  excerpt: "Kup tanio!",
  wholeText: null,
  createdAt: new Date("2026-12-01T10:00:00Z"),
  hidden: false,
  held: false,
  author: null,
  thread: { id: "thread-1", title: "Dotacje 2027" },
  flags: [{ reason: "SPAM" as const, note: null }],
};

describe("the forum's moderation queue", () => {
  it("shows only the latest decision's outcome: a reason missing for hiding goes once the flags are dismissed", async () => {
    hidePostsAction.mockResolvedValue({ validationErrors: { reason: { _errors: ["forumHideReasonTooShort"] } } });
    dismissFlagsAction.mockResolvedValue({ data: { dismissed: 1 } });
    renderWithIntl(<ModerationQueue items={[item]} empty="Nic nie czeka." />);
    fireEvent.click(screen.getByRole("checkbox", { name: /Dotacje 2027/ }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Ukryj zaznaczone" })));
    expect(screen.getByRole("textbox", { name: /Powód/ })).toHaveAttribute("aria-invalid", "true");
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Zostaw zaznaczone i odrzuć zgłoszenia" })),
    );
    expect(screen.getByRole("status")).toHaveTextContent("Odrzucono zgłoszenia 1 wpisu.");
    expect(screen.getByRole("textbox", { name: /Powód/ })).not.toHaveAttribute("aria-invalid");
  });

  it("lets the moderator read the whole of a long post before deciding, not only its excerpt", () => {
    const long = { ...item, excerpt: "Początek…", wholeText: "Początek wpisu.\nA na końcu reklama kasyna." };
    renderWithIntl(<ModerationQueue items={[long]} empty="Nic nie czeka." />);
    const whole = screen.getByText("Pokaż całą treść");
    expect(whole.closest("details")).not.toHaveAttribute("open");
    fireEvent.click(whole);
    expect(whole.closest("details")).toHaveAttribute("open");
    expect(screen.getByText(/A na końcu reklama kasyna\./)).toBeVisible();
  });
});
