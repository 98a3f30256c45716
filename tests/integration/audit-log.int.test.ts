import { auditFilterSchema, AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/queries";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { createOrganisation } from "@/tests/factories/organisations";

describe("the audit log view", () => {
  let anna: { id: string };
  let gone: { id: string };

  beforeAll(async () => {
    anna = await db().user.create({ data: { email: "anna.audyt@example.org", name: "Anna Audytowa" } });
    gone = await db().user.create({ data: { email: "deleted-x@deleted.invalid", name: "", deletedAt: new Date() } });
    const organisation = await createOrganisation({ name: "Fundacja Audytowa" });
    await db().auditEvent.createMany({
      data: [
        {
          action: "account.signed_in",
          actorUserId: anna.id,
          occurredAt: new Date("2026-11-01T10:00:00Z"),
          ipAddress: "203.0.113.1",
        },
        { action: "account.sign_in_failed", actorUserId: anna.id, occurredAt: new Date("2026-11-02T10:00:00Z") },
        { action: "account.deleted", actorUserId: gone.id, occurredAt: new Date("2026-11-03T10:00:00Z") },
        {
          action: "account.signed_in",
          actorUserId: anna.id,
          actingForOrganisationId: organisation.id,
          occurredAt: new Date("2026-11-04T10:00:00Z"),
        },
        { action: "account.sign_in_failed", occurredAt: new Date("2026-11-05T10:00:00Z") },
      ],
    });
  });

  it("lists everything newest first, with names for the ids it keeps", async () => {
    const result = await listAuditEvents(auditFilterSchema.parse({}));
    expect(result.total).toBe(5);
    expect(result.events.map((e) => e.action)).toEqual([
      "account.sign_in_failed",
      "account.signed_in",
      "account.deleted",
      "account.sign_in_failed",
      "account.signed_in",
    ]);
    expect(result.events[0]!.actor).toBeNull();
    expect(result.events[1]).toMatchObject({ actor: { name: "Anna Audytowa" }, actingFor: "Fundacja Audytowa" });
    expect(result.events[2]!.actor?.deletedAt).toBeInstanceOf(Date);
  });

  it("filters by event, person and whole days", async () => {
    expect((await listAuditEvents(auditFilterSchema.parse({ action: "account.signed_in" }))).total).toBe(2);
    expect((await listAuditEvents(auditFilterSchema.parse({ person: "ANNA.audyt" }))).total).toBe(3);
    expect((await listAuditEvents(auditFilterSchema.parse({ person: "nobody-at-all" }))).total).toBe(0);
    expect(
      (await listAuditEvents(auditFilterSchema.parse({ from: "2026-11-02", to: "2026-11-03" }))).events.map(
        (e) => e.action,
      ),
    ).toEqual(["account.deleted", "account.sign_in_failed"]);
  });

  it("drops filter values it cannot read instead of failing", () => {
    expect(auditFilterSchema.parse({ action: "drop table", from: "yesterday", page: "-3" })).toEqual({
      page: 1,
      action: undefined,
      from: undefined,
    });
  });

  it("pages through long logs", async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++)
      await recordAuditEvent({ action: "account.email_verified", actorUserId: anna.id });
    const first = await listAuditEvents(auditFilterSchema.parse({ action: "account.email_verified" }));
    const second = await listAuditEvents(auditFilterSchema.parse({ action: "account.email_verified", page: "2" }));
    expect(first.totalPages).toBe(2);
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.events).toHaveLength(5);
  });
});
