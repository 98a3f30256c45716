// Who sees a consultation's remarks: everybody at once, or only once it has
// closed, as the consultation's publication rule says.
import type { Prisma } from "@/lib/generated/prisma/client";
import { phaseAt } from "@/lib/consultations/lifecycle";

/** Whether the consultation's remarks are public at `now`. */
export function remarksArePublic(
  consultation: {
    remarkPublication: "IMMEDIATELY" | "AFTER_CLOSE";
    status: Prisma.ConsultationGetPayload<object>["status"];
    startsAt: Date;
    endsAt: Date;
  },
  now: Date,
): boolean {
  if (consultation.remarkPublication === "IMMEDIATELY") return true;
  const phase = phaseAt(consultation, now);
  return phase === "closed" || phase === "reportPublished";
}
