import { agreementAccess, type AgreementSides } from "@/lib/partnerships/agreement/policy";
import { actorWith } from "@/tests/factories/actor";

const sides = (overrides: Partial<AgreementSides> = {}): AgreementSides => ({
  status: "FORMED",
  organisations: [{ id: "org-requester", verifiedAt: new Date() }],
  institutionIds: ["office-partner"],
  ...overrides,
});

const editorOf = (organisationId: string) => actorWith({ organisations: [{ organisationId, role: "EDITOR" }] });
const officialOf = (institutionId: string, twoFactorEnabled = true) =>
  actorWith({ twoFactorEnabled, institutions: [{ institutionId, role: "OFFICIAL" }] });

describe("who may download a partnership's agreement", () => {
  it("admits the owners and editors of a side's verified organisation and the officials of a side's office", () => {
    expect(agreementAccess(editorOf("org-requester"), sides())).toEqual({
      allowed: true,
      actingFor: { organisationId: "org-requester" },
    });
    expect(agreementAccess(officialOf("office-partner"), sides())).toEqual({
      allowed: true,
      actingFor: { institutionId: "office-partner" },
    });
    for (const status of ["PROPOSED", "COMPLETED"] as const)
      expect(agreementAccess(editorOf("org-requester"), sides({ status })).allowed).toBe(true);
  });

  it("tells visitors, strangers, plain members, officials without two-factor and unverified sides nothing", () => {
    const member = actorWith({ organisations: [{ organisationId: "org-requester", role: "MEMBER" }] });
    for (const actor of [null, actorWith(), editorOf("org-other"), member, officialOf("office-partner", false)])
      expect(agreementAccess(actor, sides())).toEqual({ allowed: false, status: 404 });
    expect(
      agreementAccess(editorOf("org-requester"), sides({ organisations: [{ id: "org-requester", verifiedAt: null }] })),
    ).toEqual({ allowed: false, status: 404 });
  });

  it("refuses a side once the partnership has ended", () => {
    expect(agreementAccess(editorOf("org-requester"), sides({ status: "ENDED" }))).toEqual({
      allowed: false,
      status: 403,
    });
    expect(agreementAccess(null, sides({ status: "ENDED" }))).toEqual({ allowed: false, status: 404 });
  });
});
