import { signInWithLinkToken } from "@/lib/accounts/link-sign-in";
import { resetPassword } from "@/lib/accounts/password-reset";
import { signUp } from "@/lib/accounts/sign-up";
import { issueAccountToken } from "@/lib/accounts/tokens";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { db } from "@/lib/db/client";
import { createInstanceSettings } from "@/tests/factories/settings";

// Issue 18: after confirming the address a person had to sign in again. The
// confirmation now hands the browser a one-time sign-in token instead.
const context = { ip: "203.0.113.20", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" };
// Pressed in the browser that signed up (lib/accounts/sign-up-browser.ts).
const signingUpBrowser = { ...context, fromSigningUpBrowser: true };
const person = { name: "Ola Nowa", password: "zielona łąka nad Odrą", locale: "pl" as const };

async function signedUpToken(email: string): Promise<string> {
  await signUp({ ...person, email }, context);
  const mail = await db().devMailboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return /[?&]token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}

beforeAll(async () => {
  await createInstanceSettings();
});

describe("signing in with the confirmation", () => {
  it("signs the person in once, right after confirming the address", async () => {
    const confirmed = await verifyEmail(await signedUpToken("ola@example.org"), signingUpBrowser);
    expect(confirmed.email).toBe("ola@example.org");
    expect(confirmed.signInToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const user = await db().user.findUniqueOrThrow({ where: { email: "ola@example.org" } });
    expect(await signInWithLinkToken(confirmed.signInToken!, context)).toEqual({
      id: user.id,
      sessionVersion: user.sessionVersion,
    });
    expect(await db().auditEvent.count({ where: { action: "account.signed_in", actorUserId: user.id } })).toBe(1);
    // Used up: the same token signs nobody in again.
    await expect(signInWithLinkToken(confirmed.signInToken!, context)).rejects.toMatchObject({
      failure: "INVALID_CREDENTIALS",
    });
  });

  it("expires within minutes, and works only for signing in", async () => {
    const confirmed = await verifyEmail(await signedUpToken("late@example.org"), signingUpBrowser);
    await db().accountToken.updateMany({
      where: { purpose: "SIGN_IN", user: { email: "late@example.org" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(signInWithLinkToken(confirmed.signInToken!, context)).rejects.toMatchObject({
      failure: "INVALID_CREDENTIALS",
    });
    // A mailed link's token is not a sign-in token.
    const user = await db().user.findUniqueOrThrow({ where: { email: "late@example.org" } });
    const reset = await issueAccountToken(user.id, "RESET_PASSWORD", 1);
    await expect(signInWithLinkToken(reset, context)).rejects.toMatchObject({ failure: "INVALID_CREDENTIALS" });
    const issued = await db().accountToken.findFirstOrThrow({ where: { userId: user.id, purpose: "SIGN_IN" } });
    expect(issued.expiresAt.getTime() - issued.createdAt.getTime()).toBeLessThanOrEqual(10 * 60_000 + 1000);
  });

  it("gives no sign-in token to an account with two-factor authentication, nor lets one in", async () => {
    const token = await signedUpToken("guarded@example.org");
    await db().user.update({ where: { email: "guarded@example.org" }, data: { totpEnabledAt: new Date() } });
    const confirmed = await verifyEmail(token, signingUpBrowser);
    expect(confirmed).toEqual({ email: "guarded@example.org", signInToken: null });
    // A token issued before two-factor authentication was switched on does not bypass it.
    const user = await db().user.findUniqueOrThrow({ where: { email: "guarded@example.org" } });
    const early = await issueAccountToken(user.id, "SIGN_IN", 0.1);
    await expect(signInWithLinkToken(early, context)).rejects.toMatchObject({ failure: "TWO_FACTOR_REQUIRED" });
  });

  it("gives no sign-in token to a moderator, whose sign-in needs the second factor", async () => {
    const token = await signedUpToken("moderator@example.org");
    await db().user.update({ where: { email: "moderator@example.org" }, data: { platformRole: "MODERATOR" } });
    expect(await verifyEmail(token, signingUpBrowser)).toEqual({ email: "moderator@example.org", signInToken: null });
    const user = await db().user.findUniqueOrThrow({ where: { email: "moderator@example.org" } });
    const early = await issueAccountToken(user.id, "SIGN_IN", 0.1);
    await expect(signInWithLinkToken(early, context)).rejects.toMatchObject({ failure: "TWO_FACTOR_REQUIRED" });
  });

  it("lets no blocked person in", async () => {
    const confirmed = await verifyEmail(await signedUpToken("blocked@example.org"), signingUpBrowser);
    await db().user.update({ where: { email: "blocked@example.org" }, data: { blockedAt: new Date() } });
    await expect(signInWithLinkToken(confirmed.signInToken!, context)).rejects.toMatchObject({ failure: "BLOCKED" });
  });

  it("signs in only the browser that signed up: a link pressed elsewhere, or forwarded, only confirms", async () => {
    const token = await signedUpToken("elsewhere@example.org");
    expect(await verifyEmail(token, context)).toEqual({ email: "elsewhere@example.org", signInToken: null });
    expect(
      (await db().user.findUniqueOrThrow({ where: { email: "elsewhere@example.org" } })).emailVerifiedAt,
    ).toBeInstanceOf(Date);
  });

  it("signs in no browser after a repeated sign-up, whose link confirms only with a new password, and an address once: an older link neither confirms nor signs in", async () => {
    const first = await signedUpToken("twice@example.org");
    const second = await signedUpToken("twice@example.org");
    // Issue 19 review: either sign-up may be someone else's, so neither link confirms alone.
    await expect(verifyEmail(first, signingUpBrowser)).rejects.toMatchObject({ code: "LINK_INVALID" });
    await expect(verifyEmail(second, signingUpBrowser)).rejects.toMatchObject({ code: "LINK_INVALID" });
    expect(await resetPassword(second, "hasło z mojej skrzynki", context)).toEqual({ ok: true });
    // A link issued before the confirmation (say, still in an old mailbox) signs nobody in once the address is confirmed.
    const user = await db().user.findUniqueOrThrow({ where: { email: "twice@example.org" } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    const stale = await issueAccountToken(user.id, "VERIFY_EMAIL", 24);
    expect(await verifyEmail(stale, signingUpBrowser)).toEqual({ email: "twice@example.org", signInToken: null });
  });
});
