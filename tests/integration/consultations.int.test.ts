import { db } from "@/lib/db/client";
import {
  advanceConsultations,
  ConsultationRuleError,
  extendConsultation,
  publishConsultation,
  updateConsultation,
} from "@/lib/consultations/mutations";
import {
  getConsultationBySlug,
  listInstitutionConsultations,
  listPublicConsultations,
} from "@/lib/consultations/queries";
import type { CreateConsultationInput } from "@/lib/consultations/schemas";
import { dateToPolishLocal } from "@/lib/time/polish-local";
import { createInstitution } from "@/tests/factories/institutions";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createOfficial } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  createConsultationAction,
  extendConsultationAction,
  publishConsultationAction,
  updateConsultationAction,
} from "@/lib/consultations/actions";

const DAY = 24 * 3600 * 1000;
const RESOLUTION =
  "Projekt uchwały w sprawie programu współpracy\n\n§ 1. Przyjmuje się program.\n§ 2. 1. Program trwa rok.\n2. Środki: 100 000 zł.\n§ 3. Uchwała wchodzi w życie z dniem podjęcia.";

function fields(overrides: Partial<CreateConsultationInput> = {}): Omit<CreateConsultationInput, "institutionId"> {
  const start = new Date(Date.now() + DAY);
  return {
    title: "Konsultacje projektu uchwały o współpracy z organizacjami",
    kind: "DRAFT_RESOLUTION",
    summary: "Zapraszamy organizacje do zgłaszania uwag do projektu uchwały.",
    legalBasis: "",
    startsAt: dateToPolishLocal(start),
    endsAt: dateToPolishLocal(new Date(start.getTime() + 14 * DAY)),
    audience: "ORGANISATIONS",
    remarkPublication: "IMMEDIATELY",
    meetingAt: "",
    meetingPlace: "",
    meetingUrl: "",
    contactPerson: "Anna Nowak",
    contactEmail: "Konsultacje@Gmina.example.org",
    bipUrl: "https://bip.example.org/konsultacje/1",
    sphereIds: ["udpp-4-1-1", "not-a-sphere"],
    territoryCodes: ["1609032"],
    splitMode: "auto",
    sourceText: RESOLUTION,
    ...overrides,
  };
}

let institution: { id: string; slug: string };
beforeAll(async () => {
  await createInstanceSettings();
  institution = await createInstitution({ name: "Gmina Konsultacyjna", territoryCode: "1609032" });
  await db().institution.update({ where: { id: institution.id }, data: { consultationMinDays: 14 } });
});

describe("consultations", () => {
  it("are created by the institution's officials as drafts, with the text split into units, and hidden from the public", async () => {
    actAs(await createOfficial(institution.id));
    const created = await createConsultationAction({ institutionId: institution.id, ...fields() });
    expect(created.serverError).toBeUndefined();
    const { slug } = created.data!;
    const consultation = (await getConsultationBySlug(slug))!;
    expect(consultation).toMatchObject({
      status: "DRAFT",
      contactEmail: "konsultacje@gmina.example.org",
      legalBasis: null,
    });
    expect(consultation.units.map((unit) => [unit.key, unit.label])).toEqual([
      ["wstep", null],
      ["par-1", "§ 1"],
      ["par-2", "§ 2"],
      ["par-2-ust-1", "§ 2 ust. 1"],
      ["par-2-ust-2", "§ 2 ust. 2"],
      ["par-3", "§ 3"],
    ]);
    // Unknown spheres are dropped, known ones kept.
    expect(consultation.spheres.map(({ sphere }) => sphere.id)).toEqual(["udpp-4-1-1"]);
    expect((await listPublicConsultations({ page: 1 })).items.map((item) => item.slug)).not.toContain(slug);
    expect((await listInstitutionConsultations(institution.id)).map((item) => [item.slug, item.phase])).toContainEqual([
      slug,
      "draft",
    ]);
  });

  it("may be prepared only by officials of the organiser, with two-factor authentication", async () => {
    const other = await createInstitution({ name: "Gmina Obca", territoryCode: "1607053" });
    actAs(await createOfficial(other.id));
    expect((await createConsultationAction({ institutionId: institution.id, ...fields() })).serverError).toBe(
      "FORBIDDEN",
    );
    actAs(await createOfficial(institution.id, "OFFICIAL", { twoFactor: false }));
    expect((await createConsultationAction({ institutionId: institution.id, ...fields() })).serverError).toBe(
      "TWO_FACTOR_REQUIRED",
    );
    actAs(await createOfficial(institution.id));
    const { data } = await createConsultationAction({ institutionId: institution.id, ...fields() });
    const consultation = await db().consultation.findUniqueOrThrow({ where: { slug: data!.slug } });
    // An official of another institution cannot touch it by naming its id.
    actAs(await createOfficial(other.id));
    expect(
      (
        await updateConsultationAction({
          consultationId: consultation.id,
          ...fields({ title: "Przejęte konsultacje" }),
        })
      ).serverError,
    ).toBe("FORBIDDEN");
    expect((await publishConsultationAction({ consultationId: consultation.id })).serverError).toBe("FORBIDDEN");
    actAs(null);
    expect((await publishConsultationAction({ consultationId: consultation.id })).serverError).toBe("UNAUTHENTICATED");
  });

  it("refuse bad input with field messages and keep what was saved", async () => {
    actAs(await createOfficial(institution.id));
    const bad = await createConsultationAction({
      institutionId: institution.id,
      ...fields({ title: "Krót", startsAt: "jutro", endsAt: "2020-01-01T10:00", bipUrl: "javascript:alert(1)" }),
    });
    expect(bad.validationErrors).toMatchObject({
      title: { _errors: ["consultationTitleTooShort"] },
      startsAt: { _errors: ["consultationStartInvalid"] },
      bipUrl: { _errors: ["websiteInvalid"] },
    });
    const reversed = await createConsultationAction({
      institutionId: institution.id,
      ...fields({ startsAt: "2027-02-10T10:00", endsAt: "2027-02-01T10:00" }),
    });
    expect(reversed.validationErrors).toMatchObject({ endsAt: { _errors: ["consultationEndBeforeStart"] } });
  });

  it("publish only when the text is there and the institution's minimum duration is met", async () => {
    actAs(await createOfficial(institution.id));
    const short = (
      await createConsultationAction({
        institutionId: institution.id,
        ...fields({ endsAt: dateToPolishLocal(new Date(Date.now() + 8 * DAY)) }),
      })
    ).data!;
    const shortId = (await db().consultation.findUniqueOrThrow({ where: { slug: short.slug } })).id;
    const refused = await publishConsultationAction({ consultationId: shortId });
    expect(refused.validationErrors).toMatchObject({ endsAt: { _errors: ["consultationTooShort"] } });
    const empty = (
      await createConsultationAction({ institutionId: institution.id, ...fields({ sourceText: "  \n " }) })
    ).data!;
    const emptyId = (await db().consultation.findUniqueOrThrow({ where: { slug: empty.slug } })).id;
    expect((await publishConsultationAction({ consultationId: emptyId })).validationErrors).toMatchObject({
      sourceText: { _errors: ["sourceTextEmpty"] },
    });
    expect((await db().consultation.findUniqueOrThrow({ where: { id: emptyId } })).status).toBe("DRAFT");
  });

  it("go from scheduled to open to closed on time, accept an extension with a reason, and freeze once open", async () => {
    const actor = await createOfficial(institution.id);
    actAs(actor);
    const { slug } = (await createConsultationAction({ institutionId: institution.id, ...fields() })).data!;
    const consultation = await db().consultation.findUniqueOrThrow({ where: { slug } });
    expect((await publishConsultationAction({ consultationId: consultation.id })).data).toEqual({ published: true });
    expect((await db().consultation.findUniqueOrThrow({ where: { slug } })).status).toBe("SCHEDULED");
    expect((await listPublicConsultations({ phase: "upcoming", page: 1 })).items.map((item) => item.slug)).toContain(
      slug,
    );

    // The clock moves: the job opens it at its start and closes it at its end.
    const opening = new Date(consultation.startsAt.getTime() + 1000);
    expect((await advanceConsultations(opening)).opened).toContain(consultation.id);
    expect((await db().consultation.findUniqueOrThrow({ where: { slug } })).status).toBe("OPEN");
    expect(
      (await listPublicConsultations({ phase: "open", page: 1 }, opening)).items.map((item) => item.slug),
    ).toContain(slug);

    // Once open, the text is frozen.
    const actorRef = { userId: actor.id, ip: null };
    const parsedFields = {
      ...(await db().consultation.findUniqueOrThrow({ where: { slug } })),
      sphereIds: [],
      territoryCodes: [],
      splitMode: "auto" as const,
    };
    await expect(updateConsultation(consultation.id, parsedFields, actorRef, opening)).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // An extension needs a later date and is kept with its reason.
    await expect(
      extendConsultation(
        consultation.id,
        new Date(consultation.endsAt.getTime() - DAY),
        "Za wcześnie, to nie przedłużenie.",
        actorRef,
        opening,
      ),
    ).rejects.toBeInstanceOf(ConsultationRuleError);
    const later = new Date(consultation.endsAt.getTime() + 7 * DAY);
    await extendConsultation(
      consultation.id,
      later,
      "Na prośbę Rady Działalności Pożytku Publicznego.",
      actorRef,
      opening,
    );
    const extended = (await getConsultationBySlug(slug))!;
    expect(extended.endsAt).toEqual(later);
    expect(extended.extensions).toMatchObject([
      {
        previousEndsAt: consultation.endsAt,
        newEndsAt: later,
        reason: "Na prośbę Rady Działalności Pożytku Publicznego.",
      },
    ]);
    // The old end passes: still open.
    expect((await advanceConsultations(new Date(consultation.endsAt.getTime() + 1000))).closed).not.toContain(
      consultation.id,
    );
    expect((await advanceConsultations(new Date(later.getTime() + 1000))).closed).toContain(consultation.id);
    expect((await db().consultation.findUniqueOrThrow({ where: { slug } })).status).toBe("CLOSED");
    // An extension after the end is refused.
    const extendAfter = await extendConsultationAction({
      consultationId: consultation.id,
      endsAt: dateToPolishLocal(new Date(later.getTime() + 30 * DAY)),
      reason: "Spóźnione przedłużenie terminu.",
    });
    expect(extendAfter.serverError).toBe("CONFLICT");
    expect(await db().auditEvent.count({ where: { subjectId: consultation.id } })).toBe(3);
  });

  it("are found by Polish words in any inflection, without diacritics", async () => {
    const official = await createOfficial(institution.id);
    actAs(official);
    const { slug } = (
      await createConsultationAction({
        institutionId: institution.id,
        ...fields({
          title: "Konsultacje programu współpracy na rok 2027",
          sourceText: "## 1. Cele\n\nWspieranie organizacji działających na rzecz seniorów.",
        }),
      })
    ).data!;
    await publishConsultation((await db().consultation.findUniqueOrThrow({ where: { slug } })).id, {
      userId: official.id,
      ip: null,
    });
    for (const q of ["programie wspolpracy", "seniorom", "WSPÓŁPRACY 2027"]) {
      expect((await listPublicConsultations({ q, page: 1 })).items.map((item) => item.slug)).toContain(slug);
    }
    expect(
      (await listPublicConsultations({ q: "rewitalizacja", page: 1 })).items.map((item) => item.slug),
    ).not.toContain(slug);
  });
});

describe("reminders before the end", () => {
  it("tell followers once that a week, then a day, remain", async () => {
    const actor = await createOfficial(institution.id);
    actAs(actor);
    const start = new Date(Date.now() - 60_000);
    const { slug } = (
      await createConsultationAction({
        institutionId: institution.id,
        ...fields({
          startsAt: dateToPolishLocal(start),
          endsAt: dateToPolishLocal(new Date(start.getTime() + 20 * DAY)),
        }),
      })
    ).data!;
    const consultation = await db().consultation.findUniqueOrThrow({ where: { slug } });
    await publishConsultation(consultation.id, { userId: actor.id, ip: null });
    const reminders = () =>
      db().notificationEvent.findMany({
        where: { type: "consultation.closing_soon", subjectId: consultation.id },
        select: { data: true },
      });
    await advanceConsultations(new Date(consultation.endsAt.getTime() - 10 * DAY));
    expect(await reminders()).toEqual([]);
    const weekBefore = new Date(consultation.endsAt.getTime() - 7 * DAY + 60_000);
    await advanceConsultations(weekBefore);
    await advanceConsultations(new Date(weekBefore.getTime() + 60_000));
    expect(await reminders()).toEqual([{ data: { days: "7" } }]);
    await advanceConsultations(new Date(consultation.endsAt.getTime() - DAY + 60_000));
    expect((await reminders()).map((r) => JSON.stringify(r.data)).sort()).toEqual(['{"days":"1"}', '{"days":"7"}']);
  });
});

describe("the public list's area filter", () => {
  it("finds a gmina's consultations from its powiat, and the region's everywhere", async () => {
    const actor = await createOfficial(institution.id);
    actAs(actor);
    const local = (
      await createConsultationAction({
        institutionId: institution.id,
        ...fields({ title: "Konsultacje gminne obszaru" }),
      })
    ).data!;
    await publishConsultation((await db().consultation.findUniqueOrThrow({ where: { slug: local.slug } })).id, {
      userId: actor.id,
      ip: null,
    });
    const region = await createInstitution({
      name: "Województwo Testowe",
      kind: "VOIVODESHIP_OFFICE",
      territoryCode: "16",
    });
    const regionOfficial = await createOfficial(region.id);
    actAs(regionOfficial);
    const wide = (
      await createConsultationAction({
        institutionId: region.id,
        ...fields({ title: "Konsultacje wojewódzkie obszaru" }),
      })
    ).data!;
    await publishConsultation((await db().consultation.findUniqueOrThrow({ where: { slug: wide.slug } })).id, {
      userId: regionOfficial.id,
      ip: null,
    });
    const found = async (territoryCode: string) =>
      (await listPublicConsultations({ territoryCode, q: "obszaru", page: 1 })).items.map((item) => item.slug).sort();
    expect(await found("1609")).toEqual([local.slug, wide.slug].sort());
    expect(await found("1609032")).toEqual([local.slug, wide.slug].sort());
    expect(await found("1607053")).toEqual([wide.slug]);
  });
});

describe("reading the text from a DOCX", () => {
  it("gives the organiser's officials the text with Word's numbering, and refuses others and other files", async () => {
    const { docxFile } = await import("@/tests/factories/document-files");
    const { textFromDocx } = await import("@/lib/consultations/docx-handlers");
    const post = (bytes: Uint8Array) => {
      const form = new FormData();
      form.set("file", new File([bytes as BlobPart], "projekt.docx"));
      return textFromDocx(
        new Request(`http://localhost/api/consultations/docx-text?institutionId=${institution.id}`, {
          method: "POST",
          body: form,
        }),
      );
    };
    actAs(await createOfficial(institution.id));
    const read = await post(await docxFile(["§ 1. Uchwała określa zasady.", "§ 2. Wchodzi w życie."]));
    expect(await read.json()).toEqual({
      text: "§ 1. Uchwała określa zasady.\n\n§ 2. Wchodzi w życie.",
      truncated: false,
    });
    const notDocx = await post(new TextEncoder().encode("%PDF-1.4 nie docx"));
    expect([notDocx.status, await notDocx.json()]).toEqual([400, { error: { code: "NOT_DOCX" } }]);
    const other = await createInstitution({ name: "Gmina Inna", territoryCode: "1607042" });
    actAs(await createOfficial(other.id));
    expect((await post(await docxFile())).status).toBe(403);
  });
});
