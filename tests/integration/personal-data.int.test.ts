import { authenticate, SignInError } from "@/lib/accounts/authenticate";
import { hashPassword } from "@/lib/accounts/password";
import { deleteAccount, exportPersonalData } from "@/lib/accounts/personal-data";
import { issueAccountToken } from "@/lib/accounts/tokens";
import { recordAuditEvent } from "@/lib/audit/record";
import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { createOrganisation } from "@/tests/factories/organisations";

const ip = { ip: "203.0.113.40" };
const password = "moje dane moja sprawa";

async function person(email: string) {
  const user = await db().user.create({
    data: { email, name: "Zofia Danowa", emailVerifiedAt: new Date(), passwordHash: await hashPassword(password) },
  });
  await db().consentRecord.create({ data: { userId: user.id, kind: "TERMS", version: "2026-11-26" } });
  return user;
}

describe("exportPersonalData", () => {
  it("holds the account, memberships, consents, links and audit events, and no secret", async () => {
    const zofia = await person("zofia@example.org");
    const organisation = await createOrganisation({ name: "Fundacja Eksportowa" });
    await db().organisationMembership.create({ data: { userId: zofia.id, organisationId: organisation.id, role: "EDITOR" } });
    await issueAccountToken(zofia.id, "RESET_PASSWORD", 1);
    await recordAuditEvent({ action: "account.signed_in", actorUserId: zofia.id, ipAddress: "203.0.113.40" });
    const other = await createOrganisation({ name: "Fundacja Docelowa" });
    await db().membershipRequest.create({ data: { userId: zofia.id, organisationId: other.id, message: "Proszę o przyjęcie" } });
    await db().user.update({ where: { id: zofia.id }, data: { totpSecret: "v1.sealed", totpEnabledAt: new Date() } });
    await db().recoveryCode.create({ data: { userId: zofia.id, codeHash: "f".repeat(64) } });

    const data = await exportPersonalData(zofia.id);
    expect(data.account).toMatchObject({ email: "zofia@example.org", name: "Zofia Danowa" });
    expect(data.account.organisationMemberships).toEqual([expect.objectContaining({ role: "EDITOR", organisation: { id: organisation.id, name: "Fundacja Eksportowa" } })]);
    expect(data.account.consents).toEqual([expect.objectContaining({ kind: "TERMS", version: "2026-11-26" })]);
    expect(data.emailLinks).toEqual([expect.objectContaining({ purpose: "RESET_PASSWORD" })]);
    expect(data.auditEvents).toEqual([expect.objectContaining({ action: "account.signed_in", ipAddress: "203.0.113.40" })]);
    expect(data.account.membershipRequests).toEqual([expect.objectContaining({ message: "Proszę o przyjęcie", status: "PENDING" })]);
    expect(data.account.totpEnabledAt).toBeInstanceOf(Date);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/argon2|tokenHash|passwordHash|totpSecret|v1\.sealed|codeHash/);
  });
});

describe("deleteAccount", () => {
  it("needs the current password", async () => {
    const user = await person("ostrozna@example.org");
    expect(await deleteAccount(user.id, "wrong", ip)).toEqual({ ok: false, problem: "currentPasswordWrong" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
  });

  it("is refused to an organisation's only owner, who must hand over first", async () => {
    const owner = await person("wlascicielka@example.org");
    const organisation = await createOrganisation({ name: "Stowarzyszenie Jednej Właścicielki" });
    await db().organisationMembership.create({ data: { userId: owner.id, organisationId: organisation.id, role: "OWNER" } });
    expect(await deleteAccount(owner.id, password, ip)).toEqual({ ok: false, problem: "soleOwner", organisations: ["Stowarzyszenie Jednej Właścicielki"] });

    const second = await person("druga@example.org");
    await db().organisationMembership.create({ data: { userId: second.id, organisationId: organisation.id, role: "OWNER" } });
    expect(await deleteAccount(owner.id, password, ip)).toEqual({ ok: true });
    expect(await db().organisationMembership.count({ where: { organisationId: organisation.id, role: "OWNER" } })).toBe(1);
  });

  it("removes personal data, keeps an empty row for public records, and ends every session", async () => {
    const user = await person("znikam@example.org");
    await issueAccountToken(user.id, "VERIFY_EMAIL", 1);
    const organisation = await createOrganisation({ name: "Fundacja Porzucona" });
    await db().membershipRequest.create({ data: { userId: user.id, organisationId: organisation.id, message: "Dane osobowe w treści" } });
    await db().user.update({ where: { id: user.id }, data: { totpSecret: "v1.sealed", totpEnabledAt: new Date(), totpLastStep: 1 } });
    await db().recoveryCode.create({ data: { userId: user.id, codeHash: "e".repeat(64) } });
    expect(await deleteAccount(user.id, password, ip)).toEqual({ ok: true });

    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row).toMatchObject({ name: "", email: `deleted-${user.id}@deleted.invalid`, passwordHash: null, emailVerifiedAt: null, totpSecret: null, totpEnabledAt: null });
    expect(await db().membershipRequest.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await db().consentRecord.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().accountToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await loadActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await loadActor({ userId: user.id, sessionVersion: 1 })).toBeNull();
    await expect(authenticate("znikam@example.org", password, ip)).rejects.toBeInstanceOf(SignInError);
    // The address is free for a new account.
    await expect(person("znikam@example.org")).resolves.toBeTruthy();
    expect(await db().auditEvent.count({ where: { action: "account.deleted", actorUserId: user.id } })).toBe(1);
  });
});
