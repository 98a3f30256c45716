import "server-only";
import { cache } from "react";
import { keptOrLoaded, TtlCache } from "@/lib/cache/ttl-cache";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// Every page shows the instance's name, region and operator: kept in the
// process rather than read twice per request. They change only when the
// launcher seeds them, and any change to public data empties this cache.
const SETTINGS_TTL_MS = 60_000;
const settingsCache = new TtlCache<ReturnType<typeof readInstanceSettings>>({ ttlMs: SETTINGS_TTL_MS, maxEntries: 1 });

export const getInstanceSettings = cache(() => keptOrLoaded(settingsCache, "settings", readInstanceSettings));

async function readInstanceSettings() {
  const settings = await db().instanceSettings.findUnique({
    where: { id: 1 },
    select: {
      regionCode: true,
      platformName: true,
      operatorName: true,
      operatorAddress: true,
      operatorEmail: true,
      operatorPhone: true,
      operatorWebsite: true,
      bipUrl: true,
      isDemo: true,
      region: { select: { name: true, registerDate: true } },
    },
  });
  // The launcher creates the row before serving; its absence means the
  // database was not prepared.
  if (!settings) throw new AppError("UNAVAILABLE", "instance settings missing: run `npm run db:migrate`");
  return settings;
}

export type InstanceSettingsView = Awaited<ReturnType<typeof getInstanceSettings>>;

export const getAccessibilityStatement = cache(async () => {
  const statement = await db().accessibilityStatement.findUnique({ where: { id: 1 } });
  if (!statement) throw new AppError("UNAVAILABLE", "accessibility statement missing: run `npm run db:migrate`");
  return statement;
});
