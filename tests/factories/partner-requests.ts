// Partner requests for tests that need one in a given state (open, closed,
// expired, hidden) rather than the way it gets there: stored directly, no
// audit, no notifications. Tests of posting and moderating go through the
// actions. The settings row: createPartnershipSettings in settings.ts.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** An open, published request of the organisation (or the office `overrides` name), closing in 30 days. */
export function createPartnerRequestRow(overrides: Partial<Prisma.PartnerRequestUncheckedCreateInput> = {}) {
  return db().partnerRequest.create({
    data: {
      slug: `zapytanie-${randomUUID().slice(0, 8)}`,
      title: "Szukamy partnera do festynu",
      initiative: "Festyn rodzinny w parku miejskim, z warsztatami i koncertem.",
      roles: ["ACTION_PARTNER"],
      partnerGives: "Prowadzenie warsztatów dla dzieci.",
      partnerGets: "Promocję i zwrot kosztów materiałów.",
      repliesCloseOn: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      ...overrides,
    },
  });
}
