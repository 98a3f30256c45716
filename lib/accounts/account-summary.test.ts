import { accountSummary, adminLinksFor } from "@/lib/accounts/account-summary";
import { headerFacts } from "@/lib/accounts/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { actorWith as person } from "@/tests/factories/actor";

const memberships = [{ kind: "organisation", name: "Fundacja Przykład", slug: "fundacja-przyklad", actsFor: true }];
jest.mock("@/lib/accounts/queries", () => ({ headerFacts: jest.fn(async () => ({ unread: 3, memberships })) }));

describe("adminLinksFor", () => {
  it("offers a resident and a visitor no administration", () => {
    expect(adminLinksFor(null)).toEqual([]);
    expect(adminLinksFor(person())).toEqual([]);
  });

  it("offers an administrator every page, in the header's order", () => {
    expect(adminLinksFor(person({ platformRole: "ADMINISTRATOR" }))).toEqual([
      "people",
      "organisations",
      "organisationImports",
      "officials",
      "forumCategories",
      "forumModeration",
      "newsModeration",
      "libraryModeration",
      "ideasModeration",
      "ideasSettings",
      "ideaCommentsModeration",
      "partnershipsModeration",
      "partnershipSettings",
      "legalRules",
      "jobs",
      "audit",
    ]);
  });

  it("still shows a moderator without two-factor authentication the way to moderation (it leads to switching it on)", () => {
    expect(adminLinksFor(person({ platformRole: "MODERATOR", twoFactorEnabled: false }))).toEqual([
      "forumModeration",
      "newsModeration",
      "libraryModeration",
      "ideasModeration",
      "ideaCommentsModeration",
      "partnershipsModeration",
    ]);
  });
});

describe("accountSummary", () => {
  it("tells a visitor only that they are not signed in", async () => {
    expect(await accountSummary(null)).toEqual({ signedIn: false });
  });

  it("gives a signed-in person their name, unread count and links", async () => {
    const user = { ...person(), name: "Anna Nowak" } as CurrentUser;
    expect(await accountSummary(user)).toEqual({
      signedIn: true,
      name: "Anna Nowak",
      unread: 3,
      memberships,
      adminLinks: [],
      writesNews: false,
      managesLibrary: false,
    });
  });

  it("gives an office's official the office's work pages, without the ids, and no other office's", async () => {
    jest.mocked(headerFacts).mockResolvedValueOnce({
      unread: 0,
      memberships: [
        { kind: "institution", id: "inst-1", name: "Urząd Miasta Opola", slug: "opole", actsFor: true },
        { kind: "organisation", id: "org-1", name: "Fundacja Przykład", slug: "fundacja-przyklad", actsFor: true },
      ],
    });
    // Without two-factor authentication too: the pages lead to switching it on, as the administration's do.
    const official = {
      ...person({ institutions: [{ institutionId: "inst-1", role: "OFFICIAL" }], twoFactorEnabled: false }),
      name: "Jan Urzędnik",
    } as CurrentUser;
    const summary = await accountSummary(official);
    expect(summary.signedIn && summary.memberships).toEqual([
      {
        kind: "institution",
        name: "Urząd Miasta Opola",
        slug: "opole",
        actsFor: true,
        work: ["competitions", "smallGrants"],
      },
      { kind: "organisation", name: "Fundacja Przykład", slug: "fundacja-przyklad", actsFor: true },
    ]);
    jest.mocked(headerFacts).mockResolvedValueOnce({
      unread: 0,
      memberships: [{ kind: "institution", id: "inst-2", name: "Urząd Obok", slug: "obok", actsFor: false }],
    });
    expect(await accountSummary(official)).toMatchObject({ memberships: [{ slug: "obok", work: [] }] });
  });
});
