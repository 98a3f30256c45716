// The settings row (id = 1, inserted by the migration). Read by the admin
// page, by the score (its weights) and by the request workflow (the longest
// reply period and the daily interest limit).
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreWeights } from "@/lib/partnerships/score/combine";

export async function partnershipSettings() {
  return db().partnershipSettings.findUniqueOrThrow({ where: { id: 1 } });
}

export async function scoreWeights(): Promise<ScoreWeights> {
  return db().partnershipSettings.findUniqueOrThrow({
    where: { id: 1 },
    select: {
      weightSpheres: true,
      weightDistance: true,
      weightComplementarity: true,
      weightTrackRecord: true,
      weightReciprocity: true,
      exposurePenalty: true,
    },
  });
}

/** The longest reply period and since when it holds (dated configuration), read in the caller's transaction. */
export async function requestRules(tx: Prisma.TransactionClient = db()) {
  return tx.partnershipSettings.findUniqueOrThrow({
    where: { id: 1 },
    select: { maxReplyDays: true, maxReplyDaysSince: true },
  });
}
