/** @jest-environment jsdom */
import { AccountOverview } from "@/components/accounts/account-overview";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/components/accounts/own-requests", () => ({ OwnRequests: () => null }));

type Account = Parameters<typeof AccountOverview>[0]["account"];
const person = (overrides: Partial<Account>): Account => ({
  name: "Anna Nowak",
  email: "anna@example.org",
  platformRole: "RESIDENT",
  organisationMemberships: [],
  institutionMemberships: [],
  membershipRequests: [],
  consents: [],
  ...overrides,
});

/** What the account's data list says under its roles (after the name and the address). */
const rolesShown = () => document.querySelectorAll("dl > dd")[2]!.textContent;

describe("the account page's roles (issue 18)", () => {
  it("names an NGO owner's organisation and an official's office instead of calling them residents", () => {
    renderWithIntl(
      <AccountOverview
        account={person({
          organisationMemberships: [
            {
              role: "OWNER",
              organisation: { id: "o1", name: "Fundacja Opolskie Centrum Wolontariatu", slug: "ocw", verifiedAt: null },
            },
          ],
          institutionMemberships: [
            {
              role: "OFFICIAL",
              institution: {
                id: "i1",
                name: "Województwo opolskie",
                officeName: "Urząd Marszałkowski Województwa Opolskiego",
                slug: "umwo",
              },
            },
          ],
        })}
      />,
    );
    expect(rolesShown()).toContain("właściciel: Fundacja Opolskie Centrum Wolontariatu");
    expect(rolesShown()).toContain("urzędnik: Urząd Marszałkowski Województwa Opolskiego");
    expect(rolesShown()).not.toContain("mieszkaniec");
  });

  it("shows a moderator as a moderator, and a person with no other role as a resident", () => {
    const { unmount } = renderWithIntl(<AccountOverview account={person({ platformRole: "MODERATOR" })} />);
    expect(rolesShown()).toBe("moderator");
    unmount();
    renderWithIntl(<AccountOverview account={person({})} />);
    expect(rolesShown()).toBe("mieszkaniec");
  });
});
