import {
  can,
  isScoped,
  needsTwoFactorFor,
  roleRequiresTwoFactor,
  permissionNames,
  permissions,
} from "@/lib/auth/permissions";
import { actorWith as person } from "@/tests/factories/actor";

describe("can", () => {
  it("lets only visitors sign up, and anyone holding a link confirm an address", () => {
    expect(can(null, "account.signUp")).toBe(true);
    expect(can(person(), "account.signUp")).toBe(false);
    expect(can(null, "account.verifyEmail")).toBe(true);
    expect(can(person({ platformRole: "ADMINISTRATOR" }), "account.verifyEmail")).toBe(true);
  });

  it("requires a signed-in person for the account", () => {
    expect(can(null, "account.view")).toBe(false);
    expect(can(person(), "account.view")).toBe(true);
  });

  it("gives platform permissions by platform role only", () => {
    expect(can(person({ platformRole: "MODERATOR" }), "content.moderate")).toBe(true);
    expect(can(person({ platformRole: "ADMINISTRATOR" }), "content.moderate")).toBe(true);
    expect(can(person(), "content.moderate")).toBe(false);
    expect(can(person({ platformRole: "MODERATOR" }), "users.manage")).toBe(false);
    // An organisation owner is not a platform administrator.
    expect(can(person({ organisations: [{ organisationId: "o1", role: "OWNER" }] }), "users.manage")).toBe(false);
  });

  it("scopes organisation permissions to that organisation (no cross-tenant access)", () => {
    const editor = person({ organisations: [{ organisationId: "o1", role: "EDITOR" }] });
    expect(can(editor, "organisation.edit", { organisationId: "o1" })).toBe(true);
    expect(can(editor, "organisation.edit", { organisationId: "o2" })).toBe(false);
    expect(can(editor, "organisation.members.manage", { organisationId: "o1" })).toBe(false);
    expect(can(editor, "organisation.edit")).toBe(false); // no scope: refused, never "any organisation"
  });

  it("scopes institution permissions to that institution", () => {
    const official = person({ institutions: [{ institutionId: "i1", role: "OFFICIAL" }] });
    expect(can(official, "institution.actFor", { institutionId: "i1" })).toBe(true);
    expect(can(official, "institution.actFor", { institutionId: "i2" })).toBe(false);
    expect(can(official, "institution.officials.approve", { institutionId: "i1" })).toBe(false);
    expect(can(null, "institution.actFor", { institutionId: "i1" })).toBe(false);
  });

  it("lets only the addressed office's officials, with two-factor on, answer ideas addressed to it", () => {
    const official = person({ twoFactorEnabled: true, institutions: [{ institutionId: "i1", role: "OFFICIAL" }] });
    expect(can(official, "ideas.answer", { institutionId: "i1" })).toBe(true);
    expect(can(official, "ideas.answer", { institutionId: "i2" })).toBe(false);
    expect(can({ ...official, twoFactorEnabled: false }, "ideas.answer", { institutionId: "i1" })).toBe(false);
    expect(can(official, "ideas.answerForPlatform")).toBe(false);
    expect(can(person({ platformRole: "ADMINISTRATOR", twoFactorEnabled: true }), "ideas.answerForPlatform")).toBe(
      true,
    );
    expect(can(person(), "ideas.write")).toBe(true);
    expect(can(null, "ideas.support")).toBe(false);
  });

  it("lets platform administrators manage any organisation or institution, but not act for it", () => {
    const admin = person({ platformRole: "ADMINISTRATOR" });
    expect(can(admin, "organisation.members.manage", { organisationId: "o9" })).toBe(true);
    expect(can(admin, "institution.officials.approve", { institutionId: "i9" })).toBe(true);
    expect(can(admin, "organisation.actFor", { organisationId: "o9" })).toBe(false);
    expect(can(admin, "institution.actFor", { institutionId: "i9" })).toBe(false);
    expect(can(admin, "organisation.members.manage")).toBe(false); // still needs a scope
    expect(can(person({ platformRole: "MODERATOR" }), "organisation.members.manage", { organisationId: "o9" })).toBe(
      false,
    );
  });

  it("lets only owners manage members, and every member leave", () => {
    const member = person({ organisations: [{ organisationId: "o1", role: "MEMBER" }] });
    expect(can(member, "organisation.members.manage", { organisationId: "o1" })).toBe(false);
    expect(can(member, "organisation.leave", { organisationId: "o1" })).toBe(true);
    expect(can(member, "organisation.leave", { organisationId: "o2" })).toBe(false);
    expect(
      can(person({ organisations: [{ organisationId: "o1", role: "OWNER" }] }), "organisation.members.manage", {
        organisationId: "o1",
      }),
    ).toBe(true);
  });

  it("lets only an organisation's owners cast its ballot and designate who casts it, never an administrator", () => {
    const owner = person({ twoFactorEnabled: false, organisations: [{ organisationId: "o1", role: "OWNER" }] });
    const editor = person({ organisations: [{ organisationId: "o1", role: "EDITOR" }] });
    const admin = person({ platformRole: "ADMINISTRATOR" });
    for (const permission of ["elections.voteForOrganisation", "elections.designateVoter"] as const) {
      expect(can(owner, permission, { organisationId: "o1" })).toBe(true);
      expect(can(owner, permission, { organisationId: "o2" })).toBe(false);
      expect(can(editor, permission, { organisationId: "o1" })).toBe(false);
      expect(can(admin, permission, { organisationId: "o1" })).toBe(false);
      expect(can(null, permission, { organisationId: "o1" })).toBe(false);
      expect(can(owner, permission)).toBe(false); // still needs a scope
    }
  });

  it("grants official functions only with two-factor authentication on", () => {
    const admin = person({ platformRole: "ADMINISTRATOR", twoFactorEnabled: false });
    expect(can(admin, "users.manage")).toBe(false);
    expect(can(admin, "organisation.members.manage", { organisationId: "o9" })).toBe(false);
    expect(needsTwoFactorFor(admin, "users.manage")).toBe(true);
    const official = person({ twoFactorEnabled: false, institutions: [{ institutionId: "i1", role: "OFFICIAL" }] });
    expect(can(official, "institution.actFor", { institutionId: "i1" })).toBe(false);
    expect(needsTwoFactorFor(official, "institution.actFor", { institutionId: "i1" })).toBe(true);
    expect(needsTwoFactorFor(official, "institution.actFor", { institutionId: "i2" })).toBe(false); // refused anyway
    // Organisation members act without it.
    const owner = person({ twoFactorEnabled: false, organisations: [{ organisationId: "o1", role: "OWNER" }] });
    expect(can(owner, "organisation.members.manage", { organisationId: "o1" })).toBe(true);
    expect(needsTwoFactorFor(null, "users.manage")).toBe(false);
    const resident = person({ twoFactorEnabled: false });
    expect([admin, official, owner, resident].map(roleRequiresTwoFactor)).toEqual([true, true, false, false]);
  });

  it("grants moderation only with two-factor authentication on (issue 19: a moderator hides and removes anyone's words)", () => {
    const moderator = person({ platformRole: "MODERATOR", twoFactorEnabled: false });
    expect(can(moderator, "content.moderate")).toBe(false);
    expect(needsTwoFactorFor(moderator, "content.moderate")).toBe(true);
    expect(roleRequiresTwoFactor(moderator)).toBe(true);
    expect(can({ ...moderator, twoFactorEnabled: true }, "content.moderate")).toBe(true);
    // What every signed-in person may do stays open to a moderator without it.
    expect(can(moderator, "forum.post")).toBe(true);
  });

  it("keeps offers to their organisations and offices: no platform role drafts an offer or reads an office's offers", () => {
    const admin = person({ platformRole: "ADMINISTRATOR", twoFactorEnabled: true });
    expect(can(admin, "offers.prepare", { organisationId: "o1" })).toBe(false);
    expect(can(admin, "competitions.viewOffers", { institutionId: "i1" })).toBe(false);
    expect(can(admin, "competitions.manage", { institutionId: "i1" })).toBe(true);
    expect(can(admin, "legalRules.configure")).toBe(true);
    const member = person({ organisations: [{ organisationId: "o1", role: "MEMBER" }] });
    expect(can(member, "offers.view", { organisationId: "o1" })).toBe(true);
    expect(can(member, "offers.prepare", { organisationId: "o1" })).toBe(false);
    expect(can(member, "offers.view", { organisationId: "o2" })).toBe(false);
    const official = person({ twoFactorEnabled: true, institutions: [{ institutionId: "i1", role: "OFFICIAL" }] });
    expect(can(official, "competitions.viewOffers", { institutionId: "i1" })).toBe(true);
    expect(can(official, "competitions.viewOffers", { institutionId: "i2" })).toBe(false);
    expect(can(official, "legalRules.configure")).toBe(false);
  });

  it("knows which permissions need a scope", () => {
    expect(permissionNames).toEqual(Object.keys(permissions));
    expect(isScoped("organisation.edit")).toBe(true);
    expect(isScoped("users.manage")).toBe(false);
    expect(isScoped("commission.score")).toBe(true);
  });

  it("grants commission permissions only by the role the scope carries, with two-factor on (fails closed)", () => {
    const member = person({ twoFactorEnabled: true });
    expect(can(member, "commission.view")).toBe(false); // no scope
    expect(can(member, "commission.view", { institutionId: "i1", organisationId: "o1" })).toBe(false);
    expect(can(member, "commission.view", { commissionRole: "MEMBER" })).toBe(true);
    expect(can({ ...member, twoFactorEnabled: false }, "commission.view", { commissionRole: "MEMBER" })).toBe(false);
    expect(
      needsTwoFactorFor({ ...member, twoFactorEnabled: false }, "commission.view", { commissionRole: "MEMBER" }),
    ).toBe(true);
    expect(can(null, "commission.view", { commissionRole: "CHAIR" })).toBe(false);
    // A role not listed for the permission.
    expect(can(member, "commission.chair", { commissionRole: "MEMBER" })).toBe(false);
    // No platform or institution role stands in for a seat on the commission.
    const admin = person({
      platformRole: "ADMINISTRATOR",
      institutions: [{ institutionId: "i1", role: "ADMINISTRATOR" }],
    });
    expect(can(admin, "commission.score", { institutionId: "i1" })).toBe(false);
  });

  it("gives each commission permission to its roles only", () => {
    const member = person({ twoFactorEnabled: true });
    const table = {
      "commission.view": ["CHAIR", "SECRETARY", "MEMBER", "EXPERT"],
      "commission.declare": ["CHAIR", "SECRETARY", "MEMBER", "EXPERT"],
      "commission.score": ["CHAIR", "MEMBER", "EXPERT"],
      "commission.minutes": ["CHAIR", "SECRETARY"],
      "commission.chair": ["CHAIR"],
    } as const;
    const roles = ["CHAIR", "SECRETARY", "MEMBER", "EXPERT"] as const;
    for (const [permission, allowed] of Object.entries(table) as [keyof typeof table, readonly string[]][]) {
      const granted = roles.filter((commissionRole) => can(member, permission, { commissionRole }));
      expect({ permission, granted }).toEqual({ permission, granted: [...allowed] });
    }
  });

  it("keeps the evaluation to the office's own officials, and reasons requests open to anyone signed in", () => {
    const official = person({ twoFactorEnabled: true, institutions: [{ institutionId: "i1", role: "OFFICIAL" }] });
    const admin = person({ platformRole: "ADMINISTRATOR", twoFactorEnabled: true });
    const owner = person({ organisations: [{ organisationId: "o1", role: "OWNER" }] });
    for (const permission of [
      "competitions.formalCheck",
      "competitions.appointCommission",
      "competitions.viewEvaluation",
      "competitions.decide",
      "competitions.answerReasons",
    ] as const) {
      expect(can(official, permission, { institutionId: "i1" })).toBe(true);
      expect(can(official, permission, { institutionId: "i2" })).toBe(false);
      expect(can(admin, permission, { institutionId: "i1" })).toBe(false);
      expect(can(owner, permission, { institutionId: "i1" })).toBe(false);
    }
    expect(can(person(), "competitions.requestReasons")).toBe(true);
    expect(can(null, "competitions.requestReasons")).toBe(false);
    const editor = person({ organisations: [{ organisationId: "o1", role: "EDITOR" }] });
    const plain = person({ organisations: [{ organisationId: "o1", role: "MEMBER" }] });
    expect(can(editor, "offers.correct", { organisationId: "o1" })).toBe(true);
    expect(can(editor, "offers.correct", { organisationId: "o2" })).toBe(false);
    expect(can(plain, "offers.correct", { organisationId: "o1" })).toBe(false);
    expect(can(official, "offers.correct", { organisationId: "o1" })).toBe(false);
  });
});
