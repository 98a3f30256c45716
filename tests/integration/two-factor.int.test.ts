import { generateSync } from "otplib";
import { authenticate, SignInError } from "@/lib/accounts/authenticate";
import {
  confirmTwoFactorSetup,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
  verifySecondFactor,
} from "@/lib/accounts/two-factor";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { shownFactsOf } from "@/lib/organisations/shown-facts";
import { createPerson } from "@/tests/factories/people";
import { signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { setOrganisationVerifiedAction } from "@/lib/organisations/actions";

const password = "zielona łąka nad Odrą";
const ip = { ip: "203.0.113.9" };
/** Signs in with `password`; two-factor authentication is what the tests switch on. */
const person = (platformRole: Actor["platformRole"] = "RESIDENT") =>
  createPerson({ platformRole, password, twoFactor: false });

/** The code of the time step `steps` away from now. */
const codeAt = (secret: string, steps = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

async function signInFailure(email: string, code?: string) {
  try {
    await authenticate(email, password, { ...ip, code });
    return null;
  } catch (error) {
    return error instanceof SignInError ? error.failure : error;
  }
}

describe("two-factor authentication", () => {
  it("is switched on by a first code, then asked for at sign-in, each code working once", async () => {
    const user = await person();
    const { secret, uri } = await startTwoFactorSetup(user.id, "Platforma");
    expect(uri).toContain(encodeURIComponent(user.email));
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpPendingSecret).not.toContain(secret); // sealed, never in clear

    expect(await confirmTwoFactorSetup(user.id, { password, code: "000000" }, ip)).toEqual({
      ok: false,
      field: "code",
      problem: "codeInvalid",
    });
    const setupCode = codeAt(secret);
    const confirmed = await confirmTwoFactorSetup(user.id, { password, code: setupCode }, ip);
    if (!confirmed.ok) throw new Error("not confirmed");
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);

    expect(await signInFailure(user.email)).toBe("TWO_FACTOR_REQUIRED");
    expect(await signInFailure(user.email, setupCode)).toBe("SECOND_FACTOR_INVALID"); // already used
    expect(await signInFailure(user.email, codeAt(secret, 1))).toBeNull();
    expect(await signInFailure(user.email, confirmed.recoveryCodes[0]!.toUpperCase())).toBeNull();
    expect(await signInFailure(user.email, confirmed.recoveryCodes[0])).toBe("SECOND_FACTOR_INVALID");
    const events = await db().auditEvent.findMany({
      where: { actorUserId: user.id },
      orderBy: { id: "asc" },
      select: { action: true, details: true },
    });
    expect(events.map((e) => e.action)).toEqual([
      "account.two_factor_enabled",
      "account.sign_in_failed",
      "account.signed_in",
      "account.recovery_code_used",
      "account.signed_in",
      "account.sign_in_failed",
    ]);
    expect(events[2]!.details).toMatchObject({ secondFactor: "totp" });
  });

  it("accepts a code only once when two requests race with it", async () => {
    const user = await person();
    const { secret } = await startTwoFactorSetup(user.id, "Platforma");
    // The current step to switch it on, the next one to race with: both stay within the
    // one-step tolerance even if a 30-second boundary passes in between.
    expect(await confirmTwoFactorSetup(user.id, { password, code: codeAt(secret) }, ip)).toMatchObject({ ok: true });
    const code = codeAt(secret, 1);
    const results = await Promise.all([verifySecondFactor(user.id, code, ip), verifySecondFactor(user.id, code, ip)]);
    expect(results.sort()).toEqual([null, "totp"]);
  });

  it("is switched off only with the password and a code", async () => {
    const user = await person();
    const { secret } = await startTwoFactorSetup(user.id, "Platforma");
    const confirmed = await confirmTwoFactorSetup(user.id, { password, code: codeAt(secret) }, ip);
    if (!confirmed.ok) throw new Error("not confirmed");
    expect(await disableTwoFactor(user.id, { password: "złe hasło", code: confirmed.recoveryCodes[1]! }, ip)).toEqual({
      ok: false,
      field: "password",
      problem: "currentPasswordWrong",
    });
    expect(await disableTwoFactor(user.id, { password, code: "123456" }, ip)).toMatchObject({
      ok: false,
      field: "code",
    });
    expect(await disableTwoFactor(user.id, { password, code: confirmed.recoveryCodes[1]! }, ip)).toEqual({ ok: true });
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await signInFailure(user.email)).toBeNull();
  });

  it("is switched on only with the current password as well as the first code", async () => {
    const user = await person();
    const { secret } = await startTwoFactorSetup(user.id, "Platforma");
    // A session left open is not enough to tie the account to someone else's phone.
    expect(await confirmTwoFactorSetup(user.id, { password: "złe hasło", code: codeAt(secret) }, ip)).toEqual({
      ok: false,
      field: "password",
      problem: "currentPasswordWrong",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
    expect(await confirmTwoFactorSetup(user.id, { password, code: codeAt(secret) }, ip)).toMatchObject({ ok: true });
  });

  it("gives new recovery codes only for the current password and a code from the app", async () => {
    const user = await person();
    const { secret } = await startTwoFactorSetup(user.id, "Platforma");
    const confirmed = await confirmTwoFactorSetup(user.id, { password, code: codeAt(secret) }, ip);
    if (!confirmed.ok) throw new Error("not confirmed");
    expect(await regenerateRecoveryCodes(user.id, { password: "złe hasło", code: codeAt(secret, 1) }, ip)).toEqual({
      ok: false,
      field: "password",
      problem: "currentPasswordWrong",
    });
    expect(await regenerateRecoveryCodes(user.id, { password, code: "123456" }, ip)).toEqual({
      ok: false,
      field: "code",
      problem: "codeInvalid",
    });
    const renewed = await regenerateRecoveryCodes(user.id, { password, code: codeAt(secret, 1) }, ip);
    if (!renewed.ok) throw new Error("not renewed");
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(await verifySecondFactor(user.id, confirmed.recoveryCodes[0]!, ip)).toBeNull(); // the old ones are gone
  });

  it("limits changes per account: after ten attempts in a quarter of an hour even the right password and code wait", async () => {
    const user = await person();
    const { secret } = await startTwoFactorSetup(user.id, "Platforma");
    const confirmed = await confirmTwoFactorSetup(user.id, { password, code: codeAt(secret) }, ip);
    if (!confirmed.ok) throw new Error("not confirmed");
    // Nine more guesses at the code (the set-up was the first change)...
    for (let i = 0; i < 9; i++)
      expect(await disableTwoFactor(user.id, { password, code: `00000${i}` }, ip)).toMatchObject({
        ok: false,
        field: "code",
      });
    // ...and the eleventh attempt is refused before anything is checked, whichever change it is.
    await expect(disableTwoFactor(user.id, { password, code: confirmed.recoveryCodes[0]! }, ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(regenerateRecoveryCodes(user.id, { password, code: codeAt(secret, 1) }, ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeInstanceOf(Date);
    expect(await db().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(10);
  });

  it("is required before an administrator uses administrative functions", async () => {
    const admin = await person("ADMINISTRATOR");
    const organisation = await db().organisation.create({
      data: { slug: "dwa-czynniki", name: "Dwa Czynniki", legalForm: "FOUNDATION", seatTerritoryCode: "1661011" },
    });
    await signInAs(admin);
    expect(
      (
        await setOrganisationVerifiedAction({
          organisationId: organisation.id,
          verified: true,
          shownFacts: shownFactsOf(organisation),
        })
      ).serverError,
    ).toBe("TWO_FACTOR_REQUIRED");
    await db().user.update({ where: { id: admin.id }, data: { totpEnabledAt: new Date() } });
    await signInAs(admin);
    expect(
      (
        await setOrganisationVerifiedAction({
          organisationId: organisation.id,
          verified: true,
          shownFacts: shownFactsOf(organisation),
        })
      ).data,
    ).toEqual({ saved: true });
  });
});
