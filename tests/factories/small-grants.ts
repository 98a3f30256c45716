// Small-grant (art. 19a) cases for tests: a submitted simplified offer to an
// office and the office's case for it, received now unless the test says
// otherwise, published (with its remark window) when asked. Stored directly:
// no limits checked, no notifications.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SmallGrantStage } from "@/lib/generated/prisma/enums";
import { createOffer } from "@/tests/factories/offers";

const DAY = 24 * 3600 * 1000;

export interface SmallGrantOptions {
  institutionId: string;
  organisationId: string;
  title?: string;
  requestedGrant?: number;
  receivedAt?: Date;
  /** Days ago the office published it for remarks; unpublished (RECEIVED) when undefined. */
  publishedDaysAgo?: number;
  stage?: SmallGrantStage;
  /** The offer's sections as submitted (its version is frozen once made); the title's description otherwise. */
  sections?: Record<string, Prisma.InputJsonValue>;
}

export async function createSmallGrantCase(options: SmallGrantOptions) {
  const receivedAt = options.receivedAt ?? new Date();
  const offer = await createOffer({
    template: "SIMPLIFIED_2018",
    institutionId: options.institutionId,
    leadOrganisationId: options.organisationId,
    title: options.title ?? "Mały grant testowy",
    requestedGrant: options.requestedGrant ?? 850_000,
    totalCost: options.requestedGrant ?? 850_000,
    submitted: true,
    submittedAt: receivedAt,
    sections: options.sections,
  });
  const publishedAt =
    options.publishedDaysAgo === undefined ? null : new Date(Date.now() - options.publishedDaysAgo * DAY);
  return db().smallGrantCase.create({
    data: {
      offerId: offer.id,
      receivedAt,
      // Seven working days are at least nine calendar days; tests that need the exact clock compute it.
      publishDueBy: new Date(receivedAt.getTime() + 9 * DAY),
      publishedAt,
      remarksUntil: publishedAt ? new Date(publishedAt.getTime() + 7 * DAY) : null,
      stage: options.stage ?? (publishedAt ? "PUBLISHED" : "RECEIVED"),
      publicSlug: publishedAt ? `maly-grant-${randomUUID().slice(0, 8)}` : null,
    },
    include: { offer: true },
  });
}
