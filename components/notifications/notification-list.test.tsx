/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { NotificationList } from "@/components/notifications/notification-list";
import type { NotificationEntry } from "@/lib/notifications/centre-types";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const executed: { action: string; input: unknown }[] = [];
jest.mock("@/lib/notifications/actions", () => ({
  markNotificationReadAction: "markOne",
  markAllNotificationsReadAction: "markAll",
}));
// The action succeeds at once: what the list does after a mark is what these tests look at.
jest.mock("next-safe-action/hooks", () => ({
  useAction: (action: string, options?: { onSuccess?: () => void }) => ({
    execute: (input?: unknown) => {
      executed.push({ action, input });
      options?.onSuccess?.();
    },
    isPending: false,
    result: {},
  }),
}));

const entry = (overrides: Partial<NotificationEntry>): NotificationEntry => ({
  id: "n1",
  read: false,
  createdAt: "2026-03-02T10:00:00.000Z",
  when: "2 marca 2026, 11:00",
  text: "Odpowiedziano na Twoją uwagę.",
  href: "/konsultacje/program#remark-r1",
  ...overrides,
});

describe("the notification centre's list", () => {
  beforeEach(() => (executed.length = 0));

  it("leads by plain links, says which subjects are gone, and offers marking only unread entries", async () => {
    const { container } = renderWithIntl(
      <NotificationList
        onMarked={() => undefined}
        unread={1}
        entries={[entry({}), entry({ id: "n2", read: true, text: "Wybory zakończone.", href: null })]}
      />,
    );
    const list = screen.getByRole("list", { name: "Powiadomienia, od najnowszego" });
    const [unread, read] = within(list).getAllByRole("listitem") as [HTMLElement, HTMLElement];
    expect(within(unread).getByRole("link", { name: "Odpowiedziano na Twoją uwagę." })).toHaveAttribute(
      "href",
      "/konsultacje/program#remark-r1",
    );
    // The badge is told apart from the text it precedes (a hidden colon), not run into it.
    expect(unread).toHaveTextContent("Nowe: Odpowiedziano na Twoją uwagę.");
    // The date with its time as the server wrote it (lib/notifications/centre.ts), and the moment for machines.
    expect(unread.querySelector("time")).toHaveAttribute("dateTime", "2026-03-02T10:00:00.000Z");
    expect(unread.querySelector("time")).toHaveTextContent(/^2 marca 2026, 11:00$/);
    expect(read).toHaveTextContent("Wybory zakończone. (ten element już nie istnieje)");
    expect(within(read).queryByRole("link")).toBeNull();
    expect(within(read).queryByRole("button")).toBeNull();

    fireEvent.click(
      within(unread).getByRole("button", { name: /^Oznacz jako przeczytane.*Odpowiedziano na Twoją uwagę\.$/ }),
    );
    fireEvent.click(screen.getByRole("button", { name: "Oznacz wszystkie jako przeczytane" }));
    expect(executed).toEqual([
      { action: "markOne", input: { notificationId: "n1" } },
      { action: "markAll", input: undefined },
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("keeps the reader's place when an entry is marked: the focus on what stays of it, the mark said", () => {
    const marked = jest.fn();
    renderWithIntl(
      <NotificationList
        onMarked={marked}
        unread={2}
        entries={[entry({}), entry({ id: "n2", text: "Wybory zakończone.", href: null })]}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: /^Oznacz jako przeczytane.*Odpowiedziano/ }));
    expect(screen.getByRole("link", { name: "Odpowiedziano na Twoją uwagę." })).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Oznaczono jako przeczytane: Odpowiedziano na Twoją uwagę.");
    // An entry whose subject is gone has no link: the entry itself takes the focus.
    fireEvent.click(screen.getByRole("button", { name: /^Oznacz jako przeczytane.*Wybory zakończone/ }));
    expect(document.getElementById("notification-n2")).toHaveFocus();
    expect(marked).toHaveBeenCalledTimes(2);
  });

  it("offers no 'mark all' once nothing is unread", () => {
    renderWithIntl(<NotificationList onMarked={() => undefined} unread={0} entries={[entry({ read: true })]} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
