import { db } from "@/lib/db/client";
import { demoInstanceDefaults } from "@/lib/demo/seed";
import { ensureInstanceSettings, type InstanceDefaults } from "@/lib/settings/seed";

/** Instance settings (and the accessibility statement) as a fresh instance has them. */
export async function createInstanceSettings(overrides: Partial<InstanceDefaults> = {}) {
  await ensureInstanceSettings({ ...demoInstanceDefaults, isDemo: false, ...overrides });
  return db().instanceSettings.findUniqueOrThrow({ where: { id: 1 } });
}
