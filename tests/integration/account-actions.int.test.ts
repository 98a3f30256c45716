// The actions called directly, bypassing the UI, as each kind of caller.
import { db } from "@/lib/db/client";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createPerson } from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
// One browser's cookie jar: outside a request Next.js has none.
const jar = new Map<string, string>();
jest.mock("next/headers", () => ({
  ...jest.requireActual("next/headers"),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: (name: string) => jar.delete(name),
  }),
}));

// Imported after the mock so the action client sees the mocked session.
import {
  changePasswordAction,
  confirmEmailChangeAction,
  confirmTwoFactorSetupAction,
  regenerateRecoveryCodesAction,
  startTwoFactorSetupAction,
  deleteAccountAction,
  requestEmailChangeAction,
  resetPasswordAction,
  signUpAction,
  verifyEmailAction,
} from "@/lib/accounts/actions";

const resident = {
  id: "someone",
  name: "Ktoś",
  email: "ktos@example.org",
  locale: "pl",
  platformRole: "RESIDENT" as const,
  twoFactorEnabled: false,
  organisations: [],
  institutions: [],
};
const input = {
  name: "Nowa Osoba",
  email: "nowa@example.org",
  password: "zielona łąka nad Odrą",
  acceptTerms: true as const,
  acceptPrivacy: true as const,
  locale: "pl" as const,
};

beforeAll(async () => {
  await createInstanceSettings();
});

beforeEach(() => {
  actAs(null);
});

describe("signUpAction", () => {
  it("works for a visitor", async () => {
    const result = await signUpAction(input);
    expect(result.data).toEqual({ sent: true });
    expect(await db().user.count({ where: { email: "nowa@example.org" } })).toBe(1);
  });

  it("is refused to a signed-in person, before anything happens", async () => {
    actAs(resident);
    const result = await signUpAction({ ...input, email: "druga@example.org" });
    expect(result.serverError).toBe("FORBIDDEN");
    expect(await db().user.count({ where: { email: "druga@example.org" } })).toBe(0);
  });

  it("returns field errors as message keys for bad input and stores nothing", async () => {
    const result = await signUpAction({ ...input, email: "not-an-address", acceptTerms: false as never });
    expect(result.validationErrors).toMatchObject({
      email: { _errors: ["emailInvalid"] },
      acceptTerms: { _errors: ["termsRequired"] },
    });
    const weak = await signUpAction({ ...input, email: "slabe@example.org", password: "qwerty123456" });
    expect(weak.validationErrors).toMatchObject({ password: { _errors: ["passwordCommon"] } });
    expect(await db().user.count({ where: { email: { in: ["not-an-address", "slabe@example.org"] } } })).toBe(0);
  });
});

describe("verifyEmailAction", () => {
  it("signs in only the browser that signed up; the same link pressed in another browser only confirms", async () => {
    const tokenFor = async (email: string) => {
      const mail = await db().devMailboxMessage.findFirstOrThrow({
        where: { to: email },
        orderBy: { createdAt: "desc" },
      });
      return /[?&]token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    };
    jar.clear();
    await signUpAction({ ...input, email: "przegladarka@example.org" });
    expect(jar.get("ngo_signup")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ownBrowser = await verifyEmailAction({ token: await tokenFor("przegladarka@example.org") });
    expect(ownBrowser.data).toMatchObject({
      confirmed: true,
      signInToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(jar.has("ngo_signup")).toBe(false);

    await signUpAction({ ...input, email: "przekazany@example.org" });
    jar.clear(); // another browser: the link was forwarded
    const elsewhere = await verifyEmailAction({ token: await tokenFor("przekazany@example.org") });
    expect(elsewhere.data).toMatchObject({ confirmed: true, signInToken: null });
  });

  it("answers LINK_INVALID for an unknown link, signed in or not", async () => {
    actAs(resident);
    expect((await verifyEmailAction({ token: "B".repeat(43) })).serverError).toBe("LINK_INVALID");
    actAs(null);
    expect((await verifyEmailAction({ token: "B".repeat(43) })).serverError).toBe("LINK_INVALID");
    expect((await verifyEmailAction({ token: "short" })).validationErrors).toMatchObject({
      token: { _errors: ["linkInvalid"] },
    });
  });
});

describe("changePasswordAction", () => {
  it("is refused to a visitor before anything happens", async () => {
    expect(
      (await changePasswordAction({ currentPassword: "x", newPassword: "zielona łąka nad Odrą" })).serverError,
    ).toBe("UNAUTHENTICATED");
  });

  it("acts only on the signed-in person, whatever id the input carries", async () => {
    const victim = await db().user.create({
      data: { email: "victim@example.org", name: "Ofiara", emailVerifiedAt: new Date() },
    });
    const caller = await createPerson({
      email: "caller@example.org",
      name: "Wywołujący",
      password: "hasło wywołującego 1",
    });
    await signInAs(caller);
    // The schema has no user id: an extra one is dropped, and the caller's own password is what gets checked.
    const result = await changePasswordAction({
      currentPassword: "victim's guess",
      newPassword: "zielona łąka nad Odrą",
      userId: victim.id,
    } as never);
    expect(result.validationErrors).toMatchObject({ currentPassword: { _errors: ["currentPasswordWrong"] } });
    expect((await db().user.findUniqueOrThrow({ where: { id: victim.id } })).sessionVersion).toBe(0);
  });
});

describe("two-factor actions", () => {
  it("ask for the current password again: a wrong one is the password field's error, and nothing changes", async () => {
    const person = await createPerson({
      email: "dwa-kroki@example.org",
      name: "Dwa Kroki",
      password: "hasło dwóch kroków 1",
    });
    await signInAs(person);
    expect((await startTwoFactorSetupAction()).data?.secret).toBeTruthy();
    const confirmed = await confirmTwoFactorSetupAction({ password: "nie to hasło", code: "123456" });
    expect(confirmed.validationErrors).toMatchObject({ password: { _errors: ["currentPasswordWrong"] } });
    expect((await confirmTwoFactorSetupAction({ password: "", code: "123456" })).validationErrors).toMatchObject({
      password: { _errors: ["passwordRequired"] },
    });
    expect((await regenerateRecoveryCodesAction({ password: "", code: "123456" })).validationErrors).toMatchObject({
      password: { _errors: ["passwordRequired"] },
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).totpEnabledAt).toBeNull();
  });
});

describe("resetPasswordAction", () => {
  it("answers LINK_INVALID for an unknown link and returns the policy's field error", async () => {
    expect((await resetPasswordAction({ token: "C".repeat(43), password: "zielona łąka nad Odrą" })).serverError).toBe(
      "LINK_INVALID",
    );
    expect((await resetPasswordAction({ token: "C".repeat(43), password: "short" })).validationErrors).toMatchObject({
      password: { _errors: ["passwordTooShort"] },
    });
  });
});

describe("requestEmailChangeAction and confirmEmailChangeAction", () => {
  it("refuse a visitor's change request, and answer LINK_INVALID for an unknown link", async () => {
    expect((await requestEmailChangeAction({ newEmail: "x@example.org", currentPassword: "x" })).serverError).toBe(
      "UNAUTHENTICATED",
    );
    expect((await confirmEmailChangeAction({ token: "D".repeat(43) })).serverError).toBe("LINK_INVALID");
  });
});

describe("deleteAccountAction", () => {
  it("is refused to a visitor, and deletes only the caller", async () => {
    expect((await deleteAccountAction({ currentPassword: "x", understood: true })).serverError).toBe("UNAUTHENTICATED");
    const other = await db().user.create({
      data: { email: "other@example.org", name: "Inna", emailVerifiedAt: new Date() },
    });
    const caller = await createPerson({
      email: "deleter@example.org",
      name: "Usuwająca",
      password: "hasło usuwającej 1",
    });
    await signInAs(caller);
    const result = await deleteAccountAction({
      currentPassword: "hasło usuwającej 1",
      understood: true,
      userId: other.id,
    } as never);
    expect(result.data).toEqual({ deleted: true, soleOwnerOf: [] });
    expect((await db().user.findUniqueOrThrow({ where: { id: other.id } })).deletedAt).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: caller.id } })).deletedAt).toBeInstanceOf(Date);
  });

  it("needs the box ticked", async () => {
    actAs(resident);
    expect(
      (await deleteAccountAction({ currentPassword: "x", understood: false as never })).validationErrors,
    ).toMatchObject({
      understood: { _errors: ["deletionNotConfirmed"] },
    });
  });
});
