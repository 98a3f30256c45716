/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { UserNav } from "@/components/layout/user-nav";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("next-auth/react", () => ({ signOut: jest.fn() }));
jest.mock("@/lib/i18n/current-pathname", () => ({ useAppPathname: () => "/contact" }));

const labels = { signOut: "Wyloguj się", signingOut: "Wylogowywanie…" };

describe("the header's account navigation", () => {
  it("lets a signed-in person sign out from any page (issue 18), from the account menu", async () => {
    const { container } = renderWithIntl(
      <UserNav
        userName="Anna Nowak"
        admin={[]}
        unread={0}
        memberships={[
          { kind: "organisation", name: "Fundacja Przykład", slug: "fundacja-przyklad", actsFor: true },
          { kind: "organisation", name: "Stowarzyszenie Nowe", slug: "stowarzyszenie-nowe", actsFor: false },
          { kind: "institution", name: "Urząd Miasta Opola", slug: "opole", actsFor: true },
        ]}
        signOutLabels={labels}
      />,
    );
    const nav = screen.getByRole("navigation", { name: "Konto" });
    const button = within(nav).getByRole("button", { name: "Moje konto" });
    expect(within(nav).queryByRole("button", { name: "Wyloguj się" })).toBeNull();

    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(within(nav).getByRole("button", { name: "Wyloguj się" })).toBeVisible();
    const names = (list: string) =>
      within(within(nav).getByRole("list", { name: list }))
        .getAllByRole("link")
        .map((link) => link.textContent);
    expect(names("Moje organizacje")).toEqual([
      "Fundacja Przykładmożesz występować w jej imieniu",
      "Stowarzyszenie Nowe",
      "Zarejestruj organizację",
    ]);
    expect(names("Mój urząd")).toEqual(["Urząd Miasta Opolawystępujesz w jego imieniu"]);
    expect(within(nav).getByRole("link", { name: "Ustawienia konta" })).toHaveAttribute("href", "/konto");
    // A member of an organisation reaches its offers (competitions and small grants alike).
    expect(within(nav).getByRole("link", { name: "Moje oferty" })).toHaveAttribute("href", "/oferty");
    // No administration for those without it.
    expect(within(nav).queryByRole("list", { name: "Administracja" })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.keyDown(button, { key: "Escape" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });

  it("names the groups for the person: an official's office, a moderator's moderation, an administrator's administration", () => {
    for (const [locale, office, moderation, administration] of [
      ["pl", "Mój urząd", "Moderacja", "Administracja"],
      ["en", "My office", "Moderation", "Administration"],
      ["de", "Meine Behörde", "Moderation", "Verwaltung"],
    ] as const) {
      const { unmount } = renderWithIntl(
        <UserNav
          userName="Jan Urzędnik"
          admin={["people", "forumModeration", "audit"]}
          unread={0}
          memberships={[{ kind: "institution", name: "Urząd Miasta Opola", slug: "opole", actsFor: true }]}
          signOutLabels={labels}
        />,
        locale,
      );
      fireEvent.click(screen.getByRole("button", { expanded: false }));
      const lists = screen.getAllByRole("list").flatMap((list) => list.getAttribute("aria-labelledby") ?? []);
      expect(lists.map((id) => document.getElementById(id)!.textContent)).toEqual([office, moderation, administration]);
      // An official without an organisation is not offered to register one in their account menu, nor offers.
      expect(screen.queryByRole("link", { name: /organi[sz]ation/i })).toBeNull();
      expect(screen.queryByRole("link", { name: /^(Moje oferty|My offers|Meine Angebote)$/ })).toBeNull();
      expect(
        within(screen.getByRole("list", { name: moderation }))
          .getAllByRole("link")
          .map((link) => link.getAttribute("href")),
      ).toHaveLength(1);
      expect(within(screen.getByRole("list", { name: administration })).getAllByRole("link")).toHaveLength(2);
      unmount();
    }
  });

  it("leads an official to the office's competitions and small grants, in a list named by the office", async () => {
    const { container } = renderWithIntl(
      <UserNav
        userName="Jan Urzędnik"
        admin={[]}
        unread={0}
        memberships={[
          {
            kind: "institution",
            name: "Urząd Miasta Opola",
            slug: "opole",
            actsFor: true,
            work: ["competitions", "smallGrants"],
          },
          { kind: "institution", name: "Urząd Gminy Obok", slug: "obok", actsFor: true, work: [] },
        ]}
        signOutLabels={labels}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Moje konto" }));
    const work = within(screen.getByRole("list", { name: "Urząd Miasta Opola" })).getAllByRole("link");
    expect(work.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Konkursy ofert urzędu", "/urzedy/opole/konkursy"],
      ["Małe granty urzędu", "/urzedy/opole/male-granty"],
    ]);
    // An office where the person may open neither has no such list.
    expect(screen.queryByRole("list", { name: "Urząd Gminy Obok" })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("offers a moderator or an administrator without an organisation no 'my organisations' group, a member of one keeps it", () => {
    for (const admin of [["forumModeration"], ["people", "audit"]] as const) {
      const { unmount } = renderWithIntl(
        <UserNav userName="Ewa Moderacja" admin={[...admin]} unread={0} memberships={[]} signOutLabels={labels} />,
      );
      fireEvent.click(screen.getByRole("button", { name: "Moje konto" }));
      expect(screen.queryByRole("list", { name: /organizacj/ })).toBeNull();
      expect(screen.queryByRole("link", { name: "Zarejestruj organizację" })).toBeNull();
      unmount();
    }
    renderWithIntl(
      <UserNav
        userName="Ewa Moderacja"
        admin={["forumModeration"]}
        unread={0}
        memberships={[{ kind: "organisation", name: "Fundacja Przykład", slug: "fundacja-przyklad", actsFor: false }]}
        signOutLabels={labels}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Moje konto" }));
    expect(within(screen.getByRole("list", { name: "Moja organizacja" })).getAllByRole("link")).toHaveLength(2);
  });

  it("offers a person with no organisation, office or platform role to register one", () => {
    renderWithIntl(<UserNav userName="Anna Nowak" admin={[]} unread={0} memberships={[]} signOutLabels={labels} />);
    fireEvent.click(screen.getByRole("button", { name: "Moje konto" }));
    expect(
      within(screen.getByRole("list", { name: "Moje organizacje" })).getByRole("link", {
        name: "Zarejestruj organizację",
      }),
    ).toHaveAttribute("href", "/organizacje/zarejestruj");
  });

  it("says 'my organisation' to a member of one", () => {
    renderWithIntl(
      <UserNav
        userName="Anna Nowak"
        admin={[]}
        unread={0}
        memberships={[{ kind: "organisation", name: "Fundacja Przykład", slug: "fundacja-przyklad", actsFor: false }]}
        signOutLabels={labels}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Moje konto" }));
    expect(screen.getByRole("list", { name: "Moja organizacja" })).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: /urz/ })).toBeNull();
  });

  it("shows the bell's unread count and says what it counts", () => {
    renderWithIntl(<UserNav userName="Anna Nowak" admin={[]} unread={3} signOutLabels={labels} />);
    expect(screen.getByRole("link", { name: "Powiadomienia 3 nieprzeczytane" })).toHaveAttribute(
      "href",
      "/powiadomienia",
    );
  });

  it("offers a visitor signing in, not signing out", () => {
    renderWithIntl(<UserNav userName={null} admin={[]} unread={0} signOutLabels={labels} />);
    const nav = screen.getByRole("navigation", { name: "Konto" });
    expect(within(nav).getByRole("link", { name: "Zaloguj się" })).toBeInTheDocument();
    expect(within(nav).queryByRole("button", { name: "Wyloguj się" })).toBeNull();
    expect(within(nav).queryByRole("button", { name: "Moje konto" })).toBeNull();
  });
});
