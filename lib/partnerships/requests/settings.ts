// The rules of partner requests an administrator sets (PartnershipSettings,
// one row inserted by its migration). The longest reply period is dated
// configuration: the row says since when it holds, and forms say so.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function requestRules(tx: Prisma.TransactionClient = db()) {
  return tx.partnershipSettings.findUniqueOrThrow({
    where: { id: 1 },
    select: { maxReplyDays: true, maxReplyDaysSince: true },
  });
}
