/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { accountChanged } from "@/components/layout/account-events";
import { AccountNav } from "@/components/layout/account-nav";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";
import { fakeFetch } from "@/tests/helpers/fake-fetch";

jest.mock("next-auth/react", () => ({ signOut: jest.fn() }));
jest.mock("@/lib/i18n/current-pathname", () => ({ useAppPathname: () => "/contact" }));

const labels = { signOut: "Wyloguj się", signingOut: "Wylogowywanie…" };
let answers: AccountSummary[];
const fetchMock = fakeFetch(() => answers.shift()!);

describe("the header's account area", () => {
  it("asks who is reading, never storing the answer, and offers a visitor signing in", async () => {
    answers = [{ signedIn: false }];
    const { container } = renderWithIntl(<AccountNav signOutLabels={labels} />);
    const nav = await screen.findByRole("navigation", { name: "Konto" });
    expect(within(nav).getByRole("link", { name: "Zaloguj się" })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith("/api/account/summary", expect.objectContaining({ cache: "no-store" }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows a signed-in person their bell and account menu, and counts again when the page says so", async () => {
    const person = {
      signedIn: true as const,
      name: "Anna Nowak",
      memberships: [
        { kind: "organisation" as const, name: "Fundacja Przykład", slug: "fundacja-przyklad", actsFor: true },
      ],
      adminLinks: ["audit" as const],
      writesNews: true,
      managesLibrary: false,
    };
    answers = [
      { ...person, unread: 2 },
      { ...person, unread: 0 },
    ];
    const { container } = renderWithIntl(<AccountNav signOutLabels={labels} />);
    const nav = await screen.findByRole("navigation", { name: "Konto" });
    expect(within(nav).getByRole("link", { name: /^Powiadomienia 2/ })).toBeInTheDocument();
    fireEvent.click(within(nav).getByRole("button", { name: "Moje konto" }));
    expect(within(nav).getByText("Anna Nowak")).toBeVisible();
    expect(within(nav).getByRole("link", { name: /^Fundacja Przykład/ })).toHaveAttribute(
      "href",
      "/organizacje/fundacja-przyklad",
    );
    expect(within(nav).getByRole("link", { name: "Dziennik zdarzeń" })).toHaveAttribute(
      "href",
      "/administracja/dziennik-zdarzen",
    );
    expect(within(nav).getByRole("button", { name: "Wyloguj się" })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    act(() => accountChanged());
    await waitFor(() => expect(within(nav).getByRole("link", { name: "Powiadomienia" })).toBeInTheDocument());
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
