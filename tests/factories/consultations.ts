// Consultations for tests: the fields an official would save, starting
// tomorrow for two weeks unless the test says otherwise.
import { consultationFieldsWith, type ConsultationFields } from "@/lib/consultations/schemas";

const DAY = 24 * 3600 * 1000;

export function consultationFields(overrides: Partial<ConsultationFields> = {}): ConsultationFields {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + DAY);
  return consultationFieldsWith({
    title: "Konsultacje projektu dokumentu",
    kind: "DOCUMENT",
    summary: "Zapraszamy organizacje do zgłaszania uwag do projektu.",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 14 * DAY),
    sourceText: "Treść dokumentu.",
    ...overrides,
  });
}
