import { authenticate } from "@/lib/accounts/authenticate";
import { hashPassword } from "@/lib/accounts/password";
import { changePassword, requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { createInstanceSettings } from "@/tests/factories/settings";

const ip = { ip: "203.0.113.20" };
const oldPassword = "stary rower pod lasem";
const newPassword = "nowy kajak na Odrze";

async function createVerifiedUser(email: string) {
  return db().user.create({
    data: { email, name: "Ewa Hasłowa", emailVerifiedAt: new Date(), passwordHash: await hashPassword(oldPassword) },
  });
}

async function resetTokenFor(email: string): Promise<string> {
  const mail = await db().devMailboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return /\/nowe-haslo\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}

beforeAll(async () => {
  await createInstanceSettings();
});

beforeEach(async () => {
  await db().$executeRaw`TRUNCATE "RateLimitBucket"`;
});

describe("requestPasswordReset", () => {
  it("mails a link to an account's address, and nothing (silently) to an unknown one", async () => {
    await createVerifiedUser("reset@example.org");
    await requestPasswordReset("reset@example.org", "pl", ip);
    await requestPasswordReset("unknown@example.org", "pl", ip);
    const mail = await db().devMailboxMessage.findFirstOrThrow({ where: { to: "reset@example.org" } });
    expect(mail.subject).toMatch(/^Ustaw nowe hasło/);
    expect(mail.text).toContain("ważny przez 1 godzinę");
    expect(await db().devMailboxMessage.count({ where: { to: "unknown@example.org" } })).toBe(0);
  });

  it("sends at most 3 links an hour to one address", async () => {
    await createVerifiedUser("often-reset@example.org");
    for (let i = 0; i < 3; i++) await requestPasswordReset("often-reset@example.org", "pl", { ip: `198.51.100.${i}` });
    await expect(requestPasswordReset("often-reset@example.org", "pl", ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});

describe("resetPassword", () => {
  it("refuses a weak password without using the link up, then sets a good one and ends every session", async () => {
    const user = await createVerifiedUser("newpass@example.org");
    await requestPasswordReset("newpass@example.org", "pl", ip);
    const token = await resetTokenFor("newpass@example.org");

    expect(await resetPassword(token, "qwerty123456", ip)).toEqual({ ok: false, problem: "passwordCommon" });
    expect(await resetPassword(token, newPassword, ip)).toEqual({ ok: true });

    expect(await loadActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    await expect(authenticate("newpass@example.org", newPassword, ip)).resolves.toMatchObject({
      id: user.id,
      sessionVersion: 1,
    });
    await expect(resetPassword(token, "another good pass phrase", ip)).rejects.toMatchObject({ code: "LINK_USED" });
    expect(await db().auditEvent.count({ where: { action: "account.password_reset", actorUserId: user.id } })).toBe(1);
  });

  it("voids every other outstanding reset link of the account once one of them has set a new password", async () => {
    await createVerifiedUser("two-links@example.org");
    await requestPasswordReset("two-links@example.org", "pl", ip);
    const first = await resetTokenFor("two-links@example.org");
    await requestPasswordReset("two-links@example.org", "pl", { ip: "198.51.100.7" });
    const second = await resetTokenFor("two-links@example.org");
    expect(second).not.toBe(first);

    expect(await resetPassword(second, newPassword, ip)).toEqual({ ok: true });
    // A link lying in the mailbox (or in someone else's hands) must not undo the reset.
    await expect(resetPassword(first, "cudze hasło z linku", ip)).rejects.toMatchObject({ code: "LINK_EXPIRED" });
    await expect(resetPassword(second, "cudze hasło z linku", ip)).rejects.toMatchObject({ code: "LINK_USED" });
    await expect(authenticate("two-links@example.org", newPassword, ip)).resolves.toMatchObject({ sessionVersion: 1 });
  });

  it("voids outstanding reset links when the password is changed while signed in", async () => {
    const user = await createVerifiedUser("change-voids@example.org");
    await requestPasswordReset("change-voids@example.org", "pl", ip);
    const token = await resetTokenFor("change-voids@example.org");
    expect(await changePassword(user.id, { currentPassword: oldPassword, newPassword }, ip)).toEqual({ ok: true });
    await expect(resetPassword(token, "cudze hasło z linku", ip)).rejects.toMatchObject({ code: "LINK_EXPIRED" });
  });
});

describe("changePassword", () => {
  it("needs the current password, applies the policy, and ends every session", async () => {
    const user = await createVerifiedUser("change@example.org");
    expect(await changePassword(user.id, { currentPassword: "wrong one", newPassword }, ip)).toEqual({
      ok: false,
      problem: "currentPasswordWrong",
    });
    expect(
      await changePassword(user.id, { currentPassword: oldPassword, newPassword: "Ewa Hasłowa 2026!" }, ip),
    ).toEqual({
      ok: false,
      problem: "passwordPersonal",
    });
    expect(await changePassword(user.id, { currentPassword: oldPassword, newPassword }, ip)).toEqual({ ok: true });
    expect(await loadActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    await expect(authenticate("change@example.org", newPassword, ip)).resolves.toMatchObject({ sessionVersion: 1 });
  });

  it("does not overwrite a change made in between", async () => {
    const user = await createVerifiedUser("concurrent@example.org");
    const results = await Promise.allSettled([
      changePassword(user.id, { currentPassword: oldPassword, newPassword }, ip),
      changePassword(user.id, { currentPassword: oldPassword, newPassword: "trzecie hasło w kolejce" }, ip),
    ]);
    const succeeded = results.filter((r) => r.status === "fulfilled" && (r.value as { ok: boolean }).ok);
    expect(succeeded).toHaveLength(1);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});
