import { actingForOptions, resolveActingAs } from "@/lib/auth/acting-as";
import { actingForSchema } from "@/lib/auth/acting-as-schema";
import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { createInstanceSettings } from "@/tests/factories/settings";
import { sendImmediateNotificationEmails } from "@/lib/notifications/email";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { drainQueue } from "@/tests/helpers/jobs";
import { createPerson } from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import {
  acceptInvitationAction,
  changeMemberRoleAction,
  decideJoinRequestAction,
  editOrganisationAction,
  inviteMemberAction,
  leaveOrganisationAction,
  registerOrganisationAction,
  removeMemberAction,
  requestToJoinAction,
  setOrganisationVerifiedAction,
} from "@/lib/organisations/actions";
import { searchOrganisationsForAdmin } from "@/lib/organisations/queries";
import type { OrganisationRecordInput } from "@/lib/organisations/schemas";
import { eligibilityOf } from "@/lib/elections/participants";

const record = (overrides: Partial<OrganisationRecordInput> = {}): OrganisationRecordInput => ({
  name: "Stowarzyszenie „Łączy Nas Odra”",
  shortName: "",
  legalForm: "ASSOCIATION",
  krs: "",
  nip: "",
  regon: "",
  seatTerritoryCode: "1661011",
  sphereIds: ["udpp-4-1-13"],
  ...overrides,
});

let krsSequence = 100;
async function organisationOwnedBy(owner: { id: string }, overrides: Partial<OrganisationRecordInput> = {}) {
  krsSequence += 1;
  await signInAs(owner);
  const result = await registerOrganisationAction(
    record({ krs: String(krsSequence), name: `Stowarzyszenie ${krsSequence}`, ...overrides }),
  );
  if (!result.data) throw new Error(JSON.stringify(result));
  return db().organisation.findUniqueOrThrow({ where: { slug: result.data.slug } });
}

async function memberOf(organisation: { id: string }, role: "OWNER" | "EDITOR" | "MEMBER") {
  const user = await createPerson();
  await db().organisationMembership.create({ data: { userId: user.id, organisationId: organisation.id, role } });
  return user;
}

beforeAll(async () => {
  await createInstanceSettings();
  await seedInstitutions("16");
});

beforeEach(() => {
  actAs(null);
});

describe("registering an organisation", () => {
  it("creates it unverified with the person as its owner, and records it", async () => {
    const owner = await createPerson();
    await signInAs(owner);
    const result = await registerOrganisationAction(
      record({ krs: "1234", nip: "526-000-12-46", shortName: "Łączy Nas" }),
    );
    expect(result.data).toEqual({ slug: "laczy-nas" });
    const organisation = await db().organisation.findUniqueOrThrow({
      where: { slug: "laczy-nas" },
      include: { memberships: true, spheres: true },
    });
    expect(organisation).toMatchObject({
      krs: "0000001234",
      nip: "5260001246",
      verifiedAt: null,
      legalForm: "ASSOCIATION",
    });
    expect(organisation.memberships).toEqual([expect.objectContaining({ userId: owner.id, role: "OWNER" })]);
    expect(organisation.spheres.map((s) => s.sphereId)).toEqual(["udpp-4-1-13"]);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "organisation.registered", subjectId: organisation.id },
    });
    expect(event).toMatchObject({ actorUserId: owner.id, actingForOrganisationId: organisation.id });
  });

  it("refuses duplicates of KRS, NIP and REGON on their field, changing nothing", async () => {
    const first = await createPerson();
    await organisationOwnedBy(first, { krs: "777", nip: "7792345674", regon: "010268380" });
    const before = await db().organisation.count();
    const second = await createPerson();
    await signInAs(second);
    expect((await registerOrganisationAction(record({ krs: "0000000777" }))).validationErrors).toEqual({
      krs: { _errors: ["krsTaken"] },
    });
    expect((await registerOrganisationAction(record({ krs: "778", nip: "779 234 56 74" }))).validationErrors).toEqual({
      nip: { _errors: ["nipTaken"] },
    });
    expect(
      (await registerOrganisationAction(record({ krs: "779", regon: "01026838000000" }))).validationErrors,
    ).toEqual({ regon: { _errors: ["regonTaken"] } });
    expect(await db().organisation.count()).toBe(before);
  });

  it("lets only one of two concurrent registrations with the same NIP through", async () => {
    const [a, b] = [await createPerson(), await createPerson()];
    const register = async (user: { id: string }, krs: string) => {
      const actor = await loadActor({ userId: user.id, sessionVersion: 0 });
      actAs(actor);
      return registerOrganisationAction(record({ krs, nip: "1060000062" }));
    };
    const results = await Promise.all([register(a, "881"), register(b, "882")]);
    expect(results.filter((r) => r.data).length).toBe(1);
    expect(results.filter((r) => r.validationErrors).map((r) => r.validationErrors)).toEqual([
      { nip: { _errors: ["nipTaken"] } },
    ]);
  });

  it("refuses wrong checksums, a seat outside the region and visitors", async () => {
    const owner = await createPerson();
    await signInAs(owner);
    expect((await registerOrganisationAction(record({ krs: "1", nip: "1234567890" }))).validationErrors).toMatchObject({
      nip: { _errors: ["nipInvalid"] },
    });
    expect(
      (await registerOrganisationAction(record({ krs: "2", seatTerritoryCode: "0264011" }))).validationErrors,
    ).toEqual({
      seatTerritoryCode: { _errors: ["seatOutsideRegion"] },
    });
    // A town part of an urban-rural gmina is not a gmina.
    expect(
      (await registerOrganisationAction(record({ krs: "3", seatTerritoryCode: "1601034" }))).validationErrors,
    ).toEqual({
      seatTerritoryCode: { _errors: ["seatOutsideRegion"] },
    });
    await signInAs(null);
    expect((await registerOrganisationAction(record({ krs: "4" }))).serverError).toBe("UNAUTHENTICATED");
  });
});

describe("joining an organisation", () => {
  it("approves a request: the person becomes a member and hears of it by e-mail", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner);
    const applicant = await createPerson();
    await signInAs(applicant);
    expect(
      (await requestToJoinAction({ organisationId: organisation.id, message: "Jestem w zarządzie." })).data,
    ).toEqual({ sent: true });
    expect((await requestToJoinAction({ organisationId: organisation.id, message: "" })).serverError).toBe("CONFLICT");
    const request = await db().membershipRequest.findFirstOrThrow({ where: { userId: applicant.id } });

    await signInAs(owner);
    expect((await decideJoinRequestAction({ requestId: request.id, decision: "approve" })).data).toEqual({
      saved: true,
    });
    expect(
      await db().organisationMembership.findUnique({
        where: { userId_organisationId: { userId: applicant.id, organisationId: organisation.id } },
      }),
    ).toMatchObject({
      role: "MEMBER",
    });
    // The decision reaches the person through a notification, e-mailed by the worker, not in the request.
    expect(await db().devMailboxMessage.count({ where: { to: applicant.email } })).toBe(0);
    await fanOutPendingNotifications();
    await sendImmediateNotificationEmails();
    await drainQueue("mail-send");
    const mail = await db().devMailboxMessage.findFirstOrThrow({
      where: { to: applicant.email },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.subject).toMatch(/^Prośba zatwierdzona: /);
    expect(
      (await decideJoinRequestAction({ requestId: request.id, decision: "refuse", reason: "Za późno" })).serverError,
    ).toBe("CONFLICT");
  });

  it("refuses with a reason the person reads, and lets exactly one of two concurrent decisions win", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner);
    const coOwner = await memberOf(organisation, "OWNER");
    const applicant = await createPerson();
    await signInAs(applicant);
    await requestToJoinAction({ organisationId: organisation.id, message: "" });
    const request = await db().membershipRequest.findFirstOrThrow({ where: { userId: applicant.id } });

    const decideAs = async (user: { id: string }, decision: Parameters<typeof decideJoinRequestAction>[0]) => {
      await signInAs(user);
      return decideJoinRequestAction(decision);
    };
    const results = await Promise.all([
      decideAs(owner, { requestId: request.id, decision: "refuse", reason: "Nie znamy tej osoby." }),
      decideAs(coOwner, { requestId: request.id, decision: "approve" }),
    ]);
    expect(results.map((r) => r.data?.saved ?? r.serverError).sort()).toEqual(["CONFLICT", true].sort());
    const decided = await db().membershipRequest.findUniqueOrThrow({ where: { id: request.id } });
    const member = await db().organisationMembership.findFirst({ where: { userId: applicant.id } });
    expect(decided.status === "APPROVED").toBe(member !== null);
  });

  it("needs a reason to refuse", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner);
    const applicant = await createPerson();
    await signInAs(applicant);
    await requestToJoinAction({ organisationId: organisation.id, message: "" });
    const request = await db().membershipRequest.findFirstOrThrow({ where: { userId: applicant.id } });
    await signInAs(owner);
    expect(
      (await decideJoinRequestAction({ requestId: request.id, decision: "refuse", reason: " " })).validationErrors,
    ).toMatchObject({
      reason: { _errors: ["reasonTooShort"] },
    });
    expect((await db().membershipRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });
});

describe("roles within an organisation", () => {
  it("always keeps one owner, also when two owners demote each other at once", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner);
    await signInAs(owner);
    expect(
      (await changeMemberRoleAction({ organisationId: organisation.id, userId: owner.id, role: "MEMBER" })).serverError,
    ).toBe("CONFLICT");
    expect((await leaveOrganisationAction({ organisationId: organisation.id })).serverError).toBe("CONFLICT");

    const second = await memberOf(organisation, "OWNER");
    const demote = async (actor: { id: string }, target: { id: string }) => {
      await signInAs(actor);
      return changeMemberRoleAction({ organisationId: organisation.id, userId: target.id, role: "EDITOR" });
    };
    const results = await Promise.all([demote(owner, second), demote(second, owner)]);
    expect(results.map((r) => r.data?.saved ?? r.serverError).sort()).toEqual(["CONFLICT", true].sort());
    expect(await db().organisationMembership.count({ where: { organisationId: organisation.id, role: "OWNER" } })).toBe(
      1,
    );
  });

  it("lets an owner remove a member and a member leave, recording both", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner);
    const editor = await memberOf(organisation, "EDITOR");
    const member = await memberOf(organisation, "MEMBER");
    await signInAs(owner);
    expect((await removeMemberAction({ organisationId: organisation.id, userId: editor.id })).data).toEqual({
      saved: true,
    });
    await signInAs(member);
    expect((await leaveOrganisationAction({ organisationId: organisation.id })).data).toEqual({ saved: true });
    expect(await db().organisationMembership.count({ where: { organisationId: organisation.id } })).toBe(1);
    const actions = (
      await db().auditEvent.findMany({
        where: { action: { in: ["organisation.member_removed", "organisation.member_left"] } },
      })
    ).map((e) => e.subjectId);
    expect(actions).toEqual(expect.arrayContaining([editor.id, member.id]));
  });
});

describe("invitations", () => {
  async function invite(
    organisation: { id: string },
    owner: { id: string },
    email: string,
    role: "EDITOR" | "MEMBER" = "EDITOR",
  ) {
    await signInAs(owner);
    expect((await inviteMemberAction({ organisationId: organisation.id, email, role, locale: "en" })).data).toEqual({
      sent: true,
    });
    await drainQueue("mail-send");
    const mail = await db().devMailboxMessage.findFirstOrThrow({
      where: { to: email.toLowerCase() },
      orderBy: { createdAt: "desc" },
    });
    return {
      mail,
      token: new URL(/https?:\/\/\S+invitation\?token=[\w-]+/.exec(mail.text)![0]).searchParams.get("token")!,
    };
  }

  it("lets only the invited address accept, once, with the invited role", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner);
    const invited = await createPerson();
    const { mail, token } = await invite(organisation, owner, invited.email.toUpperCase());
    expect(mail.subject).toMatch(/^Invitation to an organisation – /);
    expect(mail.text).toContain("as editor");

    await signInAs(await createPerson());
    expect((await acceptInvitationAction({ token })).serverError).toBe("FORBIDDEN");
    await signInAs(invited);
    expect((await acceptInvitationAction({ token })).data).toEqual({ slug: organisation.slug });
    expect(await db().organisationMembership.findFirst({ where: { userId: invited.id } })).toMatchObject({
      role: "EDITOR",
    });
    expect((await acceptInvitationAction({ token })).serverError).toBe("LINK_USED");
  });

  it("refuses expired and replaced invitations, and people who are already members", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner);
    const invited = await createPerson();
    const first = await invite(organisation, owner, invited.email);
    const second = await invite(organisation, owner, invited.email, "MEMBER");
    await signInAs(invited);
    expect((await acceptInvitationAction({ token: first.token })).serverError).toBe("LINK_INVALID");
    await db().organisationInvitation.updateMany({
      where: { organisationId: organisation.id, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await acceptInvitationAction({ token: second.token })).serverError).toBe("LINK_EXPIRED");

    await signInAs(owner);
    expect(
      (await inviteMemberAction({ organisationId: organisation.id, email: owner.email, role: "MEMBER", locale: "pl" }))
        .validationErrors,
    ).toEqual({
      email: { _errors: ["alreadyMember"] },
    });
  });
});

/** The verification the administrators' list offers for the organisation as it stands now (what the button sends). */
async function verificationShown(organisationId: string) {
  const { name } = await db().organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
  const row = (await searchOrganisationsForAdmin({ q: name, page: 1 })).rows.find((r) => r.id === organisationId)!;
  return { organisationId, verified: true as const, shownFacts: row.shownFacts };
}

describe("verification", () => {
  it("is refused when the facts it vouches for changed after the administrator's page loaded; the current ones are verified", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner, { name: "Stowarzyszenie Rzetelnych Danych" });
    const admin = await createPerson({ platformRole: "ADMINISTRATOR" });
    const loaded = await verificationShown(organisation.id);

    // Renamed (as another entry in the register would be) while the administrator reads the list.
    await signInAs(owner);
    await editOrganisationAction({
      organisationId: organisation.id,
      record: record({ name: "Stowarzyszenie Pożyczonej Renomy", krs: organisation.krs! }),
    });
    await signInAs(admin);
    expect((await setOrganisationVerifiedAction(loaded)).data).toEqual({ refused: "stale" });
    expect(
      (await setOrganisationVerifiedAction({ organisationId: organisation.id, verified: true } as never))
        .validationErrors,
    ).toBeDefined();
    expect(await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({
      verifiedAt: null,
      verifiedById: null,
    });
    expect(
      await db().auditEvent.count({ where: { action: "organisation.verified", subjectId: organisation.id } }),
    ).toBe(0);

    // Looked at again: verified.
    expect((await setOrganisationVerifiedAction(await verificationShown(organisation.id))).data).toEqual({
      saved: true,
    });
    expect(await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({
      name: "Stowarzyszenie Pożyczonej Renomy",
      verifiedById: admin.id,
    });
    // Withdrawing vouches for nothing: it needs no shown facts.
    expect((await setOrganisationVerifiedAction({ organisationId: organisation.id, verified: false })).data).toEqual({
      saved: true,
    });
  });

  it("is given by an administrator and withdrawn when the identifiers change", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner);
    const admin = await createPerson({ platformRole: "ADMINISTRATOR" });
    await signInAs(owner);
    expect((await setOrganisationVerifiedAction(await verificationShown(organisation.id))).serverError).toBe(
      "FORBIDDEN",
    );
    await signInAs(admin);
    expect((await setOrganisationVerifiedAction(await verificationShown(organisation.id))).data).toEqual({
      saved: true,
    });
    expect((await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).verifiedById).toBe(admin.id);

    await signInAs(owner);
    // The short name and the spheres are the organisation's own description: no trust rests on them.
    const edited = await editOrganisationAction({
      organisationId: organisation.id,
      record: record({ name: organisation.name, shortName: "Odra", krs: organisation.krs! }),
    });
    expect(edited.data).toEqual({ slug: organisation.slug, verificationWithdrawn: false });
    expect((await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).verifiedAt).not.toBeNull();
    await editOrganisationAction({
      organisationId: organisation.id,
      record: record({ name: organisation.name, krs: "999999" }),
    });
    expect((await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).verifiedAt).toBeNull();
    const edit = await db().auditEvent.findFirstOrThrow({
      where: { action: "organisation.edited", subjectId: organisation.id },
    });
    expect(edit.actingForOrganisationId).toBe(organisation.id);
  });

  it("is withdrawn when a verified organisation is renamed, given another legal form or moved, with the facts audited and owners and administrators told", async () => {
    const owner = await createPerson();
    const organisation = await organisationOwnedBy(owner, { krs: "4711" });
    const editor = await memberOf(organisation, "EDITOR");
    const admin = await createPerson({ platformRole: "ADMINISTRATOR" });
    const verify = async () => {
      await signInAs(admin);
      expect((await setOrganisationVerifiedAction(await verificationShown(organisation.id))).data).toEqual({
        saved: true,
      });
      await signInAs(owner);
    };
    const rules = {
      requireVerified: true,
      territoryRule: "SEAT" as const,
      registeredBefore: null,
      excludeInLiquidation: true,
      institution: { territoryCode: "16" },
    };
    const reasons = async () => (await eligibilityOf(db(), rules, [organisation.id])).get(organisation.id)!.reasons;
    const base = { name: organisation.name, krs: "4711" };

    for (const [change, fields] of [
      [{ name: "Stowarzyszenie Odrzańskie" }, ["name"]],
      [{ name: "Stowarzyszenie Odrzańskie", legalForm: "FOUNDATION" as const }, ["legalForm"]],
      [
        { name: "Stowarzyszenie Odrzańskie", legalForm: "FOUNDATION" as const, seatTerritoryCode: "1607053" },
        ["seatTerritoryCode"],
      ],
    ] as const) {
      await verify();
      expect(await reasons()).toEqual([]);
      const verifiedBefore = (await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } }))
        .verifiedAt!;
      const edited = await editOrganisationAction({
        organisationId: organisation.id,
        record: record({ ...base, ...change }),
      });
      expect(edited.data).toEqual({ slug: organisation.slug, verificationWithdrawn: true });
      // No badge, and no eligibility in council elections that require verification.
      expect((await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).verifiedAt).toBeNull();
      expect(await reasons()).toEqual(["notVerified"]);
      const withdrawn = await db().auditEvent.findFirstOrThrow({
        where: { action: "organisation.unverified", subjectId: organisation.id },
        orderBy: { occurredAt: "desc" },
      });
      expect(withdrawn).toMatchObject({ actorUserId: owner.id, actingForOrganisationId: organisation.id });
      expect(withdrawn.details).toMatchObject({
        reason: "recordChanged",
        fields,
        verifiedAt: verifiedBefore.toISOString(),
        verifiedById: admin.id,
      });
      const told = await db().notificationEvent.findFirstOrThrow({
        where: { type: "organisation.verification_withdrawn", subjectId: organisation.id },
        orderBy: { createdAt: "desc" },
      });
      expect(told.audience).toEqual({
        organisations: [{ id: organisation.id, roles: ["OWNER", "EDITOR"] }],
        platformRoles: ["ADMINISTRATOR"],
      });
    }
    // The other owner or editor (not the one who saved: the form told them) and the administrators get it.
    await fanOutPendingNotifications();
    expect(
      await db().notification.count({
        where: { userId: editor.id, event: { type: "organisation.verification_withdrawn" } },
      }),
    ).toBe(3);
    expect(
      await db().notification.count({
        where: { userId: admin.id, event: { type: "organisation.verification_withdrawn", subjectId: organisation.id } },
      }),
    ).toBe(3);

    // An administrator's own correction is itself a check: the verification stays.
    await verify();
    await signInAs(admin);
    expect(
      (
        await editOrganisationAction({
          organisationId: organisation.id,
          record: record({ ...base, name: "Stowarzyszenie Nadodrzańskie" }),
        })
      ).data,
    ).toEqual({ slug: organisation.slug, verificationWithdrawn: false });
    expect((await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).verifiedAt).not.toBeNull();
  });
});

describe("acting for an organisation", () => {
  it("is offered and allowed only for verified organisations the person belongs to", async () => {
    const owner = await createPerson();
    const verified = await organisationOwnedBy(owner, { name: "Fundacja Zweryfikowana" });
    const unverified = await organisationOwnedBy(owner, { name: "Fundacja Czekająca" });
    const stranger = await organisationOwnedBy(await createPerson(), { name: "Fundacja Cudza" });
    await db().organisation.updateMany({
      where: { id: { in: [verified.id, stranger.id] } },
      data: { verifiedAt: new Date() },
    });
    const actor = (await loadActor({ userId: owner.id, sessionVersion: 0 }))!;

    expect(await actingForOptions(actor)).toEqual([{ id: verified.id, name: "Fundacja Zweryfikowana" }]);
    expect(await resolveActingAs(actor, actingForSchema.parse(null))).toEqual({
      userId: owner.id,
      organisationId: null,
    });
    expect(await resolveActingAs(actor, verified.id)).toEqual({ userId: owner.id, organisationId: verified.id });
    await expect(resolveActingAs(actor, unverified.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resolveActingAs(actor, stranger.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
