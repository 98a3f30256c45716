import { authenticate } from "@/lib/accounts/authenticate";
import { changePassword } from "@/lib/accounts/password-reset";
import { actorById } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { fanOutPendingNotifications, pruneNotifications } from "@/lib/notifications/fanout";
import { notify } from "@/lib/notifications/notify";
import { listNotifications, NOTIFICATIONS_PAGE_SIZE, unreadNotificationCount } from "@/lib/notifications/queries";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createPerson, type PersonOptions } from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { decideJoinRequestAction, requestToJoinAction } from "@/lib/organisations/actions";

let n = 0;
const password = "powiadom mnie o wszystkim";
/** Everyone here signs in with the same password, with two-factor authentication on. */
const person = (options: PersonOptions = {}) => createPerson({ password, twoFactor: true, ...options });
async function organisationWith(members: { userId: string; role: "OWNER" | "EDITOR" | "MEMBER" }[]) {
  n += 1;
  return db().organisation.create({
    data: {
      slug: `pow-org-${n}`,
      name: `Fundacja Powiadomień ${n}`,
      legalForm: "FOUNDATION",
      seatTerritoryCode: "1661011",
      memberships: { create: members },
    },
  });
}
const entriesOf = async (user: { id: string }) => (await listNotifications((await actorById(user.id))!, 1)).entries;

beforeAll(async () => {
  await createInstanceSettings();
  await seedInstitutions("16");
});

describe("fan-out", () => {
  it("reaches exactly the audience: the roles asked for, not the actor, not deleted or blocked accounts", async () => {
    const [owner, coOwner, editor, actor] = [await person(), await person(), await person(), await person()];
    const gone = await person({ deletedAt: new Date() });
    const blocked = await person({ blockedAt: new Date() });
    const admin = await person({ platformRole: "ADMINISTRATOR" });
    const organisation = await organisationWith([
      { userId: owner.id, role: "OWNER" },
      { userId: coOwner.id, role: "OWNER" },
      { userId: editor.id, role: "EDITOR" },
      { userId: actor.id, role: "OWNER" },
      { userId: gone.id, role: "OWNER" },
      { userId: blocked.id, role: "OWNER" },
    ]);
    await notify({
      type: "organisation.verified",
      subject: {
        type: "Organisation",
        id: organisation.id,
        title: organisation.name,
        link: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
      },
      actor: { userId: actor.id },
      audience: { organisations: [{ id: organisation.id, roles: ["OWNER"] }], platformRoles: ["ADMINISTRATOR"] },
    });
    expect(await db().notification.count()).toBe(0); // not in the request: in the job
    const result = await fanOutPendingNotifications();
    expect(result.events).toBe(1);
    const recipients = (await db().notification.findMany({ select: { userId: true } })).map((r) => r.userId).sort();
    const administrators = (
      await db().user.findMany({
        where: { platformRole: "ADMINISTRATOR", deletedAt: null, blockedAt: null },
        select: { id: true },
      })
    ).map((u) => u.id);
    expect(recipients).toEqual([owner.id, coOwner.id, ...administrators].sort());
    expect(recipients).toContain(admin.id);
    expect(await fanOutPendingNotifications()).toEqual({ events: 0, notifications: 0 });
  });
});

describe("notifications from what people do", () => {
  it("tells the owners of a request to join, and the person of the decision, in the centre", async () => {
    const owner = await person();
    const organisation = await organisationWith([{ userId: owner.id, role: "OWNER" }]);
    const applicant = await person();
    await signInAs(applicant);
    await requestToJoinAction({ organisationId: organisation.id, message: "" });
    await fanOutPendingNotifications();
    const [forOwner] = await entriesOf(owner);
    expect(forOwner).toMatchObject({
      type: "membership.requested",
      read: false,
      data: { name: applicant.name, kind: "organisation" },
      link: { pathname: "/organisations/[slug]/members" },
    });
    expect(await unreadNotificationCount(applicant.id)).toBe(0);

    const request = await db().membershipRequest.findFirstOrThrow({ where: { userId: applicant.id } });
    await signInAs(owner);
    await decideJoinRequestAction({ requestId: request.id, decision: "refuse", reason: "Nie znamy się." });
    await fanOutPendingNotifications();
    expect((await entriesOf(applicant))[0]).toMatchObject({
      type: "membership.refused",
      data: { reason: "Nie znamy się.", kind: "organisation" },
    });
  });

  it("sends security notices to the person, also when they made the change", async () => {
    const user = await person();
    expect(
      await changePassword(
        user.id,
        { currentPassword: password, newPassword: "nowe hasło do powiadomień" },
        { ip: null },
      ),
    ).toEqual({ ok: true });
    await fanOutPendingNotifications();
    expect((await entriesOf(user)).map((e) => e.type)).toEqual(["security.password_changed"]);
  });
});

describe("new sign-in notices", () => {
  it("come for a browser the account never signed in from, not for the first sign-in or a known browser", async () => {
    const user = await db().user.update({ where: { id: (await person()).id }, data: { totpEnabledAt: null } });
    const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    const phone =
      "Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36";
    await authenticate(user.email, password, { ip: null, userAgent: firefox });
    await authenticate(user.email, password, { ip: null, userAgent: firefox });
    await fanOutPendingNotifications();
    expect(await entriesOf(user)).toEqual([]);
    await authenticate(user.email, password, { ip: null, userAgent: phone });
    await fanOutPendingNotifications();
    expect(await entriesOf(user)).toEqual([
      expect.objectContaining({ type: "security.new_sign_in", data: { browser: "Chrome, Android" } }),
    ]);
  });
});

describe("the notification centre", () => {
  it("reads its counts with each page, newest first, and still counts on a page past the end", async () => {
    const reader = await person();
    const organisation = await organisationWith([{ userId: reader.id, role: "OWNER" }]);
    const events = [];
    for (let i = 0; i < NOTIFICATIONS_PAGE_SIZE + 2; i++)
      events.push({
        id: `centre-${reader.id}-${i}`,
        type: "organisation.verified",
        subjectType: "Organisation",
        subjectId: organisation.id,
        subjectTitle: `${organisation.name} ${i}`,
        link: {},
        audience: {},
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
        fannedOutAt: new Date(),
      });
    await db().notificationEvent.createMany({ data: events });
    await db().notification.createMany({
      data: events.map((event, i) => ({
        eventId: event.id,
        userId: reader.id,
        createdAt: event.createdAt,
        readAt: i < 2 ? new Date() : null,
      })),
    });
    const actor = (await actorById(reader.id))!;
    const first = await listNotifications(actor, 1);
    expect(first).toMatchObject({ total: NOTIFICATIONS_PAGE_SIZE + 2, unread: NOTIFICATIONS_PAGE_SIZE, totalPages: 2 });
    expect(first.entries).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({
      subjectTitle: `${organisation.name} ${NOTIFICATIONS_PAGE_SIZE + 1}`,
      read: false,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, NOTIFICATIONS_PAGE_SIZE + 1)),
      link: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
    });
    const second = await listNotifications(actor, 2);
    expect(second.entries.map((entry) => [entry.subjectTitle, entry.read])).toEqual([
      [`${organisation.name} 1`, true],
      [`${organisation.name} 0`, true],
    ]);
    expect(await listNotifications(actor, 3)).toEqual({
      total: NOTIFICATIONS_PAGE_SIZE + 2,
      unread: NOTIFICATIONS_PAGE_SIZE,
      totalPages: 2,
      entries: [],
    });
  });

  it("marks one's own entries read, one or all, and never someone else's", async () => {
    const [reader, other] = [await person(), await person()];
    const organisation = await organisationWith([
      { userId: reader.id, role: "OWNER" },
      { userId: other.id, role: "OWNER" },
    ]);
    for (let i = 0; i < 3; i++) {
      await notify({
        type: "organisation.verified",
        subject: {
          type: "Organisation",
          id: organisation.id,
          title: organisation.name,
          link: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
        },
        audience: { organisations: [{ id: organisation.id, roles: ["OWNER"] }] },
      });
    }
    await fanOutPendingNotifications();
    const othersEntry = (await entriesOf(other))[0]!;
    await signInAs(reader);
    await markNotificationReadAction({ notificationId: othersEntry.id });
    expect(await unreadNotificationCount(other.id)).toBe(3);
    await markNotificationReadAction({ notificationId: (await entriesOf(reader))[0]!.id });
    expect(await unreadNotificationCount(reader.id)).toBe(2);
    expect((await markAllNotificationsReadAction()).data).toEqual({ count: 2 });
    expect(await unreadNotificationCount(reader.id)).toBe(0);
    actAs(null);
    expect((await markAllNotificationsReadAction()).serverError).toBe("UNAUTHENTICATED");
  });

  it("says when the item is gone, and forgets entries after the retention", async () => {
    const reader = await person();
    const organisation = await organisationWith([{ userId: reader.id, role: "MEMBER" }]);
    await notify({
      type: "organisation.verified",
      subject: {
        type: "Organisation",
        id: organisation.id,
        title: organisation.name,
        link: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
      },
      audience: { organisations: [{ id: organisation.id, roles: ["MEMBER"] }] },
    });
    await fanOutPendingNotifications();
    await db().organisation.delete({ where: { id: organisation.id } });
    expect((await entriesOf(reader))[0]).toMatchObject({ subjectTitle: organisation.name, link: null });
    expect(await pruneNotifications(180, new Date(Date.now() + 181 * 24 * 3600_000))).toBeGreaterThanOrEqual(1);
    expect(await entriesOf(reader)).toEqual([]);
  });
});
