// The test kit (tests/factories/people.ts, tests/helpers/session.ts and the
// forum, news and library factories) is what other tests stand on: if it gave
// the wrong roles or the wrong session, they would pass or fail for the wrong
// reason.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createForumCategory, createForumPost, createForumThread } from "@/tests/factories/forum";
import { createInstitution } from "@/tests/factories/institutions";
import { createLibraryDocument, createLibraryVersion } from "@/tests/factories/library";
import { createNewsArticle } from "@/tests/factories/news";
import { createOrganisation } from "@/tests/factories/organisations";
import {
  createActor,
  createAdministrator,
  createMember,
  createModerator,
  createOfficial,
  createPerson,
} from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { getCurrentUser } from "@/lib/auth/session";

describe("people", () => {
  it("can sign in, and have two-factor authentication exactly where their functions need it", async () => {
    const resident = await createActor();
    expect(resident).toMatchObject({ platformRole: "RESIDENT", twoFactorEnabled: false, organisations: [] });
    expect(await createModerator()).toMatchObject({ platformRole: "MODERATOR", twoFactorEnabled: true });
    expect(await createAdministrator()).toMatchObject({ platformRole: "ADMINISTRATOR", twoFactorEnabled: true });
    expect((await createActor({ twoFactor: true })).twoFactorEnabled).toBe(true);
    expect((await createModerator({ twoFactor: false })).twoFactorEnabled).toBe(false);
  });

  it("hold the memberships they are given, and the permissions that come with them", async () => {
    const organisation = await createOrganisation({ verifiedAt: new Date() });
    const institution = await createInstitution();
    const editor = await createMember(organisation.id, "EDITOR");
    expect(editor.organisations).toEqual([{ organisationId: organisation.id, role: "EDITOR", verified: true }]);
    expect(can(editor, "organisation.edit", { organisationId: organisation.id })).toBe(true);
    expect((await createMember(organisation.id)).organisations[0]!.role).toBe("MEMBER");
    const official = await createOfficial(institution.id);
    expect(official).toMatchObject({
      twoFactorEnabled: true,
      institutions: [{ institutionId: institution.id, role: "OFFICIAL" }],
    });
    expect((await createOfficial(institution.id, "ADMINISTRATOR")).institutions[0]!.role).toBe("ADMINISTRATOR");
  });

  it("are stored with what the test names, and otherwise unique", async () => {
    const [a, b] = [await createPerson(), await createPerson()];
    expect(a.email).not.toBe(b.email);
    expect(a.emailVerifiedAt).not.toBeNull();
    const named = await createPerson({ email: "ola@example.org", name: "Ola", locale: "de", password: "x".repeat(16) });
    expect(named).toMatchObject({ email: "ola@example.org", name: "Ola", locale: "de" });
    const stored = await db().user.findUniqueOrThrow({ where: { id: named.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2/);
    const unverified = await createPerson({ emailVerified: false });
    expect(await signInAs(unverified)).toBeNull();
  });
});

describe("the session", () => {
  it("is whoever the test acts as, a visitor by default", async () => {
    expect(await getCurrentUser()).toBeNull();
    const moderator = await createModerator();
    actAs(moderator);
    expect(await getCurrentUser()).toBe(moderator);
    actAs(null);
    expect(await getCurrentUser()).toBeNull();
  });

  it("signs a stored person in as the database has them now", async () => {
    const organisation = await createOrganisation();
    const person = await createPerson();
    await db().organisationMembership.create({
      data: { userId: person.id, organisationId: organisation.id, role: "OWNER" },
    });
    const actor = await signInAs(person);
    expect(actor).toMatchObject({ id: person.id, organisations: [{ organisationId: organisation.id, role: "OWNER" }] });
    expect(await getCurrentUser()).toEqual(actor);
    await db().user.update({ where: { id: person.id }, data: { blockedAt: new Date() } });
    expect(await signInAs(person)).toBeNull();
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("forum, news and library records", () => {
  it("are stored in the state the test names", async () => {
    const organisation = await createOrganisation();
    const institution = await createInstitution({ territoryCode: "1601052" });
    const category = await createForumCategory({ access: "OFFICIALS" });
    const thread = await createForumThread(category.id, { title: "Wątek", heldAt: new Date() });
    const post = await createForumPost(thread.id, 1);
    expect(
      await db().forumThread.findUniqueOrThrow({ where: { id: thread.id }, include: { category: true } }),
    ).toMatchObject({ title: "Wątek", category: { access: "OFFICIALS" } });
    expect(post).toMatchObject({ threadId: thread.id, number: 1 });

    const published = await createNewsArticle({ organisationId: organisation.id });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt!.getTime()).toBeLessThan(Date.now());
    const pending = await createNewsArticle({ institutionId: institution.id }, { status: "PENDING" });
    expect(pending).toMatchObject({ status: "PENDING", publishedAt: null, institutionId: institution.id });

    const document = await createLibraryDocument({ institutionId: institution.id });
    expect(document.review).toBe("ACCEPTED");
    const first = await createLibraryVersion(document.id);
    const second = await createLibraryVersion(document.id);
    expect([first.number, second.number]).toEqual([1, 2]);
    expect((await db().libraryDocument.findUniqueOrThrow({ where: { id: document.id } })).currentVersionId).toBe(
      second.id,
    );
  });
});
