// The notification centre's page is one copy for everyone (SHARED in
// lib/http/page-cache.ts); its entries come from /api/notifications/centre,
// worded in the page's language, and only the reader's own.
import { publicDataGeneration } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { GET } from "@/app/api/notifications/centre/route";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import type { NotificationCentreAnswer } from "@/lib/notifications/centre-types";

async function ask(query: string): Promise<{ status: number; answer: NotificationCentreAnswer }> {
  const response = await GET(new Request(`http://x/api/notifications/centre?${query}`), {
    params: Promise.resolve({}),
  });
  expect(response.headers.get("cache-control")).toContain("no-store");
  return { status: response.status, answer: (await response.json()) as NotificationCentreAnswer };
}

async function notify(userId: string, organisation: { id: string; name: string }, at: Date, id: string) {
  await db().notificationEvent.create({
    data: {
      id,
      type: "organisation.verified",
      subjectType: "Organisation",
      subjectId: organisation.id,
      subjectTitle: organisation.name,
      link: {},
      audience: {},
      createdAt: at,
      fannedOutAt: at,
    },
  });
  await db().notification.create({ data: { eventId: id, userId, createdAt: at } });
}

beforeAll(async () => {
  // As every server process does at its start (instrumentation.ts).
  installBritishEnglishDates();
  await createInstanceSettings();
});

describe("the notification centre's answer", () => {
  it("tells a visitor only that they are not signed in", async () => {
    actAs(null);
    expect(await ask("locale=pl")).toEqual({ status: 200, answer: { signedIn: false } });
  });

  it("gives the reader their own entries, worded and dated in the page's language, with links there", async () => {
    const organisation = await createOrganisation({ name: "Fundacja Centrum Powiadomień" });
    const reader = await createActor({ organisations: [{ id: organisation.id, role: "OWNER" }] });
    const other = await createActor();
    await notify(reader.id, organisation, new Date("2026-03-02T10:00:00Z"), `centre-route-${reader.id}`);
    await notify(other.id, organisation, new Date("2026-03-03T10:00:00Z"), `centre-route-${other.id}`);

    actAs(reader);
    const { status, answer } = await ask("locale=en&page=1");
    expect(status).toBe(200);
    if (!answer.signedIn) throw new Error("signed in expected");
    expect(answer).toMatchObject({ page: 1, totalPages: 1, total: 1, unread: 1 });
    expect(answer.entries).toHaveLength(1);
    expect(answer.entries[0]).toMatchObject({
      read: false,
      createdAt: "2026-03-02T10:00:00.000Z",
      // Polish time, written out in (British) English.
      when: "2 March 2026, 11:00",
      href: `/en/organisations/${organisation.slug}`,
    });
    expect(answer.entries[0]!.text).toContain("Fundacja Centrum Powiadomień");

    const polish = await ask("locale=pl");
    if (!polish.answer.signedIn) throw new Error("signed in expected");
    expect(polish.answer.entries[0]!.when).toBe("2 marca 2026, 11:00");
    expect(polish.answer.entries[0]!.href).toBe(`/organizacje/${organisation.slug}`);
  });

  it("refuses a language or page it does not have, naming nothing", async () => {
    actAs(await createActor());
    expect((await ask("locale=fr")).status).toBe(400);
    expect((await ask("locale=pl&page=0")).status).toBe(400);
  });

  it("marks read without dropping the public pages from the caches: a read mark is the reader's alone", async () => {
    const organisation = await createOrganisation({ name: "Fundacja Czytających" });
    const reader = await createActor({ organisations: [{ id: organisation.id, role: "OWNER" }] });
    await notify(reader.id, organisation, new Date(), `centre-mark-${reader.id}`);
    actAs(reader);
    const before = await ask("locale=pl");
    if (!before.answer.signedIn) throw new Error("signed in expected");
    const generation = publicDataGeneration();
    expect((await markNotificationReadAction({ notificationId: before.answer.entries[0]!.id }))?.data).toEqual({
      saved: true,
    });
    expect((await markAllNotificationsReadAction())?.data).toEqual({ count: 0 });
    expect(publicDataGeneration()).toBe(generation);
    const after = await ask("locale=pl");
    if (!after.answer.signedIn) throw new Error("signed in expected");
    expect(after.answer.unread).toBe(0);
  });

  it("writes a moment a notice names with the catalogue's named formats: the deadline's date and time", async () => {
    const organisation = await createOrganisation({ name: "Fundacja Zaproszona" });
    const reader = await createActor({ organisations: [{ id: organisation.id, role: "OWNER" }] });
    const id = `centre-deadline-${reader.id}`;
    await db().notificationEvent.create({
      data: {
        id,
        type: "offer.co_applicant_added",
        subjectType: "Offer",
        subjectId: "offer-gone",
        subjectTitle: "Wolontariat łączy pokolenia",
        data: { lead: "Fundacja Wiodąca", organisation: organisation.name, deadline: "2027-01-04T15:00:00.000Z" },
        link: {},
        audience: {},
        fannedOutAt: new Date(),
      },
    });
    await db().notification.create({ data: { eventId: id, userId: reader.id } });
    actAs(reader);
    const { answer } = await ask("locale=pl");
    if (!answer.signedIn) throw new Error("signed in expected");
    expect(answer.entries[0]!.text).toBe(
      "Fundacja Wiodąca zaprasza Twoją organizację (Fundacja Zaproszona) do oferty wspólnej „Wolontariat łączy " +
        "pokolenia” (termin składania ofert: 4 stycznia 2027, 16:00): przyjmij lub odrzuć zaproszenie.",
    );
  });
});
