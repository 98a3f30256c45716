// Telling the applicants the formal check's result (design §7.1,
// offer.formal_result): the owners and editors of the lead and of every
// accepted co-applicant, in the transaction that decided it. A request for a
// correction is also e-mailed to them directly, whatever their notification
// settings: it sets a deadline that lapses (correction-mail.ts, sent by
// the mutation once the request committed).
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { offerSubject } from "@/lib/offers/notification-links";

export type FormalResultData =
  { status: "COMPLETE" } | { status: "REJECTED"; reason: string } | { status: "TO_CORRECT"; deadline: string };

export async function notifyFormalResult(
  tx: Prisma.TransactionClient,
  offer: { id: string; title: string },
  applicantIds: readonly string[],
  actor: { id: string },
  data: FormalResultData,
): Promise<void> {
  await notify(
    {
      type: "offer.formal_result",
      subject: offerSubject(offer),
      actor: { userId: actor.id },
      audience: { organisations: applicantIds.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })) },
      data: { ...data },
    },
    tx,
  );
}
