import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { demoInstanceDefaults } from "@/lib/demo/seed";
import { ensureInstanceSettings, type InstanceDefaults } from "@/lib/settings/seed";

/** Instance settings (and the accessibility statement) as a fresh instance has them. */
export async function createInstanceSettings(overrides: Partial<InstanceDefaults> = {}) {
  await ensureInstanceSettings({ ...demoInstanceDefaults, isDemo: false, ...overrides });
  return db().instanceSettings.findUniqueOrThrow({ where: { id: 1 } });
}

/**
 * The partnership settings row (rules of requests, weights of the score), as
 * the migration inserts it; the tests' database reset empties it, so each
 * file writes it again. `overrides` are written whether the row is new or
 * not, so a test may change a rule and put it back. The rule's start day is
 * a fixed one rather than the day the tests run.
 */
export async function createPartnershipSettings(overrides: Partial<Prisma.PartnershipSettingsCreateInput> = {}) {
  return db().partnershipSettings.upsert({
    where: { id: 1 },
    create: { id: 1, maxReplyDaysSince: new Date("2026-12-01T00:00:00Z"), ...overrides },
    update: overrides,
  });
}
