import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";
import { answerRemarks } from "@/lib/consultations/answers/mutations";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { submitRemark } from "@/lib/consultations/remarks/mutations";
import { sendDigests, sendImmediateNotificationEmails } from "@/lib/notifications/email";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { notify } from "@/lib/notifications/notify";
import { offerSubject } from "@/lib/offers/notification-links";
import { savePreferences } from "@/lib/notifications/preferences";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { drainQueue } from "@/tests/helpers/jobs";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp-server";
import { createPerson } from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { POST as oneClickUnsubscribe } from "@/app/api/notifications/unsubscribe/route";
import { unsubscribeAction } from "@/lib/notifications/actions";
import { decideJoinRequestAction, requestToJoinAction } from "@/lib/organisations/actions";

let smtp: TestSmtpServer;
let n = 0;
/** Has a password (so receives mail as an account holder does); writes in `locale`. */
const person = (locale = "pl") => createPerson({ locale, password: "x".repeat(16) });
async function organisationOwnedBy(owner: { id: string }) {
  n += 1;
  return db().organisation.create({
    data: {
      slug: `mail-org-${n}`,
      name: `Fundacja Pocztowa ${n}`,
      legalForm: "FOUNDATION",
      seatTerritoryCode: "1661011",
      memberships: { create: { userId: owner.id, role: "OWNER" } },
    },
  });
}
async function askToJoin(organisation: { id: string }) {
  const applicant = await person();
  await signInAs(applicant);
  await requestToJoinAction({ organisationId: organisation.id, message: "" });
  return applicant;
}
/** What the worker does: fan out, queue the e-mails, and deliver them over SMTP. */
async function runJobs() {
  await fanOutPendingNotifications();
  await sendImmediateNotificationEmails();
  await drainQueue("mail-send");
}
const mailsTo = (user: { email: string }) => smtp.received.filter((m) => JSON.stringify(m.to).includes(user.email));

beforeAll(async () => {
  // As the worker does before it sends anything (lib/cli/worker.ts).
  installBritishEnglishDates();
  await createInstanceSettings();
  await seedInstitutions("16");
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  resetEnvCache();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnvCache();
  await smtp.close();
});

describe("notifications by e-mail", () => {
  it("sends a decision at once, in the person's language, with one-click unsubscribe headers", async () => {
    const owner = await person();
    const organisation = await organisationOwnedBy(owner);
    const applicant = await person("en");
    await db().user.update({ where: { id: applicant.id }, data: { locale: "en" } });
    await signInAs(applicant);
    await requestToJoinAction({ organisationId: organisation.id, message: "" });
    const request = await db().membershipRequest.findFirstOrThrow({ where: { userId: applicant.id } });
    await signInAs(owner);
    await decideJoinRequestAction({ requestId: request.id, decision: "approve" });
    await runJobs();

    const notice = mailsTo(applicant).find((m) => m.subject?.startsWith("Request approved"));
    expect(notice?.subject).toBe(
      `Request approved: ${organisation.name} – NGO and Local Government Platform – Opolskie Voivodeship`,
    );
    expect(notice?.text).toContain(`You are now a member of ${organisation.name}.`);
    expect(notice?.text).toContain(`/en/organisations/${organisation.slug}`);
    // Its footer says why a notification came, not "if you did not create an account".
    expect(notice?.text).toContain(
      "This message was sent automatically by NGO and Local Government Platform – Opolskie Voivodeship. You are receiving it because of the notification settings of your account.",
    );
    const header = (key: string) => notice?.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, "");
    const listUnsubscribe = String(header("list-unsubscribe"));
    expect(listUnsubscribe).toMatch(/^<http:\/\/localhost:\d+\/api\/notifications\/unsubscribe\?token=.+>$/);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(notice?.html).toContain("/en/unsubscribe?token=");

    // The header's one-click POST switches this type off for good.
    const response = await oneClickUnsubscribe(
      new Request(listUnsubscribe.slice(1, -1), { method: "POST", body: "List-Unsubscribe=One-Click" }),
    );
    expect(response.status).toBe(200);
    expect(
      await db().notificationPreference.findUnique({
        where: { userId_type: { userId: applicant.id, type: "membership.approved" } },
      }),
    ).toMatchObject({ channel: "OFF" });
  });

  it("tells a remark's author the decision and its reason, linking to the remark itself", async () => {
    const institution = await db().institution.findFirstOrThrow({ where: { kind: "GMINA_OFFICE" } });
    const official = await person();
    await db().user.update({ where: { id: official.id }, data: { totpEnabledAt: new Date() } });
    await db().institutionMembership.create({
      data: { userId: official.id, institutionId: institution.id, role: "OFFICIAL" },
    });
    const author = await person();
    const organisation = await organisationOwnedBy(author);
    await db().organisation.update({ where: { id: organisation.id }, data: { verifiedAt: new Date() } });
    const start = new Date(Date.now() - 60_000);
    const { id } = await createConsultation(
      institution.id,
      consultationFields({
        title: "Konsultacje pocztowe",
        startsAt: start,
        endsAt: new Date(start.getTime() + 7 * 24 * 3600 * 1000),
      }),
      { userId: official.id, ip: null },
    );
    await publishConsultation(id, { userId: official.id, ip: null });
    const remark = await submitRemark(
      (await loadActor({ userId: author.id, sessionVersion: 0 }))!,
      {
        consultationId: id,
        unitId: null,
        actingFor: organisation.id,
        currentWording: null,
        proposedWording: null,
        justification: "Wydłużyć termin.",
      },
      { ip: null },
    );
    await answerRemarks(
      { userId: official.id, ip: null },
      { consultationId: id, remarkIds: [remark.id], decision: "NOT_ACCEPTED", reason: "Termin wynika z ustawy." },
    );
    await runJobs();

    const notice = mailsTo(author).find((m) => m.subject?.startsWith("Odpowiedź na uwagę"));
    expect(notice?.text).toContain("nieuwzględniona. Uzasadnienie: Termin wynika z ustawy.");
    const slug = (await db().consultation.findUniqueOrThrow({ where: { id } })).slug;
    expect(notice?.text).toContain(`/konsultacje/${slug}#remark-${remark.id}`);
  });

  it("honours preferences, and groups a daily digest by item, sending nothing when there is nothing", async () => {
    const owner = await person();
    await savePreferences(owner.id, [{ type: "membership.requested", channel: "DAILY" }]);
    const [first, second] = [await organisationOwnedBy(owner), await organisationOwnedBy(owner)];
    await db()
      .organisationMembership.create({ data: { userId: owner.id, organisationId: second.id, role: "OWNER" } })
      .catch(() => undefined);
    for (let i = 0; i < 3; i++) await askToJoin(first);
    await askToJoin(second);
    await runJobs();
    expect(mailsTo(owner)).toHaveLength(0); // nothing at once: the owner chose the daily digest

    expect(await sendDigests("WEEKLY")).toBe(0);
    expect(await sendDigests("DAILY")).toBeGreaterThanOrEqual(1);
    await drainQueue("mail-send");
    const digests = mailsTo(owner);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toMatch(/^Podsumowanie dnia – /);
    expect(digests[0]!.text).toContain(`3 prośby o dołączenie lub status urzędnika: ${first.name}`);
    expect(digests[0]!.text).toContain(`1 prośba o dołączenie lub status urzędnika: ${second.name}`);
    expect(digests[0]!.text).toContain("Od wczoraj: 4 powiadomienia.");
    expect(await sendDigests("DAILY")).toBe(0); // already sent: not again, and no empty digest
  });

  it("sends weekly digests for those who chose them, and nothing for those who switched a type off", async () => {
    const weekly = await person();
    const silent = await person();
    await savePreferences(weekly.id, [{ type: "membership.requested", channel: "WEEKLY" }]);
    await savePreferences(silent.id, [{ type: "membership.requested", channel: "OFF" }]);
    const organisation = await organisationOwnedBy(weekly);
    await db().organisationMembership.create({
      data: { userId: silent.id, organisationId: organisation.id, role: "OWNER" },
    });
    await askToJoin(organisation);
    await runJobs();
    await sendDigests("DAILY");
    expect(await sendDigests("WEEKLY")).toBeGreaterThanOrEqual(1);
    await drainQueue("mail-send");
    expect(mailsTo(weekly).map((m) => m.subject)).toEqual([expect.stringMatching(/^Podsumowanie tygodnia – /)]);
    expect(mailsTo(silent)).toHaveLength(0);
    // Still in the centre, whatever the e-mail choice.
    expect(await db().notification.count({ where: { userId: silent.id } })).toBe(1);
  });

  it("names who invites to a joint offer, which organisation and by when, at once and in a digest", async () => {
    const atOnce = await person("en");
    const daily = await person();
    await savePreferences(daily.id, [{ type: "offer.co_applicant_added", channel: "DAILY" }]);
    await notify({
      type: "offer.co_applicant_added",
      subject: offerSubject({ id: "offer-by-mail", title: "Wolontariat łączy pokolenia" }),
      audience: { users: [atOnce.id, daily.id] },
      data: { lead: "Fundacja Opolska", organisation: "Fundacja Odrzańska", deadline: "2027-01-04T11:00:00.000Z" },
    });
    await runJobs();
    const oneLine = (mail: { text?: string | false } | undefined) => String(mail?.text ?? "").replace(/\s+/g, " ");
    // The deadline in Polish time (12:00 in Warsaw), written as the reader's language writes dates.
    expect(oneLine(mailsTo(atOnce)[0])).toContain(
      "Fundacja Opolska invites your organisation (Fundacja Odrzańska) to the joint offer “Wolontariat łączy pokolenia” (deadline for offers: 4 January 2027, 12:00)",
    );
    expect(mailsTo(daily)).toHaveLength(0);
    await sendDigests("DAILY");
    await drainQueue("mail-send");
    expect(oneLine(mailsTo(daily)[0])).toContain(
      "Fundacja Opolska zaprasza Twoją organizację (Fundacja Odrzańska) do oferty wspólnej „Wolontariat łączy pokolenia” (termin składania ofert: 4 stycznia 2027, 12:00)",
    );
  });

  it("accepts an unsubscribe link without signing in, and refuses forged or expired ones", async () => {
    const user = await person();
    actAs(null);
    const token = unsubscribeToken(user.id, ["organisation.verified"]);
    expect((await unsubscribeAction({ token: `${token.slice(0, -2)}xx` })).serverError).toBe("LINK_INVALID");
    const old = unsubscribeToken(user.id, ["organisation.verified"], Date.now() - 200 * 24 * 3600_000);
    expect((await unsubscribeAction({ token: old })).serverError).toBe("LINK_INVALID");
    expect(
      (
        await oneClickUnsubscribe(
          new Request(`http://x/api/notifications/unsubscribe?token=${encodeURIComponent(old)}`, { method: "POST" }),
        )
      ).status,
    ).toBe(400);
    expect(await db().notificationPreference.count({ where: { userId: user.id } })).toBe(0);
    expect((await unsubscribeAction({ token })).data).toEqual({ types: ["organisation.verified"] });
    expect(
      await db().notificationPreference.findUnique({
        where: { userId_type: { userId: user.id, type: "organisation.verified" } },
      }),
    ).toMatchObject({ channel: "OFF" });
  });
});
