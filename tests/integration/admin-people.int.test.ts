import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { searchPeople, peopleFilterSchema } from "@/lib/accounts/admin-queries";
import { createPerson } from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { blockUserAction, setPlatformRoleAction, unblockUserAction } from "@/lib/accounts/actions";
import { blockUser, setPlatformRole } from "@/lib/accounts/admin";

beforeEach(() => {
  actAs(null);
});

describe("administering people", () => {
  it("finds people by name or e-mail, leaving deleted accounts out", async () => {
    await createPerson({ email: "kasia.szukana@example.org" });
    await db().user.create({ data: { email: "deleted-1@deleted.invalid", name: "", deletedAt: new Date() } });
    const found = await searchPeople(peopleFilterSchema.parse({ q: "SZUKANA" }));
    expect(found.people.map((p) => p.email)).toEqual(["kasia.szukana@example.org"]);
    expect((await searchPeople(peopleFilterSchema.parse({ q: "deleted" }))).total).toBe(0);
  });

  it("blocks an account, ending its sessions, and unblocks it", async () => {
    const admin = await createPerson({ platformRole: "ADMINISTRATOR" });
    const target = await createPerson();
    await signInAs(admin);
    expect((await blockUserAction({ userId: target.id, reason: "Spam w wielu wątkach" })).data).toEqual({
      saved: true,
    });
    expect(await loadActor({ userId: target.id, sessionVersion: 0 })).toBeNull();
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "admin.user_blocked", subjectId: target.id },
    });
    expect(event).toMatchObject({ actorUserId: admin.id, details: { reason: "Spam w wielu wątkach" } });
    expect((await unblockUserAction({ userId: target.id })).data).toEqual({ saved: true });
    expect(await loadActor({ userId: target.id, sessionVersion: 1 })).not.toBeNull();
  });

  it("refuses changes to oneself, to deleted accounts, and without a reason", async () => {
    const admin = await createPerson({ platformRole: "ADMINISTRATOR" });
    const gone = await db().user.create({
      data: { email: "deleted-2@deleted.invalid", name: "", deletedAt: new Date() },
    });
    await signInAs(admin);
    expect((await setPlatformRoleAction({ userId: admin.id, role: "RESIDENT" })).serverError).toBe("FORBIDDEN");
    expect((await blockUserAction({ userId: gone.id, reason: "Powód blokady" })).serverError).toBe("NOT_FOUND");
    expect((await blockUserAction({ userId: gone.id, reason: "x" })).validationErrors).toMatchObject({
      reason: { _errors: ["reasonTooShort"] },
    });
  });

  it("keeps the last administrator, even when two try to demote each other at once", async () => {
    await db().user.updateMany({ where: { platformRole: "ADMINISTRATOR" }, data: { platformRole: "RESIDENT" } });
    const a = await createPerson({ platformRole: "ADMINISTRATOR" });
    const b = await createPerson({ platformRole: "ADMINISTRATOR" });
    const results = await Promise.allSettled([
      setPlatformRole(b.id, "RESIDENT", { actorId: a.id, ip: null }),
      setPlatformRole(a.id, "RESIDENT", { actorId: b.id, ip: null }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db().user.count({ where: { platformRole: "ADMINISTRATOR" } })).toBe(1);
  });

  it("is refused to a moderator and to a visitor, before anything changes", async () => {
    const moderator = await createPerson({ platformRole: "MODERATOR" });
    const target = await createPerson();
    await signInAs(moderator);
    expect((await setPlatformRoleAction({ userId: target.id, role: "ADMINISTRATOR" })).serverError).toBe("FORBIDDEN");
    expect((await blockUserAction({ userId: target.id, reason: "Próba bez uprawnień" })).serverError).toBe("FORBIDDEN");
    actAs(null);
    expect((await unblockUserAction({ userId: target.id })).serverError).toBe("UNAUTHENTICATED");
    expect(await db().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      platformRole: "RESIDENT",
      blockedAt: null,
    });
    await expect(blockUser(target.id, "bez kontekstu", { actorId: target.id, ip: null })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
