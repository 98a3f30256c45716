import type { Actor } from "@/lib/auth/permissions";
import { chosenParty, partiesOfActor, partyChoice } from "@/lib/partnerships/party";
import { maySeeSuggestions } from "@/lib/partnerships/suggestions/policy";

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: "u1",
  platformRole: "RESIDENT",
  twoFactorEnabled: false,
  organisations: [],
  institutions: [],
  ...overrides,
});

describe("who acts for a request's party", () => {
  const org = { organisationId: "o1", institutionId: null };
  const office = { organisationId: null, institutionId: "i1" };
  it("lets owners and editors of a verified organisation, not members, other organisations or visitors", () => {
    expect(maySeeSuggestions(actor({ organisations: [{ organisationId: "o1", role: "EDITOR" }] }), org, true)).toBe(
      true,
    );
    expect(maySeeSuggestions(actor({ organisations: [{ organisationId: "o1", role: "MEMBER" }] }), org, true)).toBe(
      false,
    );
    expect(maySeeSuggestions(actor({ organisations: [{ organisationId: "o2", role: "OWNER" }] }), org, true)).toBe(
      false,
    );
    expect(maySeeSuggestions(null, org, true)).toBe(false);
  });
  it("refuses an unverified organisation's owner", () => {
    expect(maySeeSuggestions(actor({ organisations: [{ organisationId: "o1", role: "OWNER" }] }), org, false)).toBe(
      false,
    );
  });
  it("lets an office's officials only with two-factor authentication", () => {
    const official = { institutions: [{ institutionId: "i1", role: "OFFICIAL" as const }] };
    expect(maySeeSuggestions(actor(official), office, false)).toBe(false);
    expect(maySeeSuggestions(actor({ ...official, twoFactorEnabled: true }), office, false)).toBe(true);
  });
  it("refuses a request with no party", () => {
    expect(
      maySeeSuggestions(actor({ platformRole: "ADMINISTRATOR" }), { organisationId: null, institutionId: null }, true),
    ).toBe(false);
  });
  it("lists the parties one may read 'for you' for, and picks one by its choice, else the first", () => {
    const a = actor({
      twoFactorEnabled: true,
      organisations: [
        { organisationId: "o1", role: "MEMBER" },
        { organisationId: "o2", role: "OWNER" },
      ],
      institutions: [{ institutionId: "i1", role: "ADMINISTRATOR" }],
    });
    const parties = partiesOfActor(a);
    expect(parties).toEqual([
      { kind: "organisation", id: "o2" },
      { kind: "institution", id: "i1" },
    ]);
    expect(chosenParty(partyChoice({ kind: "institution", id: "i1" }), parties)).toEqual({
      kind: "institution",
      id: "i1",
    });
    expect(chosenParty("organisation:o1", parties)).toEqual({ kind: "organisation", id: "o2" });
    expect(chosenParty(undefined, [])).toBeNull();
  });
});
