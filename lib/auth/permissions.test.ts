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
  });
});
