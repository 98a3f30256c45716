import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { editRemark, RemarkRuleError, submitRemark } from "@/lib/consultations/remarks/mutations";
import { remarksArePublic } from "@/lib/consultations/remarks/policy";
import { listOwnRemarks, listUnitRemarks, remarkCountsByUnit } from "@/lib/consultations/remarks/queries";
import type { ConsultationFields } from "@/lib/consultations/schemas";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor, createMember, createOfficial } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { editRemarkAction, submitRemarkAction, withdrawRemarkAction } from "@/lib/consultations/remarks/actions";
import { answerRemarksAction } from "@/lib/consultations/answers/actions";
import { answerProgress, listRemarksForAnswering } from "@/lib/consultations/answers/queries";

const DAY = 24 * 3600 * 1000;

function fields(overrides: Partial<ConsultationFields> = {}): ConsultationFields {
  const start = new Date(Date.now() - 60_000);
  return consultationFields({
    title: "Konsultacje regulaminu konkursu",
    kind: "COMPETITION_RULES",
    summary: "Zasady otwartego konkursu ofert na rok 2027.",
    startsAt: start,
    endsAt: new Date(start.getTime() + 14 * DAY),
    sourceText: "§ 1. Konkurs ogłasza Zarząd.\n§ 2. Oferty składa się do 31 stycznia.",
    ...overrides,
  });
}

let institutionId: string;
let verified: { id: string };
let official: Actor;
async function openConsultation(overrides: Partial<ConsultationFields> = {}) {
  const { id } = await createConsultation(institutionId, fields(overrides), { userId: official.id, ip: null });
  // Published a minute after its start, as if the official had just pressed the button.
  await publishConsultation(id, { userId: official.id, ip: null });
  const units = await db().consultationUnit.findMany({ where: { consultationId: id }, orderBy: { position: "asc" } });
  return { id, units, consultation: await db().consultation.findUniqueOrThrow({ where: { id } }) };
}
const content = {
  currentWording: "Oferty składa się do 31 stycznia.",
  proposedWording: "Oferty składa się do 28 lutego.",
  justification: "Styczeń to czas sprawozdań.",
};

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Gmina Uwag", territoryCode: "1609032" })).id;
  official = await createOfficial(institutionId);
  verified = await createOrganisation({ name: "Stowarzyszenie Uważne", verifiedAt: new Date() });
});

describe("remarks", () => {
  it("are made for an organisation on a unit, counted beside it and listed with the organisation", async () => {
    const { id, units } = await openConsultation();
    actAs(await createMember(verified.id));
    const sent = await submitRemarkAction({
      consultationId: id,
      unitId: units[1]!.id,
      actingFor: verified.id,
      ...content,
    });
    expect(sent.data).toMatchObject({ submitted: expect.any(String) });
    const general = await submitRemarkAction({
      consultationId: id,
      unitId: "",
      actingFor: verified.id,
      currentWording: "",
      proposedWording: "",
      justification: "Konkurs powinien mieć dwa etapy.",
    });
    expect(general.data).toMatchObject({ submitted: expect.any(String) });

    const counts = await remarkCountsByUnit(id);
    expect([counts.get(units[1]!.id), counts.get(null), counts.get(units[0]!.id)]).toEqual([1, 1, undefined]);
    const listed = await listUnitRemarks(id, units[1]!.id);
    expect(listed).toMatchObject([
      {
        organisation: { name: "Stowarzyszenie Uważne" },
        proposedWording: "Oferty składa się do 28 lutego.",
        unit: { key: "par-2" },
      },
    ]);
    expect(
      await db().auditEvent.count({ where: { action: "remark.submitted", actingForOrganisationId: verified.id } }),
    ).toBe(2);
  });

  it("need an organisation where residents are not admitted, and only one's own verified organisation", async () => {
    const { id, units } = await openConsultation();
    actAs(await createMember(verified.id));
    expect(
      (await submitRemarkAction({ consultationId: id, unitId: units[0]!.id, actingFor: null, ...content })).data,
    ).toEqual({ refused: "ORGANISATION_REQUIRED" });
    const stranger = await createOrganisation({ name: "Fundacja Cudza", verifiedAt: new Date() });
    expect(
      (await submitRemarkAction({ consultationId: id, unitId: units[0]!.id, actingFor: stranger.id, ...content }))
        .serverError,
    ).toBe("FORBIDDEN");
    const unverified = await createOrganisation({ name: "Fundacja Niezweryfikowana" });
    actAs(await createMember(unverified.id));
    expect(
      (await submitRemarkAction({ consultationId: id, unitId: units[0]!.id, actingFor: unverified.id, ...content }))
        .serverError,
    ).toBe("FORBIDDEN");
    actAs(null);
    expect(
      (await submitRemarkAction({ consultationId: id, unitId: units[0]!.id, actingFor: null, ...content })).serverError,
    ).toBe("UNAUTHENTICATED");
    expect(await db().remark.count({ where: { consultationId: id } })).toBe(0);
  });

  it("may come from residents where the consultation admits them", async () => {
    const { id, units } = await openConsultation({ audience: "ORGANISATIONS_AND_RESIDENTS" });
    const resident = await createActor();
    actAs(resident);
    expect(
      (await submitRemarkAction({ consultationId: id, unitId: units[0]!.id, actingFor: null, ...content })).data,
    ).toMatchObject({ submitted: expect.any(String) });
    expect(await listOwnRemarks(id, resident.id)).toMatchObject([
      { organisation: null, author: { name: expect.stringMatching(/^Osoba /) }, state: "SUBMITTED" },
    ]);
  });

  it("refuse empty remarks, units of another consultation and text after the end", async () => {
    const first = await openConsultation();
    const second = await openConsultation();
    const member = await createMember(verified.id);
    actAs(member);
    const empty = await submitRemarkAction({
      consultationId: first.id,
      unitId: first.units[0]!.id,
      actingFor: verified.id,
      currentWording: "§ 1",
      proposedWording: "  ",
      justification: "",
    });
    expect(empty.validationErrors).toMatchObject({ justification: { _errors: ["remarkEmpty"] } });
    expect(
      (
        await submitRemarkAction({
          consultationId: first.id,
          unitId: second.units[0]!.id,
          actingFor: verified.id,
          ...content,
        })
      ).data,
    ).toEqual({ refused: "UNIT_NOT_FOUND" });
    // One millisecond after the end, by the server's clock, even before the closing job has run.
    const afterEnd = new Date(first.consultation.endsAt.getTime());
    await expect(
      submitRemark(
        member,
        { consultationId: first.id, unitId: null, actingFor: verified.id, ...content },
        { ip: null },
        afterEnd,
      ),
    ).rejects.toEqual(new RemarkRuleError("REMARKS_CLOSED"));
    expect(await db().remark.count({ where: { consultationId: first.id } })).toBe(0);
  });

  it("are edited and withdrawn by their author only, and only until the end", async () => {
    const { id, units, consultation } = await openConsultation({ remarkPublication: "AFTER_CLOSE" });
    const author = await createMember(verified.id);
    actAs(author);
    const remarkId = (
      (await submitRemarkAction({ consultationId: id, unitId: units[0]!.id, actingFor: verified.id, ...content }))
        .data as { submitted: string }
    ).submitted;
    expect(remarksArePublic(consultation, new Date())).toBe(false);
    expect(remarksArePublic(consultation, consultation.endsAt)).toBe(true);

    // Another member of the same organisation cannot change it.
    actAs(await createMember(verified.id));
    expect((await editRemarkAction({ remarkId, ...content, justification: "Przejęta uwaga." })).serverError).toBe(
      "NOT_FOUND",
    );
    expect((await withdrawRemarkAction({ remarkId })).serverError).toBe("NOT_FOUND");

    actAs(author);
    expect((await editRemarkAction({ remarkId, ...content, justification: "Poprawione uzasadnienie." })).data).toEqual({
      saved: true,
    });
    expect((await db().remark.findUniqueOrThrow({ where: { id: remarkId } })).justification).toBe(
      "Poprawione uzasadnienie.",
    );
    await expect(editRemark(author, { remarkId, ...content }, { ip: null }, consultation.endsAt)).rejects.toEqual(
      new RemarkRuleError("REMARKS_CLOSED"),
    );
    expect((await withdrawRemarkAction({ remarkId })).data).toEqual({ withdrawn: true });
    expect((await db().remark.findUniqueOrThrow({ where: { id: remarkId } })).state).toBe("WITHDRAWN");
    expect(await remarkCountsByUnit(id)).toEqual(new Map());
    // Withdrawn is final.
    expect((await withdrawRemarkAction({ remarkId })).serverError).toBe("NOT_FOUND");
  });
});

describe("answers", () => {
  it("do not make the remark look edited by its author; only the author's change does", async () => {
    const { id, units } = await openConsultation();
    const author = await createMember(verified.id);
    actAs(author);
    const remarkId = (
      (await submitRemarkAction({ consultationId: id, unitId: units[0]!.id, actingFor: verified.id, ...content }))
        .data as { submitted: string }
    ).submitted;
    actAs(official);
    expect(
      (await answerRemarksAction({ consultationId: id, remarkIds: [remarkId], decision: "ACCEPTED", reason: "" })).data,
    ).toEqual({ answered: 1 });
    const [answered] = await listOwnRemarks(id, author.id);
    expect(answered).toMatchObject({ id: remarkId, decision: "ACCEPTED", editedAt: null });

    actAs(author);
    const { id: second } = await submitRemark(
      author,
      { consultationId: id, unitId: null, actingFor: verified.id, ...content },
      { ip: null },
    );
    await editRemark(author, { remarkId: second, ...content, justification: "Zmienione." }, { ip: null });
    expect((await listOwnRemarks(id, author.id)).find((remark) => remark.id === second)?.editedAt).toBeInstanceOf(Date);
  });

  it("freeze the answered remark: its author can neither change nor withdraw it, the unanswered ones stay open", async () => {
    const { id, units } = await openConsultation();
    const author = await createMember(verified.id);
    actAs(author);
    const send = async (justification: string) =>
      (
        (
          await submitRemarkAction({
            consultationId: id,
            unitId: units[0]!.id,
            actingFor: verified.id,
            ...content,
            justification,
          })
        ).data as { submitted: string }
      ).submitted;
    const [answered, open] = [await send("Odpowiedziana."), await send("Jeszcze bez odpowiedzi.")];
    actAs(official);
    expect(
      (
        await answerRemarksAction({
          consultationId: id,
          remarkIds: [answered],
          decision: "NOT_ACCEPTED",
          reason: "Termin wynika z ustawy.",
        })
      ).data,
    ).toEqual({ answered: 1 });

    actAs(author);
    expect(
      (await editRemarkAction({ remarkId: answered, ...content, justification: "Zmiana po odpowiedzi." })).data,
    ).toEqual({ refused: "REMARK_ANSWERED" });
    expect((await withdrawRemarkAction({ remarkId: answered })).data).toEqual({ refused: "REMARK_ANSWERED" });
    expect(await db().remark.findUniqueOrThrow({ where: { id: answered } })).toMatchObject({
      state: "SUBMITTED",
      justification: "Odpowiedziana.",
      editedAt: null,
      decision: "NOT_ACCEPTED",
    });
    expect(
      await db().auditEvent.count({
        where: { subjectId: answered, action: { in: ["remark.edited", "remark.withdrawn"] } },
      }),
    ).toBe(0);
    expect((await editRemarkAction({ remarkId: open, ...content, justification: "Poprawione." })).data).toEqual({
      saved: true,
    });
    expect((await withdrawRemarkAction({ remarkId: open })).data).toEqual({ withdrawn: true });
  });

  it("are never given to a remark its author withdraws at the same moment", async () => {
    const { id, units } = await openConsultation();
    const author = await createMember(verified.id);
    actAs(author);
    const remarkId = (
      (await submitRemarkAction({ consultationId: id, unitId: units[0]!.id, actingFor: verified.id, ...content }))
        .data as { submitted: string }
    ).submitted;
    actAs(official);
    // The withdrawal holds the remark's row while the official presses "answer"; it commits first.
    let answering: Promise<unknown> | undefined;
    await db().$transaction(async (tx) => {
      await tx.remark.update({ where: { id: remarkId }, data: { state: "WITHDRAWN" } });
      answering = answerRemarksAction({ consultationId: id, remarkIds: [remarkId], decision: "ACCEPTED", reason: "" });
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(((await answering) as { serverError?: string }).serverError).toBe("NOT_FOUND");
    expect(await db().remark.findUniqueOrThrow({ where: { id: remarkId } })).toMatchObject({
      state: "WITHDRAWN",
      decision: null,
      answeredAt: null,
    });
    expect(await db().notification.count({ where: { userId: author.id, event: { type: "remark.answered" } } })).toBe(0);
  });

  it("give each remark a decision, with a reason unless accepted, several similar ones at once, and tell the authors", async () => {
    const { id, units } = await openConsultation();
    const author = await createMember(verified.id);
    actAs(author);
    const send = async (justification: string) =>
      (
        (
          await submitRemarkAction({
            consultationId: id,
            unitId: units[1]!.id,
            actingFor: verified.id,
            ...content,
            justification,
          })
        ).data as { submitted: string }
      ).submitted;
    const [a, b, c] = [await send("Pierwsza."), await send("Druga, podobna."), await send("Trzecia.")];
    expect(await answerProgress(id)).toEqual({ answered: 0, total: 3 });

    actAs(official);
    const noReason = await answerRemarksAction({
      consultationId: id,
      remarkIds: [a],
      decision: "NOT_ACCEPTED",
      reason: " ",
    });
    expect(noReason.validationErrors).toMatchObject({ reason: { _errors: ["answerReasonRequired"] } });
    expect(
      (await answerRemarksAction({ consultationId: id, remarkIds: [a], decision: "ACCEPTED", reason: "" })).data,
    ).toEqual({ answered: 1 });
    expect(
      (
        await answerRemarksAction({
          consultationId: id,
          remarkIds: [b, c],
          decision: "PARTLY_ACCEPTED",
          reason: "Termin wydłużamy do 14 lutego.",
        })
      ).data,
    ).toEqual({ answered: 2 });
    expect(await answerProgress(id)).toEqual({ answered: 3, total: 3 });
    expect(await db().remark.findUniqueOrThrow({ where: { id: c } })).toMatchObject({
      decision: "PARTLY_ACCEPTED",
      decisionReason: "Termin wydłużamy do 14 lutego.",
      answeredById: official.id,
    });
    expect((await listRemarksForAnswering(id, { state: "unanswered", page: 1 })).total).toBe(0);
    expect(
      (
        await listRemarksForAnswering(id, {
          state: "answered",
          organisationId: verified.id,
          unitId: units[1]!.id,
          page: 1,
        })
      ).total,
    ).toBe(3);
    // One notice per answer and author (not one e-mail per remark), with the decision, its reason and where it leads.
    const events = await db().notificationEvent.findMany({
      where: { type: "remark.answered", subjectId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => [event.audience, event.data])).toEqual([
      [{ users: [author.id] }, { decision: "ACCEPTED", reason: "none", remark: a, count: "1" }],
      [
        { users: [author.id] },
        {
          decision: "PARTLY_ACCEPTED",
          reason: "Termin wydłużamy do 14 lutego.",
          remark: expect.stringMatching(new RegExp(`^(${b}|${c})$`)),
          count: "2",
        },
      ],
    ]);
  });

  it("number each remark as the report will, whatever the filter", async () => {
    const { id, units } = await openConsultation();
    actAs(await createMember(verified.id));
    const send = async (unitId: string | null, justification: string) =>
      (
        (
          await submitRemarkAction({
            consultationId: id,
            unitId: unitId ?? "",
            actingFor: verified.id,
            ...content,
            justification,
          })
        ).data as { submitted: string }
      ).submitted;
    // Made out of the text's order: a general remark, § 2, a withdrawn one on § 1, then § 1.
    const general = await send(null, "Ogólna.");
    const onSecond = await send(units[1]!.id, "Do § 2.");
    const withdrawn = await send(units[0]!.id, "Wycofana.");
    expect((await withdrawRemarkAction({ remarkId: withdrawn })).data).toEqual({ withdrawn: true });
    const onFirst = await send(units[0]!.id, "Do § 1.");
    actAs(official);
    expect(
      (await answerRemarksAction({ consultationId: id, remarkIds: [onFirst], decision: "ACCEPTED", reason: "" })).data,
    ).toEqual({ answered: 1 });

    const numbers = async (state: "all" | "unanswered" | "answered" | "withdrawn") =>
      (await listRemarksForAnswering(id, { state, page: 1 })).items.map((item) => [item.id, item.number]);
    // In the order of the text, general remarks last; a withdrawn remark has no number (the report leaves it out).
    expect(await numbers("all")).toEqual([
      [withdrawn, null],
      [onFirst, 1],
      [onSecond, 2],
      [general, 3],
    ]);
    expect(await numbers("unanswered")).toEqual([
      [onSecond, 2],
      [general, 3],
    ]);
    expect(await numbers("answered")).toEqual([[onFirst, 1]]);
    expect(await numbers("withdrawn")).toEqual([[withdrawn, null]]);
  });

  it("are given only by the organiser's officials, to submitted remarks of this consultation", async () => {
    const first = await openConsultation();
    const second = await openConsultation();
    actAs(await createMember(verified.id));
    const remark = (
      (
        await submitRemarkAction({
          consultationId: first.id,
          unitId: first.units[0]!.id,
          actingFor: verified.id,
          ...content,
        })
      ).data as { submitted: string }
    ).submitted;
    const other = (
      (
        await submitRemarkAction({
          consultationId: second.id,
          unitId: second.units[0]!.id,
          actingFor: verified.id,
          ...content,
        })
      ).data as { submitted: string }
    ).submitted;
    // The author cannot answer their own remark.
    expect(
      (await answerRemarksAction({ consultationId: first.id, remarkIds: [remark], decision: "ACCEPTED", reason: "" }))
        .serverError,
    ).toBe("FORBIDDEN");
    actAs(official);
    // A remark of another consultation named under this one: nothing is answered.
    expect(
      (
        await answerRemarksAction({
          consultationId: first.id,
          remarkIds: [remark, other],
          decision: "ACCEPTED",
          reason: "",
        })
      ).serverError,
    ).toBe("NOT_FOUND");
    expect(await answerProgress(first.id)).toEqual({ answered: 0, total: 1 });
    const elsewhere = await createInstitution({ name: "Gmina Obok", territoryCode: "1607053" });
    actAs(await createOfficial(elsewhere.id));
    expect(
      (await answerRemarksAction({ consultationId: first.id, remarkIds: [remark], decision: "ACCEPTED", reason: "" }))
        .serverError,
    ).toBe("FORBIDDEN");
  });
});
