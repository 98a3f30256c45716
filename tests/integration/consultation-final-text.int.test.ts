import { db } from "@/lib/db/client";
import {
  createConsultation,
  publishConsultation,
  publishFinalText,
  ConsultationRuleError,
} from "@/lib/consultations/mutations";
import { getConsultationBySlug } from "@/lib/consultations/queries";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstitution } from "@/tests/factories/institutions";
import { createInstanceSettings } from "@/tests/factories/settings";

const DAY = 24 * 3600 * 1000;

describe("the adopted text", () => {
  it("is published after the consultation, corrected with a trace, and never before the end", async () => {
    await createInstanceSettings();
    const institution = await createInstitution({ name: "Gmina Przyjęta", territoryCode: "1609032" });
    const user = await db().user.create({
      data: { email: "przyjety@example.org", name: "Urzędnik", emailVerifiedAt: new Date() },
    });
    const actor = { userId: user.id, ip: null };
    const start = new Date(Date.now() - 60_000);
    const fields = consultationFields({
      title: "Projekt uchwały o konsultacjach",
      kind: "DRAFT_RESOLUTION",
      summary: "Projekt uchwały w sprawie konsultacji.",
      startsAt: start,
      endsAt: new Date(start.getTime() + 14 * DAY),
      sourceText: "§ 1. Konsultacje trwają 14 dni.\n§ 2. Wchodzi w życie.",
    });
    const { id, slug } = await createConsultation(institution.id, fields, actor);
    await publishConsultation(id, actor);
    const adopted = "§ 1. Konsultacje trwają 21 dni.\n§ 2. Wchodzi w życie.";
    await expect(publishFinalText(id, { finalText: adopted, splitMode: "auto" }, actor)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const afterEnd = new Date(start.getTime() + 15 * DAY);
    await expect(publishFinalText(id, { finalText: "   ", splitMode: "auto" }, actor, afterEnd)).rejects.toBeInstanceOf(
      ConsultationRuleError,
    );
    await publishFinalText(id, { finalText: adopted, splitMode: "auto" }, actor, afterEnd);
    expect(await getConsultationBySlug(slug)).toMatchObject({ finalText: adopted, finalPublishedAt: afterEnd });
    await publishFinalText(
      id,
      { finalText: `${adopted}\n§ 3. Poprawka.`, splitMode: "auto" },
      actor,
      new Date(afterEnd.getTime() + DAY),
    );
    const trail = await db().auditEvent.findMany({
      where: { subjectId: id, action: "consultation.final_text_published" },
    });
    expect(trail.map((event) => JSON.stringify(event.details)).sort()).toEqual([
      '{"correction":false}',
      '{"correction":true}',
    ]);
  });
});
