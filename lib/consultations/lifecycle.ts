// Where a consultation stands at a given moment. The dates decide, by the
// server's clock: a remark sent a second after the end is refused even if the
// job that closes consultations has not run yet. The stored status only
// follows (draft and report publication are the official's acts).
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";

export type ConsultationPhase = "draft" | "scheduled" | "open" | "closed" | "reportPublished";

export function phaseAt(
  consultation: { status: ConsultationStatus; startsAt: Date; endsAt: Date },
  now: Date,
): ConsultationPhase {
  if (consultation.status === "DRAFT") return "draft";
  if (consultation.status === "REPORT_PUBLISHED") return "reportPublished";
  if (now < consultation.startsAt) return "scheduled";
  if (now < consultation.endsAt) return "open";
  return "closed";
}

export const DAY_MS = 24 * 3600 * 1000;

/** Whole days between start and end, as the procedure counts them (rounded down). */
export function durationDays(startsAt: Date, endsAt: Date): number {
  return Math.floor((endsAt.getTime() - startsAt.getTime()) / DAY_MS);
}
