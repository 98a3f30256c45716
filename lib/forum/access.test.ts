import type { Actor } from "@/lib/auth/permissions";
import { mayRead, mayWrite, readableAccess } from "@/lib/forum/access";

const person = (overrides: Partial<Actor> = {}): Actor => ({
  id: "u1",
  platformRole: "RESIDENT",
  twoFactorEnabled: false,
  organisations: [],
  institutions: [],
  ...overrides,
});
const representative = person({ organisations: [{ organisationId: "o1", role: "MEMBER", verified: true }] });
// Anyone can register an organisation: membership of an unverified one does not make a representative.
const unverifiedMember = person({ organisations: [{ organisationId: "o2", role: "OWNER", verified: false }] });
const official = person({ institutions: [{ institutionId: "i1", role: "OFFICIAL" }] });
// Moderating needs two-factor authentication (lib/auth/permissions.ts).
const moderator = person({ platformRole: "MODERATOR", twoFactorEnabled: true });

describe("forum category access", () => {
  it("lets everyone signed in into an ordinary category, and nobody signed out unless it is open to the public", () => {
    const ordinary = { access: "SIGNED_IN" as const, openToPublic: false };
    expect([mayRead(null, ordinary), mayRead(person(), ordinary), mayWrite(person(), ordinary)]).toEqual([
      false,
      true,
      true,
    ]);
    const open = { ...ordinary, openToPublic: true };
    expect([mayRead(null, open), mayWrite(null, open)]).toEqual([true, false]);
  });

  it("keeps representatives' and officials' categories to them, and lets moderators into both", () => {
    const forRepresentatives = { access: "REPRESENTATIVES" as const, openToPublic: false };
    const forOfficials = { access: "OFFICIALS" as const, openToPublic: false };
    expect(
      [person(), unverifiedMember, representative, official, moderator].map((actor) => [
        mayWrite(actor, forRepresentatives),
        mayWrite(actor, forOfficials),
      ]),
    ).toEqual([
      [false, false],
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ]);
    // Open to the public: everyone reads, only the group writes.
    expect([
      mayRead(person(), { ...forOfficials, openToPublic: true }),
      mayWrite(person(), { ...forOfficials, openToPublic: true }),
    ]).toEqual([true, false]);
    expect(readableAccess(representative)).toEqual(["SIGNED_IN", "REPRESENTATIVES"]);
    expect(readableAccess(unverifiedMember)).toEqual(["SIGNED_IN"]);
    expect(readableAccess(null)).toEqual([]);
  });
});
