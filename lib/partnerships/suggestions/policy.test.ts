import type { Actor } from "@/lib/auth/permissions";
import { authorParty, mayActForParty, partiesOf, partyFromKey, partyKey } from "@/lib/partnerships/suggestions/policy";

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: "u1",
  platformRole: "RESIDENT",
  twoFactorEnabled: false,
  organisations: [],
  institutions: [],
  ...overrides,
});

describe("who acts for a request's party", () => {
  const org = { organisationId: "o1" };
  it("lets owners and editors of a verified organisation, not members, other organisations or visitors", () => {
    expect(mayActForParty(actor({ organisations: [{ organisationId: "o1", role: "EDITOR" }] }), org, true)).toBe(true);
    expect(mayActForParty(actor({ organisations: [{ organisationId: "o1", role: "MEMBER" }] }), org, true)).toBe(false);
    expect(mayActForParty(actor({ organisations: [{ organisationId: "o2", role: "OWNER" }] }), org, true)).toBe(false);
    expect(mayActForParty(null, org, true)).toBe(false);
  });
  it("refuses an unverified organisation's owner", () => {
    expect(mayActForParty(actor({ organisations: [{ organisationId: "o1", role: "OWNER" }] }), org, false)).toBe(false);
  });
  it("lets an office's officials only with two-factor authentication", () => {
    const official = { institutions: [{ institutionId: "i1", role: "OFFICIAL" as const }] };
    expect(mayActForParty(actor(official), { institutionId: "i1" }, false)).toBe(false);
    expect(mayActForParty(actor({ ...official, twoFactorEnabled: true }), { institutionId: "i1" }, false)).toBe(true);
  });
  it("lists the parties one may read 'for you' for, and picks one by its key, else the first", () => {
    const a = actor({
      twoFactorEnabled: true,
      organisations: [
        { organisationId: "o1", role: "MEMBER" },
        { organisationId: "o2", role: "OWNER" },
      ],
      institutions: [{ institutionId: "i1", role: "ADMINISTRATOR" }],
    });
    const parties = partiesOf(a);
    expect(parties).toEqual([{ organisationId: "o2" }, { institutionId: "i1" }]);
    expect(partyFromKey(partyKey({ institutionId: "i1" }), parties)).toEqual({ institutionId: "i1" });
    expect(partyFromKey("o:o1", parties)).toEqual({ organisationId: "o2" });
    expect(authorParty({ organisationId: null, institutionId: "i9" })).toEqual({ institutionId: "i9" });
  });
});
