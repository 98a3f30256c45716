import { authenticate, SignInError } from "@/lib/accounts/authenticate";
import { deleteAccount, exportPersonalData } from "@/lib/accounts/personal-data";
import { issueAccountToken } from "@/lib/accounts/tokens";
import { recordAuditEvent } from "@/lib/audit/record";
import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { createConsultation } from "@/lib/consultations/mutations";
import { listUnitRemarks } from "@/lib/consultations/remarks";
import { loadReportData } from "@/lib/consultations/report-data";
import { createElection } from "@/lib/elections/mutations";
import { listOrganisationChanges } from "@/lib/organisations/history-queries";
import { pruneExpiredRecords } from "@/lib/jobs/maintenance";
import { consultationFields } from "@/tests/factories/consultations";
import { electionFields } from "@/tests/factories/elections";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createPerson } from "@/tests/factories/people";
import { createForumCategory, createForumPost, createForumThread } from "@/tests/factories/forum";
import { createInstanceSettings } from "@/tests/factories/settings";

const ip = { ip: "203.0.113.40" };
const password = "moje dane moja sprawa";

async function person(email: string) {
  const user = await createPerson({ email, name: "Zofia Danowa", password });
  await db().consentRecord.create({ data: { userId: user.id, kind: "TERMS", version: "2026-11-26" } });
  return user;
}

let institutionId: string;
let official: { userId: string; ip: null };
/** A consultation and an election of the institution, for records people leave behind. */
async function institutionRecords() {
  const consultation = await createConsultation(
    institutionId,
    consultationFields({ startsAt: new Date(Date.now() - 60_000) }),
    official,
  );
  const election = await createElection(institutionId, electionFields(), official);
  return { consultationId: consultation.id, electionId: election.id };
}

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Gmina Rejestrowa", territoryCode: "1609032" })).id;
  const user = await createPerson({
    name: "Urzędniczka",
    institutions: [{ id: institutionId, role: "ADMINISTRATOR" }],
  });
  official = { userId: user.id, ip: null };
});

describe("exportPersonalData", () => {
  it("contains remarks, posts, nominations, subscriptions and consents", async () => {
    const ewa = await person("ewa-eksport@example.org");
    const { consultationId, electionId } = await institutionRecords();
    const organisation = await createOrganisation({ name: "Stowarzyszenie Eksportowe" });
    await db().remark.create({ data: { consultationId, authorId: ewa.id, justification: "Moja uwaga do projektu." } });
    const category = await createForumCategory();
    const thread = await createForumThread(category.id, { title: "Wątek Ewy", authorId: ewa.id });
    await createForumPost(thread.id, 1, { authorId: ewa.id, body: "Mój wpis na forum." });
    await db().nomination.create({
      data: {
        electionId,
        organisationId: organisation.id,
        nominatedById: ewa.id,
        candidateName: "Jan Kandydat",
        candidateEmail: "jan@example.org",
        statement: "Zgłaszam Jana.",
      },
    });
    await db().nomination.create({
      data: {
        electionId,
        organisationId: organisation.id,
        candidateUserId: ewa.id,
        candidateName: "Ewa Kandydatka",
        candidateEmail: "ewa-eksport@example.org",
        statement: "Moja kandydatura.",
      },
    });
    await db().itemSubscription.create({
      data: { userId: ewa.id, subjectType: "Organisation", subjectId: organisation.id },
    });
    await db().topicSubscription.create({ data: { userId: ewa.id, territoryCode: "1609032" } });

    const data = await exportPersonalData(ewa.id);
    expect(data.remarks).toEqual([
      expect.objectContaining({ consultationId, justification: "Moja uwaga do projektu." }),
    ]);
    expect(data.forumPosts).toEqual([
      expect.objectContaining({ body: "Mój wpis na forum.", thread: expect.objectContaining({ title: "Wątek Ewy" }) }),
    ]);
    expect(data.forumThreads).toEqual([expect.objectContaining({ title: "Wątek Ewy" })]);
    expect(data.nominations.submitted).toEqual([
      expect.objectContaining({ candidateName: "Jan Kandydat", statement: "Zgłaszam Jana." }),
    ]);
    expect(data.nominations.asCandidate).toEqual([
      expect.objectContaining({ candidateName: "Ewa Kandydatka", statement: "Moja kandydatura." }),
    ]);
    expect(data.subscriptions.items).toEqual([
      expect.objectContaining({ subjectType: "Organisation", subjectId: organisation.id }),
    ]);
    expect(data.subscriptions.topics).toEqual([expect.objectContaining({ territoryCode: "1609032" })]);
    expect(data.account.consents).toEqual([expect.objectContaining({ kind: "TERMS" })]);
    // Someone else's e-mail in a nomination the person submitted is theirs to see; secrets are not.
    expect(JSON.stringify(data)).not.toMatch(/consentTokenHash/);
  });

  it("holds the account, memberships, consents, links and audit events, and no secret", async () => {
    const zofia = await person("zofia@example.org");
    const organisation = await createOrganisation({ name: "Fundacja Eksportowa" });
    await db().organisationMembership.create({
      data: { userId: zofia.id, organisationId: organisation.id, role: "EDITOR" },
    });
    await issueAccountToken(zofia.id, "RESET_PASSWORD", 1);
    await recordAuditEvent({ action: "account.signed_in", actorUserId: zofia.id, ipAddress: "203.0.113.40" });
    const other = await createOrganisation({ name: "Fundacja Docelowa" });
    await db().membershipRequest.create({
      data: { userId: zofia.id, organisationId: other.id, message: "Proszę o przyjęcie" },
    });
    await db().user.update({ where: { id: zofia.id }, data: { totpSecret: "v1.sealed", totpEnabledAt: new Date() } });
    await db().recoveryCode.create({ data: { userId: zofia.id, codeHash: "f".repeat(64) } });

    const data = await exportPersonalData(zofia.id);
    expect(data.account).toMatchObject({ email: "zofia@example.org", name: "Zofia Danowa" });
    expect(data.account.organisationMemberships).toEqual([
      expect.objectContaining({ role: "EDITOR", organisation: { id: organisation.id, name: "Fundacja Eksportowa" } }),
    ]);
    expect(data.account.consents).toEqual([expect.objectContaining({ kind: "TERMS", version: "2026-11-26" })]);
    expect(data.emailLinks).toEqual([expect.objectContaining({ purpose: "RESET_PASSWORD" })]);
    expect(data.auditEvents).toEqual([
      expect.objectContaining({ action: "account.signed_in", ipAddress: "203.0.113.40" }),
    ]);
    expect(data.account.membershipRequests).toEqual([
      expect.objectContaining({ message: "Proszę o przyjęcie", status: "PENDING" }),
    ]);
    expect(data.account.totpEnabledAt).toBeInstanceOf(Date);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/argon2|tokenHash|passwordHash|totpSecret|v1\.sealed|codeHash/);
  });
});

describe("deleteAccount", () => {
  it("needs the current password", async () => {
    const user = await person("ostrozna@example.org");
    expect(await deleteAccount(user.id, "wrong", ip)).toEqual({ ok: false, problem: "currentPasswordWrong" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
  });

  it("is refused to an organisation's only owner, who must hand over first", async () => {
    const owner = await person("wlascicielka@example.org");
    const organisation = await createOrganisation({ name: "Stowarzyszenie Jednej Właścicielki" });
    await db().organisationMembership.create({
      data: { userId: owner.id, organisationId: organisation.id, role: "OWNER" },
    });
    expect(await deleteAccount(owner.id, password, ip)).toEqual({
      ok: false,
      problem: "soleOwner",
      organisations: ["Stowarzyszenie Jednej Właścicielki"],
    });

    const second = await person("druga@example.org");
    await db().organisationMembership.create({
      data: { userId: second.id, organisationId: organisation.id, role: "OWNER" },
    });
    expect(await deleteAccount(owner.id, password, ip)).toEqual({ ok: true });
    expect(await db().organisationMembership.count({ where: { organisationId: organisation.id, role: "OWNER" } })).toBe(
      1,
    );
  });

  it("removes personal data, keeps an empty row for public records, and ends every session", async () => {
    const user = await person("znikam@example.org");
    await issueAccountToken(user.id, "VERIFY_EMAIL", 1);
    const organisation = await createOrganisation({ name: "Fundacja Porzucona" });
    await db().membershipRequest.create({
      data: { userId: user.id, organisationId: organisation.id, message: "Dane osobowe w treści" },
    });
    await db().user.update({
      where: { id: user.id },
      data: { totpSecret: "v1.sealed", totpEnabledAt: new Date(), totpLastStep: 1 },
    });
    await db().recoveryCode.create({ data: { userId: user.id, codeHash: "e".repeat(64) } });
    expect(await deleteAccount(user.id, password, ip)).toEqual({ ok: true });

    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row).toMatchObject({
      name: "",
      email: `deleted-${user.id}@deleted.invalid`,
      passwordHash: null,
      emailVerifiedAt: null,
      totpSecret: null,
      totpEnabledAt: null,
    });
    expect(await db().membershipRequest.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(row.deletedAt).toBeInstanceOf(Date);
    // The record of what the person consented to stays, as the law asks (lib/accounts/personal-data.ts).
    expect(await db().consentRecord.count({ where: { userId: user.id } })).toBe(1);
    expect(await db().accountToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await loadActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await loadActor({ userId: user.id, sessionVersion: 1 })).toBeNull();
    await expect(authenticate("znikam@example.org", password, ip)).rejects.toBeInstanceOf(SignInError);
    // The address is free for a new account.
    await expect(person("znikam@example.org")).resolves.toBeTruthy();
    expect(await db().auditEvent.count({ where: { action: "account.deleted", actorUserId: user.id } })).toBe(1);
  });

  it("shows an erased person's remarks as by a person who deleted their account, in the reader's language", async () => {
    const user = await person("uwagi-znikam@example.org");
    const { consultationId } = await institutionRecords();
    await db().remark.create({ data: { consultationId, authorId: user.id, justification: "Uwaga, która zostaje." } });
    expect(await deleteAccount(user.id, password, ip)).toEqual({ ok: true });

    // The remark stays, without the emptied name: the page shows its translated label instead.
    const [remark] = await listUnitRemarks(consultationId, null);
    expect(remark).toMatchObject({ justification: "Uwaga, która zostaje.", author: null });
    expect((await loadReportData(consultationId, "en")).rows.map((row) => row.submittedBy)).toEqual([
      "a person who deleted their account",
    ]);
    expect((await loadReportData(consultationId, "pl")).rows.map((row) => row.submittedBy)).toEqual([
      "osoba, która usunęła konto",
    ]);
  });

  it("leaves an erased person's changes in an organisation's history without the emptied name", async () => {
    const user = await person("historia-znikam@example.org");
    const organisation = await createOrganisation({ name: "Fundacja z Historią" });
    await db().organisationChange.create({
      data: { organisationId: organisation.id, actorUserId: user.id, source: "profile", changes: {} },
    });
    expect(await deleteAccount(user.id, password, ip)).toEqual({ ok: true });
    // No actor, but an actor id: the page says "deleted account" rather than "the system".
    expect(await listOrganisationChanges(organisation.id)).toEqual([
      expect.objectContaining({ actorUserId: user.id, actor: null }),
    ]);
  });

  it("keeps consent records until the end of the sixth year after the deletion, then prunes them", async () => {
    const user = await person("zgody@example.org");
    expect(await deleteAccount(user.id, password, ip)).toEqual({ ok: true });
    const deletedAt = new Date("2026-12-31T12:00:00Z");
    await db().user.update({ where: { id: user.id }, data: { deletedAt } });
    await pruneExpiredRecords(new Date("2032-12-31T12:00:00Z"));
    expect(await db().consentRecord.count({ where: { userId: user.id } })).toBe(1);
    await pruneExpiredRecords(new Date("2033-01-01T12:00:00Z"));
    expect(await db().consentRecord.count({ where: { userId: user.id } })).toBe(0);
  });
});
