// The header's account area asks /api/account/summary once per page: the
// bell's count and the account menu's organisations and offices come in that
// one answer (issue 24), from the memberships the session already loaded.
import { db } from "@/lib/db/client";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { GET } from "@/app/api/account/summary/route";
import type { AccountSummary } from "@/lib/accounts/account-summary";

async function ask(): Promise<AccountSummary> {
  const response = await GET(new Request("http://x/api/account/summary"), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  return (await response.json()) as AccountSummary;
}

beforeAll(async () => {
  await createInstanceSettings();
});

describe("the header's account summary", () => {
  it("lists a person's organisations and offices by name, saying in whose name they may appear", async () => {
    const verified = await createOrganisation({ name: "Fundacja Zweryfikowana", verifiedAt: new Date() });
    const unverified = await createOrganisation({ name: "Stowarzyszenie Czekające" });
    const office = await createInstitution({ name: "Urząd Gminy Przykładowej" });
    actAs(
      await createActor({
        name: "Anna Nowak",
        organisations: [{ id: unverified.id }, { id: verified.id }],
        institutions: [{ id: office.id }],
      }),
    );
    const summary = await ask();
    if (!summary.signedIn) throw new Error("signed in expected");
    expect(summary.name).toBe("Anna Nowak");
    expect(summary.memberships).toEqual([
      { kind: "organisation", name: "Fundacja Zweryfikowana", slug: verified.slug, actsFor: true },
      { kind: "organisation", name: "Stowarzyszenie Czekające", slug: unverified.slug, actsFor: false },
      // An official reaches the office's work pages from the menu (their role allows both).
      {
        kind: "institution",
        name: "Urząd Gminy Przykładowej",
        slug: office.slug,
        actsFor: true,
        work: ["competitions", "smallGrants"],
      },
    ]);
  });

  it("counts the person's own unread notifications, and names an office by its office's name", async () => {
    const office = await db().institution.update({
      where: { id: (await createInstitution({ name: "Gmina Przykładowa", territoryCode: "1661011" })).id },
      data: { officeName: "Urząd Gminy Przykładowej" },
    });
    const [reader, other] = [await createActor({ institutions: [{ id: office.id }] }), await createActor()];
    const notice = {
      type: "organisation.verified",
      subjectType: "Organisation",
      subjectId: "o1",
      subjectTitle: "Fundacja",
      link: {},
      audience: {},
    };
    const event = await db().notificationEvent.create({ data: notice });
    const second = await db().notificationEvent.create({ data: notice });
    await db().notification.createMany({
      data: [
        { eventId: event.id, userId: reader.id },
        { eventId: second.id, userId: reader.id, readAt: new Date() },
        { eventId: second.id, userId: other.id },
      ],
    });
    actAs(reader);
    const summary = await ask();
    if (!summary.signedIn) throw new Error("signed in expected");
    expect(summary.unread).toBe(1);
    expect(summary.memberships).toEqual([
      {
        kind: "institution",
        name: "Urząd Gminy Przykładowej",
        slug: office.slug,
        actsFor: true,
        work: ["competitions", "smallGrants"],
      },
    ]);
  });

  it("gives a person without memberships an empty list, and a visitor nothing personal", async () => {
    actAs(await createActor());
    const summary = await ask();
    expect(summary.signedIn && summary.memberships).toEqual([]);
    actAs(null);
    expect(await ask()).toEqual({ signedIn: false });
  });
});
