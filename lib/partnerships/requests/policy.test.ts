import type { Actor } from "@/lib/auth/permissions";
import {
  actsForParty,
  isListed,
  listedWhere,
  mayEditRequest,
  mayViewRequest,
} from "@/lib/partnerships/requests/policy";

const actor = (overrides: Partial<Actor>): Actor => ({
  id: "u1",
  platformRole: "RESIDENT",
  twoFactorEnabled: false,
  organisations: [],
  institutions: [],
  ...overrides,
});
const ofOrganisation = { organisationId: "o1", institutionId: null };
const ofOffice = { organisationId: null, institutionId: "i1" };
const open = { status: "OPEN", visibility: "PUBLISHED" } as const;

describe("who may do what with a partner request", () => {
  it("lets the organisation's owners and editors act for it, not its members", () => {
    expect(actsForParty(actor({ organisations: [{ organisationId: "o1", role: "EDITOR" }] }), ofOrganisation)).toBe(
      true,
    );
    expect(actsForParty(actor({ organisations: [{ organisationId: "o1", role: "MEMBER" }] }), ofOrganisation)).toBe(
      false,
    );
    expect(actsForParty(actor({ organisations: [{ organisationId: "o2", role: "OWNER" }] }), ofOrganisation)).toBe(
      false,
    );
    expect(actsForParty(null, ofOrganisation)).toBe(false);
  });

  it("lets an office's officials act for it only with two-factor authentication", () => {
    const official = { institutions: [{ institutionId: "i1", role: "OFFICIAL" as const }] };
    expect(actsForParty(actor(official), ofOffice)).toBe(false);
    expect(actsForParty(actor({ ...official, twoFactorEnabled: true }), ofOffice)).toBe(true);
  });

  it("shows a hidden request only to its party and the moderators, and closes it to edits for good", () => {
    const hidden = { ...ofOrganisation, status: "OPEN", visibility: "HIDDEN" } as const;
    const moderator = actor({ platformRole: "MODERATOR", twoFactorEnabled: true });
    const owner = actor({ organisations: [{ organisationId: "o1", role: "OWNER" }] });
    expect(mayViewRequest(null, hidden)).toBe(false);
    expect(mayViewRequest(moderator, hidden)).toBe(true);
    expect(mayViewRequest(owner, hidden)).toBe(true);
    expect(mayEditRequest(moderator, { ...ofOrganisation, ...open })).toBe(false);
    expect(mayEditRequest(owner, { ...ofOrganisation, status: "EXPIRED", visibility: "PUBLISHED" })).toBe(true);
    expect(mayEditRequest(owner, { ...ofOrganisation, status: "CLOSED", visibility: "PUBLISHED" })).toBe(false);
  });

  it("lists only published open requests whose closing day has not passed", () => {
    const closes = new Date("2026-12-10T00:00:00Z");
    expect(isListed({ ...open, repliesCloseOn: closes }, "2026-12-10")).toBe(true);
    expect(isListed({ ...open, repliesCloseOn: closes }, "2026-12-11")).toBe(false);
    expect(isListed({ status: "EXPIRED", visibility: "PUBLISHED", repliesCloseOn: closes }, "2026-12-01")).toBe(false);
    expect(isListed({ status: "OPEN", visibility: "HIDDEN", repliesCloseOn: closes }, "2026-12-01")).toBe(false);
    // An organisation that lost its verification takes its requests out of the lists.
    expect(isListed({ ...open, repliesCloseOn: closes, authorVerified: false }, "2026-12-01")).toBe(false);
    expect(listedWhere("2026-12-10")).toEqual({
      visibility: "PUBLISHED",
      status: "OPEN",
      repliesCloseOn: { gte: new Date("2026-12-10T00:00:00Z") },
      OR: [{ institutionId: { not: null } }, { organisation: { verifiedAt: { not: null } } }],
    });
  });
});
