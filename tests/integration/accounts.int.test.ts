import { authenticate, SignInError } from "@/lib/accounts/authenticate";
import { signInThrottle } from "@/lib/accounts/sign-in-throttle";
import { PRIVACY_VERSION, TERMS_VERSION } from "@/lib/accounts/consents";
import { resetPassword } from "@/lib/accounts/password-reset";
import { signUp } from "@/lib/accounts/sign-up";
import { issueAccountToken } from "@/lib/accounts/tokens";
import { hashToken } from "@/lib/security/token-hash";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createPerson } from "@/tests/factories/people";

const ip = { ip: "203.0.113.10" };
const maria = {
  name: "Maria Nowak",
  email: "maria@example.org",
  password: "zielona łąka nad Odrą",
  locale: "pl" as const,
};

async function latestMailTo(to: string) {
  return db().devMailboxMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
}

function tokenFrom(text: string): string {
  const match = /[?&]token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no token in: ${text}`);
  return match[1]!;
}

beforeAll(async () => {
  await createInstanceSettings();
});

beforeEach(async () => {
  await db().$executeRaw`TRUNCATE "RateLimitBucket"`;
});

describe("signUp", () => {
  it("creates an unverified account with its consents and mails a single-use link", async () => {
    // The link just mailed comes back too, for the signing-up browser's proof (lib/accounts/sign-up-browser.ts).
    expect(await signUp(maria, ip)).toEqual({ ok: true, verifyToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const user = await db().user.findUniqueOrThrow({
      where: { email: "maria@example.org" },
      include: { consents: true },
      omit: { passwordHash: false },
    });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.consents.map((c) => [c.kind, c.version]).sort()).toEqual([
      ["PRIVACY", PRIVACY_VERSION],
      ["TERMS", TERMS_VERSION],
    ]);

    const mail = await latestMailTo("maria@example.org");
    expect(mail.subject).toMatch(/^Potwierdź adres e-mail/);
    const token = tokenFrom(mail.text);
    expect(mail.text).toContain("/potwierdz-adres?token=");
    // Only the hash is stored.
    const stored = await db().accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await db().auditEvent.count({ where: { action: "account.signed_up", actorUserId: user.id } })).toBe(1);
  });

  it("answers the same for a registered address, and tells its owner instead", async () => {
    const verified = await db().user.create({
      data: { email: "jan@example.org", name: "Jan", emailVerifiedAt: new Date() },
    });
    expect(await signUp({ ...maria, email: "jan@example.org", name: "Intruz" }, ip)).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: verified.id } })).name).toBe("Jan");
    expect((await latestMailTo("jan@example.org")).subject).toMatch(/^Próba rejestracji na Twój adres/);
  });

  it("keeps the original password and name when the address is signed up for again before confirming, and mails the owner a link that confirms the address and sets the password", async () => {
    // Issue 19 review: an attacker signs up first with the victim's address and a password of their own...
    const attacker = { ip: "198.51.100.50" };
    expect(
      await signUp(
        { ...maria, email: "again@example.org", name: "Intruz", password: "obce hasło spod mostu" },
        attacker,
      ),
    ).toMatchObject({ ok: true });
    const first = tokenFrom((await latestMailTo("again@example.org")).text);
    const before = await db().user.findUniqueOrThrow({
      where: { email: "again@example.org" },
      omit: { passwordHash: false },
    });

    // ...then the owner of the mailbox signs up with another password.
    const again = await signUp({ ...maria, email: "again@example.org", locale: "en" }, ip);
    // No link for this browser's proof: the signing-up browser may not be the mailbox's, so nobody is signed in by confirming.
    expect(again).toEqual({ ok: true });
    const after = await db().user.findUniqueOrThrow({
      where: { email: "again@example.org" },
      omit: { passwordHash: false },
    });
    expect(after).toMatchObject({
      passwordHash: before.passwordHash,
      name: "Intruz",
      locale: "pl",
      emailVerifiedAt: null,
      sessionVersion: 0,
    });

    // The owner's mailbox hears of it, in the account's language, with a link that confirms the address and sets the password.
    const notice = await latestMailTo("again@example.org");
    expect(notice.subject).toMatch(/^Ponowna rejestracja na Twój adres/);
    expect(notice.text).toContain("/nowe-haslo?token=");
    const second = tokenFrom(notice.text);
    // The first link (the attacker's sign-up, with the attacker's password) confirms nothing any more, nor does the new one confirm alone.
    await expect(verifyEmail(first, { ...ip, fromSigningUpBrowser: true })).rejects.toMatchObject({
      code: "LINK_INVALID",
    });
    await expect(verifyEmail(second, { ...ip, fromSigningUpBrowser: true })).rejects.toMatchObject({
      code: "LINK_INVALID",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: before.id } })).emailVerifiedAt).toBeNull();
    // A link lying around from before (a reset the attacker asked for, a confirmation) dies with the owner's new password.
    const stale = await issueAccountToken(before.id, "VERIFY_EMAIL", 24);
    const staleReset = await issueAccountToken(before.id, "RESET_PASSWORD", 1);

    expect(await resetPassword(second, "moje własne hasło z poczty", ip)).toEqual({ ok: true });
    const confirmed = await db().user.findUniqueOrThrow({ where: { id: before.id } });
    expect(confirmed.emailVerifiedAt).toBeInstanceOf(Date);
    expect(confirmed.sessionVersion).toBe(1);
    await expect(authenticate("again@example.org", "obce hasło spod mostu", attacker)).rejects.toMatchObject({
      failure: "INVALID_CREDENTIALS",
    });
    await expect(authenticate("again@example.org", "moje własne hasło z poczty", ip)).resolves.toMatchObject({
      id: before.id,
    });
    await expect(verifyEmail(stale, { ...ip, fromSigningUpBrowser: true })).rejects.toMatchObject({
      code: "LINK_EXPIRED",
    });
    await expect(resetPassword(staleReset, "obce hasło spod mostu 2", attacker)).rejects.toMatchObject({
      code: "LINK_EXPIRED",
    });
    expect(await db().auditEvent.count({ where: { action: "account.sign_up_repeated", actorUserId: before.id } })).toBe(
      1,
    );
  });

  it("refuses a common or personal password and creates nothing", async () => {
    expect(await signUp({ ...maria, email: "weak@example.org", password: "password1234" }, ip)).toEqual({
      ok: false,
      field: "password",
      problem: "passwordCommon",
    });
    expect(await db().user.count({ where: { email: "weak@example.org" } })).toBe(0);
  });

  it("limits verification mails per address", async () => {
    for (let i = 0; i < 5; i++) await signUp({ ...maria, email: "often@example.org" }, { ip: `198.51.100.${i}` });
    await expect(signUp({ ...maria, email: "often@example.org" }, { ip: "198.51.100.99" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await db().devMailboxMessage.count({ where: { to: "often@example.org" } })).toBe(5);
  });
});

describe("verifyEmail", () => {
  it("confirms the address once; the same link then says it was used", async () => {
    await signUp({ ...maria, email: "once@example.org" }, ip);
    const token = tokenFrom((await latestMailTo("once@example.org")).text);
    await verifyEmail(token, ip);
    expect(
      (await db().user.findUniqueOrThrow({ where: { email: "once@example.org" } })).emailVerifiedAt,
    ).toBeInstanceOf(Date);
    await expect(verifyEmail(token, ip)).rejects.toMatchObject({ code: "LINK_USED" });
  });

  it("refuses expired and unknown links and changes nothing", async () => {
    const user = await db().user.create({ data: { email: "late@example.org", name: "Late" } });
    const token = await issueAccountToken(user.id, "VERIFY_EMAIL", 1);
    await db().accountToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(verifyEmail(token, ip)).rejects.toMatchObject({ code: "LINK_EXPIRED" });
    await expect(verifyEmail("A".repeat(43), ip)).rejects.toMatchObject({ code: "LINK_INVALID" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });

  it("lets only one of two simultaneous clicks through", async () => {
    const user = await db().user.create({ data: { email: "race@example.org", name: "Race" } });
    const token = await issueAccountToken(user.id, "VERIFY_EMAIL", 1);
    const results = await Promise.allSettled([verifyEmail(token, ip), verifyEmail(token, ip), verifyEmail(token, ip)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    }
    expect(await db().auditEvent.count({ where: { action: "account.email_verified", actorUserId: user.id } })).toBe(1);
  });
});

describe("authenticate", () => {
  beforeAll(async () => {
    await signUp({ ...maria, email: "signin@example.org" }, ip);
    await verifyEmail(tokenFrom((await latestMailTo("signin@example.org")).text), ip);
  });

  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error instanceof SignInError ? error.failure : error;
    }
    return "signed in";
  };

  it("signs in with the right password and records it", async () => {
    const user = await authenticate("SignIn@Example.org", maria.password, ip);
    expect(user.sessionVersion).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "account.signed_in", actorUserId: user.id } })).toBe(1);
  });

  it("says only 'wrong e-mail or password' for a wrong password and for an unknown address", async () => {
    expect(await failure(authenticate("signin@example.org", "wrong password 123", ip))).toBe("INVALID_CREDENTIALS");
    expect(await failure(authenticate("nobody@example.org", "wrong password 123", ip))).toBe("INVALID_CREDENTIALS");
    expect(await db().auditEvent.count({ where: { action: "account.sign_in_failed" } })).toBeGreaterThanOrEqual(2);
  });

  it("refuses unverified and blocked accounts", async () => {
    await signUp({ ...maria, email: "unverified@example.org" }, ip);
    expect(await failure(authenticate("unverified@example.org", maria.password, ip))).toBe("EMAIL_NOT_VERIFIED");
    await db().user.update({ where: { email: "signin@example.org" }, data: { blockedAt: new Date() } });
    expect(await failure(authenticate("signin@example.org", maria.password, ip))).toBe("BLOCKED");
    await db().user.update({ where: { email: "signin@example.org" }, data: { blockedAt: null } });
  });

  it("stops guessing after 10 attempts per account, even from many addresses", async () => {
    for (let i = 0; i < 10; i++)
      await failure(authenticate("signin@example.org", "guess " + i, { ip: `192.0.${i}.1` }));
    expect(await failure(authenticate("signin@example.org", maria.password, { ip: "192.0.200.1" }))).toBe(
      "RATE_LIMITED",
    );
  });
});

describe("sign-in throttling (issue 19: failing ten times must not lock an official out)", () => {
  const owner = { ip: "203.0.113.44" };
  const attacker = { ip: "198.51.100.66" };
  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error instanceof SignInError ? error.failure : error;
    }
    return "signed in";
  };
  let waits: number[] = [];

  beforeAll(async () => {
    await signUp({ ...maria, email: "official@example.org" }, owner);
    await verifyEmail(tokenFrom((await latestMailTo("official@example.org")).text), owner);
    // The owner signed in from their office before: that network is theirs.
    await authenticate("official@example.org", maria.password, owner);
  });

  beforeEach(() => {
    waits = [];
    jest.spyOn(signInThrottle, "wait").mockImplementation(async (ms) => {
      waits.push(ms);
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it("failures from other clients do not stop the owner's client, which gets a growing delay", async () => {
    for (let i = 0; i < 5; i++)
      expect(await failure(authenticate("official@example.org", `guess ${i}`, attacker))).toBe("INVALID_CREDENTIALS");
    // The guessing client is stopped, even with the right password...
    expect(await failure(authenticate("official@example.org", maria.password, attacker))).toBe("RATE_LIMITED");
    for (let i = 0; i < 5; i++)
      expect(await failure(authenticate("official@example.org", `guess ${i}`, { ip: "198.51.101.66" }))).toBe(
        "INVALID_CREDENTIALS",
      );
    // ...and beyond ten failures on the account so is any client it never signed in from (guesses spread over many networks)...
    expect(await failure(authenticate("official@example.org", maria.password, { ip: "192.0.2.77" }))).toBe(
      "RATE_LIMITED",
    );
    expect(waits).toEqual([]);
    // ...but not the owner's network: it waits a little, longer as the failures go on.
    expect(await failure(authenticate("official@example.org", maria.password, { ip: "203.0.113.45" }))).toBe(
      "signed in",
    );
    const first = waits.at(-1)!;
    expect(first).toBeGreaterThan(0);
    expect(await failure(authenticate("official@example.org", "a typo", owner))).toBe("INVALID_CREDENTIALS");
    expect(await failure(authenticate("official@example.org", maria.password, owner))).toBe("signed in");
    expect(waits.at(-1)!).toBeGreaterThan(first);
    expect(Math.max(...waits)).toBeLessThanOrEqual(15_000);
  });

  it("mails the owner once when sign-ins from elsewhere are paused", async () => {
    const mails = await db().devMailboxMessage.findMany({
      where: { to: "official@example.org", subject: { startsWith: "Nieudane próby logowania" } },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("15 minut");
    expect(
      await db().auditEvent.count({
        where: {
          action: "account.sign_in_throttled",
          subjectId: (await db().user.findUniqueOrThrow({ where: { email: "official@example.org" } })).id,
        },
      }),
    ).toBe(1);
  });

  it("does not count a right password towards the limit, so an account signs in as often as it likes", async () => {
    await signUp({ ...maria, email: "often-in@example.org" }, owner);
    await verifyEmail(tokenFrom((await latestMailTo("often-in@example.org")).text), owner);
    for (let i = 0; i < 12; i++)
      expect(await failure(authenticate("often-in@example.org", maria.password, { ip: `192.0.2.${100 + i}` }))).toBe(
        "signed in",
      );
  });

  it("does not count right passwords against a client either, so an office behind one address is not locked out by its own sign-ins", async () => {
    await signUp({ ...maria, email: "office@example.org" }, owner);
    await verifyEmail(tokenFrom((await latestMailTo("office@example.org")).text), owner);
    for (let i = 0; i < 31; i++)
      expect(await failure(authenticate("office@example.org", maria.password, { ip: "198.51.100.200" }))).toBe(
        "signed in",
      );
  });
});

describe("sign-in throttling (issue 19 review: one client must not lock the owner out, nor flood their mailbox)", () => {
  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error instanceof SignInError ? error.failure : error;
    }
    return "signed in";
  };
  const confirmed = async (email: string) => {
    await signUp({ ...maria, email }, ip);
    await verifyEmail(tokenFrom((await latestMailTo(email)).text), ip);
  };
  const throttleMails = (to: string) =>
    db().devMailboxMessage.findMany({
      where: { to, subject: { startsWith: "Nieudane próby logowania" } },
      orderBy: { createdAt: "asc" },
    });
  // The next fixed window of the sign-in limits, without waiting a quarter of an hour.
  const nextWindow = () =>
    db()
      .$executeRaw`UPDATE "RateLimitBucket" SET "windowStart" = now() - interval '16 minutes' WHERE "key" LIKE 'sign-in:%'`;

  beforeEach(() => jest.spyOn(signInThrottle, "wait").mockResolvedValue());
  afterEach(() => jest.restoreAllMocks());

  it("does not let one client hammering an account keep the pause on: the owner signs in from a network they never used", async () => {
    await confirmed("hammered@example.org");
    const results: unknown[] = [];
    for (let i = 0; i < 40; i++)
      results.push(await failure(authenticate("hammered@example.org", `guess ${i}`, { ip: "198.51.100.77" })));
    expect(results.slice(0, 5).every((r) => r === "INVALID_CREDENTIALS")).toBe(true);
    expect(results.slice(5).every((r) => r === "RATE_LIMITED")).toBe(true);
    expect(await failure(authenticate("hammered@example.org", maria.password, { ip: "192.0.2.150" }))).toBe(
      "signed in",
    );
    expect(await throttleMails("hammered@example.org")).toHaveLength(0);
  });

  it("counts the addresses of one IPv6 /64 as one client", async () => {
    for (let i = 0; i < 30; i++)
      expect(
        await failure(authenticate(`spray${i}@example.org`, "guess", { ip: `2001:db8:5:6::${(i + 1).toString(16)}` })),
      ).toBe("INVALID_CREDENTIALS");
    expect(await failure(authenticate("spray-last@example.org", "guess", { ip: "2001:db8:5:6:aaaa::1" }))).toBe(
      "RATE_LIMITED",
    );
    // Another /64 is another client.
    expect(await failure(authenticate("spray-last@example.org", "guess", { ip: "2001:db8:5:7::1" }))).toBe(
      "INVALID_CREDENTIALS",
    );
  });

  it("mails the owner once, not once per window, with a link that lets them sign in from anywhere at once", async () => {
    await confirmed("paused@example.org");
    for (const window of [1, 2]) {
      if (window === 2) await nextWindow();
      for (const network of ["198.51.100", "198.51.101", "198.51.102"]) {
        for (let i = 0; i < 4; i++)
          await failure(authenticate("paused@example.org", `guess ${i}`, { ip: `${network}.1` }));
      }
      expect(await failure(authenticate("paused@example.org", maria.password, { ip: "192.0.2.160" }))).toBe(
        "RATE_LIMITED",
      );
    }
    const mails = await throttleMails("paused@example.org");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("/nowe-haslo?token=");
    expect(await resetPassword(tokenFrom(mails[0]!.text), "nowe hasło po wstrzymaniu", ip)).toEqual({ ok: true });
    expect(await failure(authenticate("paused@example.org", "nowe hasło po wstrzymaniu", { ip: "192.0.2.160" }))).toBe(
      "signed in",
    );
  });
});

describe("sessions", () => {
  it("end when the session version moves on or the person is blocked", async () => {
    const user = await db().user.create({
      data: { email: "session@example.org", name: "Sesja", emailVerifiedAt: new Date() },
    });
    expect(await loadActor({ userId: user.id, sessionVersion: 0 })).toMatchObject({
      id: user.id,
      platformRole: "RESIDENT",
    });
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await loadActor({ userId: user.id, sessionVersion: 1 })).not.toBeNull();
    await db().user.update({ where: { id: user.id }, data: { blockedAt: new Date() } });
    expect(await loadActor({ userId: user.id, sessionVersion: 1 })).toBeNull();
    expect(await loadActor({ userId: "no-such-user", sessionVersion: 0 })).toBeNull();
  });
});

describe("the signed-in person", () => {
  it("comes with every membership, its role and whether the organisation is verified, in one read", async () => {
    const verified = await createOrganisation({ name: "Fundacja Zweryfikowana", verifiedAt: new Date() });
    const unverified = await createOrganisation({ name: "Stowarzyszenie Nowe" });
    const office = await createInstitution();
    const person = await createPerson({
      organisations: [
        { id: verified.id, role: "OWNER" },
        { id: unverified.id, role: "EDITOR" },
      ],
      institutions: [{ id: office.id, role: "OFFICIAL" }],
    });
    const actor = await loadActor({ userId: person.id, sessionVersion: person.sessionVersion });
    expect(actor).toMatchObject({ id: person.id, name: person.name, email: person.email, twoFactorEnabled: true });
    expect(actor?.organisations).toEqual(
      expect.arrayContaining([
        { organisationId: verified.id, role: "OWNER", verified: true },
        { organisationId: unverified.id, role: "EDITOR", verified: false },
      ]),
    );
    expect(actor?.organisations).toHaveLength(2);
    expect(actor?.institutions).toEqual([{ institutionId: office.id, role: "OFFICIAL" }]);

    const loner = await createPerson();
    expect(await loadActor({ userId: loner.id, sessionVersion: loner.sessionVersion })).toMatchObject({
      organisations: [],
      institutions: [],
      twoFactorEnabled: false,
    });
  });
});

describe("the audit log", () => {
  it("refuses to change or delete what it recorded", async () => {
    const event = await db().auditEvent.findFirstOrThrow();
    await expect(
      db().auditEvent.update({ where: { id: event.id }, data: { action: "account.signed_out" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });
});
