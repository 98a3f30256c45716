import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { createInstanceSettings } from "@/tests/factories/settings";
import { sendImmediateNotificationEmails } from "@/lib/notifications/email";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { drainQueue } from "@/tests/helpers/jobs";
import { createPerson } from "@/tests/factories/people";
import { signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import {
  changeOfficialRoleAction,
  editInstitutionOfficeAction,
  removeOfficialAction,
} from "@/lib/institutions/actions";
import {
  decideOfficialRequestAction,
  requestOfficialStatusAction,
  withdrawMembershipRequestAction,
} from "@/lib/organisations/actions";

// Officials who read German, to see that what they are told follows their language; two-factor on, as officials need.
const person = (platformRole: Actor["platformRole"] = "RESIDENT") =>
  createPerson({ platformRole, locale: "de", twoFactor: true });

let nysa: { id: string };

beforeAll(async () => {
  await createInstanceSettings();
  await seedInstitutions("16");
  nysa = await db().institution.findUniqueOrThrow({ where: { territoryCode: "1607053" } });
});

describe("official status", () => {
  it("is asked for by a person and approved by the institution's administrator, who tells them in their language", async () => {
    const admin = await person();
    await db().institutionMembership.create({
      data: { userId: admin.id, institutionId: nysa.id, role: "ADMINISTRATOR" },
    });
    const clerk = await person();
    await signInAs(clerk);
    expect(
      (await requestOfficialStatusAction({ institutionId: nysa.id, message: "Wydział Spraw Społecznych" })).data,
    ).toEqual({ sent: true });
    const request = await db().membershipRequest.findFirstOrThrow({
      where: { userId: clerk.id, institutionId: nysa.id },
    });

    await signInAs(admin);
    expect((await decideOfficialRequestAction({ requestId: request.id, decision: "approve" })).data).toEqual({
      saved: true,
    });
    expect(
      await db().institutionMembership.findUnique({
        where: { userId_institutionId: { userId: clerk.id, institutionId: nysa.id } },
      }),
    ).toMatchObject({ role: "OFFICIAL" });
    await fanOutPendingNotifications();
    await sendImmediateNotificationEmails();
    await drainQueue("mail-send");
    const mail = await db().devMailboxMessage.findFirstOrThrow({ where: { to: clerk.email } });
    expect(mail.subject).toMatch(/^Antrag bestätigt: Gmina Nysa – /);
    expect(mail.text).toContain("Gmina Nysa");
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "membership.approved", subjectId: request.id },
    });
    expect(event).toMatchObject({ actorUserId: admin.id, actingForInstitutionId: nysa.id });
  });

  it("can be approved by a platform administrator, refused with a reason, or withdrawn", async () => {
    const platformAdmin = await person("ADMINISTRATOR");
    const [first, second] = [await person(), await person()];
    await signInAs(first);
    await requestOfficialStatusAction({ institutionId: nysa.id, message: "" });
    await signInAs(second);
    await requestOfficialStatusAction({ institutionId: nysa.id, message: "" });
    const [r1, r2] = await Promise.all(
      [first, second].map((p) => db().membershipRequest.findFirstOrThrow({ where: { userId: p.id } })),
    );

    await signInAs(platformAdmin);
    expect(
      (await decideOfficialRequestAction({ requestId: r1!.id, decision: "refuse", reason: "Nie pracuje w urzędzie." }))
        .data,
    ).toEqual({ saved: true });
    expect(await db().membershipRequest.findUniqueOrThrow({ where: { id: r1!.id } })).toMatchObject({
      status: "REFUSED",
      decisionReason: "Nie pracuje w urzędzie.",
    });
    await signInAs(second);
    expect((await withdrawMembershipRequestAction({ requestId: r2!.id })).data).toEqual({ saved: true });
    await signInAs(platformAdmin);
    expect((await decideOfficialRequestAction({ requestId: r2!.id, decision: "approve" })).serverError).toBe(
      "CONFLICT",
    );
    expect(await db().institutionMembership.count({ where: { userId: { in: [first.id, second.id] } } })).toBe(0);
  });
});

describe("the institution's administrators", () => {
  it("edit the office's details and their officials' roles", async () => {
    const admin = await person();
    const official = await person();
    await db().institutionMembership.createMany({
      data: [
        { userId: admin.id, institutionId: nysa.id, role: "ADMINISTRATOR" },
        { userId: official.id, institutionId: nysa.id, role: "OFFICIAL" },
      ],
    });
    await signInAs(admin);
    const office = {
      officeName: "Urząd Miejski w Nysie",
      address: "ul. Kolejowa 15, 48-300 Nysa",
      email: "UM@Example.org",
      phone: "+48 77 408 05 00",
      website: "https://www.nysa.eu",
    };
    expect((await editInstitutionOfficeAction({ institutionId: nysa.id, office })).data).toEqual({ saved: true });
    expect(await db().institution.findUniqueOrThrow({ where: { id: nysa.id } })).toMatchObject({
      ...office,
      email: "um@example.org",
    });
    expect(
      (await editInstitutionOfficeAction({ institutionId: nysa.id, office: { ...office, website: "nysa" } }))
        .validationErrors,
    ).toMatchObject({
      office: { website: { _errors: ["websiteInvalid"] } },
    });

    expect(
      (await changeOfficialRoleAction({ institutionId: nysa.id, userId: official.id, role: "ADMINISTRATOR" })).data,
    ).toEqual({ saved: true });
    expect((await removeOfficialAction({ institutionId: nysa.id, userId: official.id })).data).toEqual({ saved: true });
    expect(await db().institutionMembership.count({ where: { userId: official.id } })).toBe(0);
  });
});
